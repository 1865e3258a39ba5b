// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace runai::modelformat {

// How the tables show server timestamps: local time, short locale format; a null date from the
// server reads as `nullText` ("Never" for a last login) instead of an empty cell.
QString dateTime(const QDateTime &value, const QString &nullText);

// How exports write values (TableCsvExport::ValueRole): a timestamp as ISO 8601 in UTC
// ("2026-11-27T22:48:46Z"), empty when the server sent none ("never"); a flag as true/false, an
// unknown one empty. The same in every language, so a script or the users import can read them.
QString isoUtc(const QDateTime &value);
QString boolean(bool value);
QString boolean(const std::optional<bool> &value);

} // namespace runai::modelformat
