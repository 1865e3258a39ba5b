// SPDX-License-Identifier: MIT
// Fuzzes Redactor::redact, the second net under logging (the first: logs carry structured safe
// fields only). Arbitrary text must not crash it; and a known secret placed where the client
// really puts secrets (a JSON body, a form-encoded token request, an Authorization header, a JWT,
// a URL query) in otherwise arbitrary surroundings must not survive it. Issue 12 adds seeded
// secrets in the syntaxes the old denylist missed, all chosen by the fuzz bytes: keys written with
// JSON escapes (\u0077), percent-encoding or nested in a JSON string; single-quoted and bare keys;
// ':', '=' or '=>' separators; string, numeric, array and object values; and opaque tokens
// (base64, base64url, hex) with no key at all in free text.
#include "FuzzSupport.h"
#include "core/Redactor.h"

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
constexpr std::array kKeyNames{"password",    "clientSecret",  "client_secret", "tempPassword",
                               "accessToken", "refresh_token", "id_token",      "secret",
                               "apiKey",      "token",         "newPassword",   "passwd"};
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

// A key name written the way a fuzz byte chooses: plain, every chosen character as \uXXXX (either
// hex case) or \xHH, or percent-encoded.
QString writeKey(FuzzedDataProvider &in, const QString &name)
{
    const int style = in.ConsumeIntegralInRange<int>(0, 3);
    QString out;
    for (QChar c : name) {
        const bool escape = in.ConsumeBool();
        if (!escape || style == 0)
            out += c;
        else if (style == 1)
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else if (style == 2)
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'))
                           .toUpper()
                           .replace(u"\\U"_s, u"\\u"_s);
        else
            out += u'%' + u"%1"_s.arg(int(c.unicode()), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

// A secret key holding a secret, in one of many syntaxes, between arbitrary text.
QString keyedSecret(FuzzedDataProvider &in, const QString &secret, bool numeric)
{
    const auto name = QString::fromLatin1(
            kKeyNames[in.ConsumeIntegralInRange<size_t>(0, kKeyNames.size() - 1)]);
    const QString key = writeKey(in, name);
    static constexpr std::array seps{":", ": ", " : ", "=", " = ", "=>", " => ", ":\t"};
    const QString sep = QString::fromLatin1(
            seps[in.ConsumeIntegralInRange<size_t>(0, seps.size() - 1)]);
    const int keyQuote = in.ConsumeIntegralInRange<int>(0, 2); // " ' or bare
    const int valueForm = in.ConsumeIntegralInRange<int>(0, numeric ? 2 : 5);
    const QString q = keyQuote == 0 ? u"\""_s : keyQuote == 1 ? u"'"_s : QString();
    QString value;
    switch (valueForm) {
    case 0:
        value = secret;
        break; // bare word or number
    case 1:
        value = u'"' + secret + u'"';
        break;
    case 2:
        value = u'\'' + secret + u'\'';
        break;
    case 3:
        value = u"[\"x\", \""_s + secret + u"\"]"_s;
        break;
    case 4:
        value = u"{\"value\": \""_s + secret + u"\"}"_s;
        break;
    default:
        value = u"[1, {\"v\": ["_s + secret + u"]}]"_s;
        break;
    }
    QString field = q + key + q + sep + value;
    if (in.ConsumeBool()) {
        // The whole field inside a JSON string (a body logged inside a JSON document).
        QString nested = u"{"_s + field + u"}"_s;
        nested.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        field = u"{\"body\": \""_s + nested + u"\"}"_s;
    }
    return field;
}

// Free text that cannot close a string the field opens or reopen one it closed: the secret
// must be findable by a reader of the text too (a stray quote or backslash right before a key
// makes it part of another string, which no program writes).
QString looseText(FuzzedDataProvider &in, size_t max)
{
    QString t = fuzzText(in, max);
    t.remove(u'"').remove(u'\'').remove(u'\\');
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the context, the rest feeds it.
    const int context = data[0] % 8;
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
    case 6: { // issue 12: a secret key in any syntax, key escaped or not, value of any shape
        const bool numeric = in.ConsumeBool();
        // A numeric secret is all digits: the core's digits, then fuzz-chosen ones.
        const QString secret = numeric ? u"7349051862"_s
                                                 + QString::number(in.ConsumeIntegral<uint32_t>())
                                       : secretFrom(in, "abcXYZ0189-_.~!@#$%^*+/=");
        const QString field = keyedSecret(in, secret, numeric);
        const QString before = looseText(in, 48);
        const char sep = kSeparators[in.ConsumeIntegralInRange<size_t>(0, kSeparators.size() - 1)];
        const QString text = before + QLatin1Char(sep == '"' || sep == '\'' ? ' ' : sep) + field
                             + u' ' + looseText(in, 48);
        const QString out = Redactor::redact(text);
        const QString core = numeric ? u"7349051862"_s : kCore;
        FUZZ_CHECK(!out.contains(core), u"keyed secret\n  in:  "_s + text + u"\n  out: "_s + out);
        break;
    }
    case 7: { // issue 12: an opaque token with no key in free text (base64, base64url, hex)
        static constexpr std::array alphabets{
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                "0123456789abcdef"};
        const char *alphabet
                = alphabets[in.ConsumeIntegralInRange<size_t>(0, alphabets.size() - 1)];
        const bool hex = alphabet == alphabets[2];
        // The core must itself look like the alphabet (hex tokens are hex throughout).
        const QString core = hex ? u"9f86d081884c7d65"_s : kCore;
        QString token;
        const std::string head = in.ConsumeRandomLengthString(16);
        const QByteArray allowed(alphabet);
        for (char c : head)
            token += QLatin1Char(allowed.at(static_cast<unsigned char>(c) % allowed.size()));
        token += core;
        const std::string tail = in.ConsumeRandomLengthString(32);
        for (char c : tail)
            token += QLatin1Char(allowed.at(static_cast<unsigned char>(c) % allowed.size()));
        if (!hex && in.ConsumeBool())
            token += in.ConsumeBool() ? u"="_s : u"=="_s;
        const char sep = kSeparators[in.ConsumeIntegralInRange<size_t>(0, kSeparators.size() - 1)];
        const QString text = looseText(in, 64) + QLatin1Char(sep) + token + QLatin1Char(sep)
                             + looseText(in, 64);
        const QString out = Redactor::redact(text);
        FUZZ_CHECK(!out.contains(core), u"opaque token\n  in:  "_s + text + u"\n  out: "_s + out);
        break;
    }
    }
    return 0;
}
