// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace runai::modelformat {

// How the tables show server timestamps: local time, short locale format; a null date from the
// server reads as `nullText` ("Never" for a last login) instead of an empty cell.
QString dateTime(const QDateTime &value, const QString &nullText);

} // namespace runai::modelformat
