// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace runai {

// Pure checks of what the user types, with the reason in words (translated) so forms can show
// it next to the field before anything is sent.
class InputValidation
{
    Q_DECLARE_TR_FUNCTIONS(runai::InputValidation)
public:
    struct Result
    {
        bool ok = true;
        QString reason; // translated, empty when ok
    };

    // Run:ai's application / service account name rule ^[a-z][-_a-z0-9]*[a-z0-9]$: starts with a
    // lower-case letter, then lower-case letters, digits, '-' or '_', ends with a letter or digit,
    // at least two characters.
    static Result applicationName(const QString &name);

    // The spec's e-mail pattern ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$.
    static Result email(const QString &email);

    // Turns what a user types as the console address into a base URL: "console.example.com",
    // "https://console.example.com/", "https://host:8443/runai/" are accepted (https is assumed
    // without a scheme, a trailing slash is dropped, the host lower-cased). http:// is accepted
    // (a local sandbox, or plain-HTTP behind a VPN); anything else, credentials in the URL, a query
    // or a fragment is rejected with a specific reason.
    static ParseResult<QUrl> consoleUrl(const QString &input);
};

} // namespace runai
