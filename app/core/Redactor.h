// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace runai {

// The second net under logging: removes secrets from text that should already hold none. The
// first net is what is logged at all: structured fields chosen to be safe (status, method, path
// without query values, ids, durations, byte counts), never a request or response body and never
// a server's message (ApiError::logString, ApiJob's exchange lines).
//
// What it removes:
// - the value of any key whose name mentions a password, secret, token, credential or API key,
//   in JSON ("k": v), single-quoted ('k': v), bare (k: v, k=v) or form syntax; keys are decoded
//   first (JSON escapes such as "pass\u0077ord", percent-encoding, strings nested in strings), and
//   the value may be a string of either quote, a number, a bare word, an object or an array;
// - Authorization headers and Bearer / Basic credentials;
// - anything shaped like a JWT;
// - long opaque runs in free text (base64, base64url or hex with letters and digits, 16+ chars
//   between slashes; 24+ digits), which is what an unlabelled token or secret looks like. UUIDs,
//   URL paths and short ids are kept.
class Redactor
{
public:
    static QString redact(const QString &text);
    static QString redact(const QByteArray &utf8) { return redact(QString::fromUtf8(utf8)); }
    // The marker that replaces a secret.
    static QString marker();

    // Whether a (decoded) key name names a secret; exposed for tests and the fuzzer.
    static bool isSecretName(const QString &name);
    // A key as written (JSON / percent escapes, possibly nested) decoded to its plain name.
    static QString decodeKey(const QString &written);
};

} // namespace runai
