// SPDX-License-Identifier: MIT
// Fuzzes Redactor::redact, the last line of defence before anything is logged. Arbitrary text must
// not crash it; and a known secret placed where the client really puts secrets (a JSON body, a
// form-encoded token request, an Authorization header, a JWT, a URL query) in otherwise arbitrary
// surroundings must not survive it.
#include "FuzzSupport.h"
#include "Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::Redactor;

namespace {

// The part of every planted secret that is searched for afterwards; it cannot occur by chance.
const QString kCore = u"Zq7xK9fuzzS3CR3T"_s;

constexpr std::array kJsonKeys{"password",      "clientSecret", "secret",        "tempPassword",
                               "accessToken",   "refreshToken", "idToken",       "access_token",
                               "refresh_token", "id_token",     "client_secret", "externalToken"};
constexpr std::array kFormKeys{"client_secret", "password",     "refresh_token",
                               "access_token",  "clientSecret", "token"};
constexpr std::array kSeparators{' ', '\n', '\t', '"', '\'', ',', ';', ':', '(', ')',
                                 '[', ']',  '{',  '}', '<',  '>', '|', '!', '*'};

QString secretFrom(FuzzedDataProvider &in, const char *alphabet)
{
    const std::string extra = in.ConsumeRandomLengthString(24);
    const QByteArray allowed(alphabet);
    QString s = kCore;
    for (char c : extra)
        s += QLatin1Char(allowed.at(static_cast<unsigned char>(c) % allowed.size()));
    return s;
}

QString fuzzText(FuzzedDataProvider &in, size_t max)
{
    return QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(max)));
}

void expectRedacted(const QString &text, const QString &secret, const char *context)
{
    const QString out = Redactor::redact(text);
    FUZZ_CHECK(!out.contains(kCore), QString::fromLatin1(context) + u"\n  in:  "_s + text
                                             + u"\n  out: "_s + out + u"\n  secret: "_s + secret);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the context, the rest feeds it.
    const int context = data[0] % 6;
    FuzzedDataProvider in(data + 1, size - 1);

    switch (context) {
    case 0: { // arbitrary text: must not crash, must not grow without bound
        const QString text = QString::fromUtf8(
                QByteArray::fromStdString(in.ConsumeRemainingBytesAsString()));
        const QString out = Redactor::redact(text);
        FUZZ_CHECK(out.size() <= text.size() * (Redactor::marker().size() + 2) + 1, text);
        break;
    }
    case 1: { // a JSON body (request or response) with a secret field, at top level or nested
        const QString secret = secretFrom(
                in, "abcXYZ0189!#$%&'()*+,-./:;<=>?@[]^_`{|}~ \"\\\t\n\u00e9");
        const auto key = QLatin1StringView(
                kJsonKeys[in.ConsumeIntegralInRange<size_t>(0, kJsonKeys.size() - 1)]);
        const bool nested = in.ConsumeBool();
        const bool compact = in.ConsumeBool();
        const auto doc = QJsonDocument::fromJson(
                QByteArray::fromStdString(in.ConsumeRemainingBytesAsString()));
        QJsonObject o = doc.object();
        if (nested) {
            QJsonObject inner = o.value("data"_L1).toObject();
            inner.insert(key, secret);
            o.insert("data"_L1, inner);
        } else {
            o.insert(key, secret);
        }
        const QByteArray json = QJsonDocument(o).toJson(compact ? QJsonDocument::Compact
                                                                : QJsonDocument::Indented);
        expectRedacted(QString::fromUtf8(json), secret, "JSON body");
        break;
    }
    case 2: { // an x-www-form-urlencoded token request, as sent to /api/v2/token
        const QString secret = secretFrom(in, "abcXYZ0189-_.~!*'()&=+ /?#%");
        const auto key = QString::fromLatin1(
                kFormKeys[in.ConsumeIntegralInRange<size_t>(0, kFormKeys.size() - 1)]);
        QUrlQuery form;
        const int before = in.ConsumeIntegralInRange<int>(0, 3);
        for (int i = 0; i < before; ++i)
            form.addQueryItem(fuzzText(in, 16), fuzzText(in, 32));
        form.addQueryItem(key, secret);
        while (in.remaining_bytes() > 0)
            form.addQueryItem(fuzzText(in, 16), fuzzText(in, 32));
        const QString body = form.toString(QUrl::FullyEncoded);
        expectRedacted(body, secret, "form body");
        QUrl url(u"https://console.example.com/api/v1/x"_s);
        url.setQuery(form);
        expectRedacted(url.toString(QUrl::FullyEncoded), secret, "URL query");
        break;
    }
    case 3: { // an Authorization header in a header dump
        const QString secret = secretFrom(in, "abcXYZ0189-._~+/=");
        const bool bearer = in.ConsumeBool();
        const QString prefix = fuzzText(in, 64);
        const QString suffix = fuzzText(in, 64);
        const QString value = bearer ? u"Bearer "_s + secret
                                     : u"Basic "_s
                                               + QString::fromLatin1(
                                                       (u"client:"_s + secret).toUtf8().toBase64());
        const QString text = prefix + u"\r\nAuthorization: "_s + value + u"\r\n"_s + suffix;
        if (bearer)
            expectRedacted(text, secret, "Authorization header");
        else
            FUZZ_CHECK(!Redactor::redact(text).contains(value.mid(6)), text);
        break;
    }
    case 4: { // a JWT anywhere in free text, delimited as in logs, JSON or headers
        const QString secret = secretFrom(in, "abcXYZ0189-_");
        const char sep = kSeparators[in.ConsumeIntegralInRange<size_t>(0, kSeparators.size() - 1)];
        const QString prefix = fuzzText(in, 64);
        const QString suffix = fuzzText(in, 64);
        const QByteArray payloadJson
                = QJsonDocument(QJsonDocument::fromJson(QByteArray::fromStdString(
                                                                in.ConsumeRemainingBytesAsString()))
                                        .object())
                          .toJson(QJsonDocument::Compact);
        const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QString jwt = QString::fromLatin1(
                QByteArray(R"({"alg":"RS256","typ":"JWT"})").toBase64(enc) + '.'
                + payloadJson.toBase64(enc) + '.' + secret.toLatin1());
        const QString text = prefix + QLatin1Char(sep) + jwt + QLatin1Char(sep) + suffix;
        expectRedacted(text, secret, "JWT in text");
        break;
    }
    case 5: { // a server error message quoting a secret field in JSON-ish text
        const QString secret = secretFrom(in, "abcXYZ0189-_.");
        const auto key = QLatin1StringView(
                kJsonKeys[in.ConsumeIntegralInRange<size_t>(0, kJsonKeys.size() - 1)]);
        // Free text around it, but without quotes: a stray quote before the field would make
        // it a different (malformed) string literal, which no server or client produces.
        const QString prefix = fuzzText(in, 64).remove(u'"');
        const QString text = prefix + u" {\""_s + key + u"\": \""_s + secret + u"\"}"_s;
        expectRedacted(text, secret, "quoted JSON field");
        break;
    }
    }
    return 0;
}
