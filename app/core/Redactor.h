// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace runai {

// Removes secrets from text before it may be logged: values of JSON keys and form fields whose
// name mentions a password, secret or token; Authorization / Bearer / Basic credentials; and
// anything shaped like a JWT. Everything the api layer logs (URLs, headers, bodies, server error
// texts) goes through here first, on success and failure paths alike.
class Redactor
{
public:
    static QString redact(const QString &text);
    static QString redact(const QByteArray &utf8) { return redact(QString::fromUtf8(utf8)); }
    // The marker that replaces a secret.
    static QString marker();
};

} // namespace runai
