// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

namespace runai {

// One HTTP exchange with a console, as Tools → Network log shows it: what was asked, what came
// back, how long it took. Never a body and never a header: nothing here can hold a password,
// secret or token. The path's query values whose name could mean a credential are replaced, and
// every text field has been through Redactor before it is stored.
struct NetworkLogEntry
{
    quint64 sequence = 0; // 1, 2, 3… in this run, so a reader sees which older calls were dropped
    QDateTime started; // UTC
    QByteArray method;
    QString host; // the console's host[:port]
    QString path; // the API path with its (redacted) query
    int httpStatus = 0; // 0: no HTTP answer (refused, timeout, TLS, cancelled)
    QString outcome; // ApiError::kindName(): "None" for success, "Conflict", "Network", …
    QString message; // the server's own message, else the transport's error text; redacted
    qint64 durationMs = 0;
    QString operation; // what the program was doing, e.g. "sign in"
    QString requestId; // the server's request id header, when it sends one
    int attempt = 1; // > 1: a GET retried after 429/502/503/504
    bool replay = false; // sent again after a 401 and a token renewal
    bool tokenRequest = false; // the token endpoint

    bool isError() const { return !outcome.isEmpty() && outcome != QLatin1StringView("None"); }

    // The path and query as logged: values of query items named like a credential (password,
    // secret, token, key, code, verifier, credential, auth, signature) become the redaction
    // marker; the rest goes through Redactor (JWT-shaped values anywhere).
    static QString loggedTarget(const QString &path, const QUrlQuery &query);
    // The longest path and message kept per entry; longer ones end in "…" (bounded memory).
    static constexpr int MaxPathChars = 1000;
    static constexpr int MaxMessageChars = 500;
    static QString loggedMessage(const QString &text);

    // One JSON object per entry for the "Save for a bug report" file (JSON lines).
    QJsonObject toJson() const;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::NetworkLogEntry)
