// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace runai {

// Turns an access token into the text a user pastes elsewhere: an Authorization header, a curl
// command, shell environment variables. Pure functions, so every shape is covered by a table
// test. Everything they return contains the token and is therefore a secret: callers put it on
// the clipboard through the ClipboardGuard only, never into a log.
class TokenFormat
{
public:
    // "Authorization: Bearer <token>"
    static QString bearerHeader(const QString &token);

    //  printf '%s\n' 'Authorization: Bearer <token>' | curl -sS -H @-
    //  'https://console/api/v1/users'
    // curl reads the header from its input (-H @-, curl 7.55+) and printf is a shell builtin, so
    // the token is an argument of no process (other users can read those in the process list).
    // The leading space keeps the line out of the history of shells that skip such lines (bash:
    // HISTCONTROL=ignorespace). `apiPath` is appended to the console URL (keeping a path prefix
    // such as /runai).
    static QString curlCommand(const QUrl &consoleUrl, const QString &token,
                               const QString &apiPath = QStringLiteral("/api/v1/users"));

    // POSIX shell lines:
    //   export RUNAI_CONSOLE_URL='https://console'
    //    export RUNAI_TOKEN='<token>'
    // (no console line when the URL is empty). export is a builtin: no process list shows the
    // token; the token's line starts with a space for the history, as in curlCommand(). What it
    // cannot avoid: every program started from that shell inherits the token.
    static QString environmentVariables(const QUrl &consoleUrl, const QString &token);

    // Quotes `text` for a POSIX shell: single quotes, an embedded ' becomes '\''.
    static QString shellQuote(const QString &text);

    // The console URL joined with an API path ("/api/v1/users"), with exactly one slash between.
    static QString apiUrl(const QUrl &consoleUrl, const QString &apiPath);

    // "59 min 10 s", "2 h 5 min", "expired 3 min ago", "expires in 12 s": a live countdown text
    // for a token that lapses `secondsLeft` from now.
    static QString countdown(qint64 secondsLeft);
};

} // namespace runai
