// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace runai::sandbox {

// What the endpoints (and the state file) share when they write records.

// An optional text field as the API writes it: null when the record has none (a login that never
// happened, a name nobody gave), else the text.
inline QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The length of a client secret the console issues: applications, service accounts, access keys.
inline constexpr int clientSecretLength = 32;

} // namespace runai::sandbox
