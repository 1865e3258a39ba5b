// SPDX-License-Identifier: MIT
// Fuzzes the form-encoded body of POST /api/v2/token (2.24+; OAuth2 password, client_credentials
// and refresh_token grants) two ways:
// - raw: the input is the body as is (answers checked by SandboxFixture::checkResponse, and an
//   error is always OAuth2's {error, error_description});
// - round trip: the input is the administrator's password; the form is encoded the way HTML
//   forms and curl --data-urlencode do (space as '+', everything but unreserved characters
//   percent-encoded), and the sandbox must hand out a token: whatever the password holds ('+',
//   '&', '=', '%', non-ASCII), it reads back exactly what was sent.
#include "SandboxFuzzFixture.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value, " ").replace(' ', '+');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int level = data[0] & 1 ? 300 : 224;
    if (data[0] & 2) {
        runai::fuzz::SandboxFixture sandbox(level);
        const auto answer = sandbox.handle("POST", u"/api/v2/token"_s, rest,
                                           "application/x-www-form-urlencoded", {});
        if (answer.status != 200) {
            const QJsonObject error = QJsonDocument::fromJson(answer.body).object();
            FUZZ_CHECK(!error.value(u"error"_s).toString().isEmpty(),
                       QString::fromUtf8(answer.body));
        }
        return 0;
    }
    const QString password = QString::fromUtf8(rest);
    if (password.isEmpty())
        return 0;
    runai::fuzz::SandboxFixture sandbox(level, password);
    const QByteArray form = "grant_type=password&username=" + formEncode(u"test@run.ai"_s)
                            + "&password=" + formEncode(password);
    const auto answer = sandbox.handle("POST", u"/api/v2/token"_s, form,
                                       "application/x-www-form-urlencoded", {});
    FUZZ_CHECK(answer.status == 200,
               u"password %1 sent as %2 was refused: %3"_s.arg(password, QString::fromLatin1(form),
                                                               QString::fromUtf8(answer.body)));
    return 0;
}
