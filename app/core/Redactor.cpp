// SPDX-License-Identifier: MIT
#include "core/Redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

// A key longer than this is not a key (bounds the work spent on each quote of hostile text).
constexpr qsizetype MaxKeyChars = 256;
// How many levels of nesting (JSON in a JSON string, percent-encoding) a key is decoded through.
constexpr int MaxDecodeRounds = 4;
// An unlabelled run of base64 / hex characters this long, with letters and digits, is taken for a
// token or secret; so is a run of digits this long. Shorter ids, words and numbers are kept.
constexpr qsizetype MinOpaqueChars = 16;
constexpr qsizetype MinOpaqueDigits = 24;

// Characters of an unquoted key. '%' and '\\' too: a form key may be percent-encoded, and a
// JavaScript key (or one in a string nested in JSON) may be written with \u escapes.
bool isBareKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'%' || c == u'\\';
}

// Backslashes immediately before `pos`, not counting any before `floor`.
qsizetype backslashesBefore(const QString &text, qsizetype pos, qsizetype floor)
{
    qsizetype n = 0;
    while (pos - n - 1 >= floor && text.at(pos - n - 1) == u'\\')
        ++n;
    return n;
}

// The closing quote of a string opened by `quote` after `level` backslashes (level 0: plain
// JSON; level 1: a JSON string inside a JSON string, written \"...\"). Returns the index of the
// quote character, or -1. At level 0 a quote after an even run of backslashes closes; deeper, a
// quote after exactly `level` backslashes does (an escaped quote of the inner string has more).
qsizetype findClosingQuote(const QString &text, qsizetype from, QChar quote, qsizetype level,
                           qsizetype limit)
{
    const qsizetype end = limit < 0 ? text.size() : std::min(text.size(), from + limit);
    for (qsizetype k = from; k < end; ++k) {
        if (text.at(k) != quote)
            continue;
        const qsizetype run = backslashesBefore(text, k, from);
        if (level == 0 ? run % 2 == 0 : run == level)
            return k;
    }
    return -1;
}

// One level of JSON / JavaScript string escapes: \uXXXX, \xHH, \n, \/, \\, \", \' ...
QString unescapeOnce(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c != u'\\' || i + 1 >= s.size()) {
            out += c;
            continue;
        }
        const QChar e = s.at(++i);
        const auto hex = [&](qsizetype digits) -> bool {
            if (i + digits >= s.size())
                return false;
            bool ok = false;
            const uint code = s.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok)
                return false;
            out += QChar(char16_t(code));
            i += digits;
            return true;
        };
        if (e == u'u' && hex(4))
            continue;
        if (e == u'x' && hex(2))
            continue;
        switch (e.unicode()) {
        case u'n':
            out += u'\n';
            break;
        case u't':
            out += u'\t';
            break;
        case u'r':
            out += u'\r';
            break;
        case u'b':
        case u'f':
            break;
        default:
            out += e; // \" \' \\ \/ and anything unknown: the character itself
        }
    }
    return out;
}

// The characters of the value that starts at `v` to hide, as [begin, end). Quoted values keep
// their quotes (so JSON stays JSON); objects and arrays are hidden whole.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

Span valueAt(const QString &text, qsizetype v)
{
    const qsizetype n = text.size();
    qsizetype b = 0;
    while (v + b < n && text.at(v + b) == u'\\')
        ++b;
    if (v + b < n && (text.at(v + b) == u'"' || text.at(v + b) == u'\'')) {
        const QChar quote = text.at(v + b);
        const qsizetype close = findClosingQuote(text, v + b + 1, quote, b, -1);
        if (close < 0) // unterminated: everything after the key may be the secret
            return {v + b + 1, n};
        return {v + b + 1, close - b};
    }
    if (v < n && (text.at(v) == u'{' || text.at(v) == u'[')) {
        int depth = 0;
        for (qsizetype k = v; k < n; ++k) {
            const QChar c = text.at(k);
            if (c == u'{' || c == u'[')
                ++depth;
            else if ((c == u'}' || c == u']') && --depth == 0)
                return {v, k + 1};
        }
        return {v, n};
    }
    static const QString stops = u",;&}])\"'<>"_s;
    qsizetype k = v;
    while (k < n && !text.at(k).isSpace() && !stops.contains(text.at(k))
           && !(text.at(k) == u'\\' && k + 1 < n && text.at(k + 1) == u'"'))
        ++k;
    return {v, k};
}

// After a key: optional blanks, then ':' or '=' (also '=>'), then optional blanks. Returns where
// the value starts, or -1 when no separator follows (the text was not a key).
qsizetype valueStartAfterKey(const QString &text, qsizetype k)
{
    const qsizetype n = text.size();
    while (k < n && (text.at(k) == u' ' || text.at(k) == u'\t'))
        ++k;
    if (k >= n || (text.at(k) != u':' && text.at(k) != u'='))
        return -1;
    ++k;
    if (k < n && text.at(k) == u'>')
        ++k;
    while (k < n && text.at(k).isSpace())
        ++k;
    return k;
}

// Every `key: value` / `key=value` whose decoded key names a secret gets its value hidden. The
// values found are marked, not skipped: a value may itself hold further keys (a malformed field,
// an object), which the scan still reads. Each marked run becomes one marker.
QString redactKeyedValues(const QString &text)
{
    const qsizetype n = text.size();
    QList<bool> hidden;
    const auto hide = [&](qsizetype valueStart) {
        const Span span = valueAt(text, valueStart);
        if (span.end <= span.begin)
            return;
        if (hidden.isEmpty())
            hidden.resize(n, false);
        for (qsizetype k = span.begin; k < span.end; ++k)
            hidden[k] = true;
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            const qsizetype level = backslashesBefore(text, i, 0);
            const qsizetype close = findClosingQuote(text, i + 1, c, level, MaxKeyChars);
            if (close > i) {
                const QString key = text.mid(i + 1, close - level - i - 1);
                const qsizetype v = valueStartAfterKey(text, close + 1);
                if (v >= 0 && Redactor::isSecretName(Redactor::decodeKey(key)))
                    hide(v);
            }
            ++i; // the quote may be an apostrophe in free text: read on from the next character
            continue;
        }
        if (isBareKeyChar(c) && (i == 0 || !isBareKeyChar(text.at(i - 1)))) {
            qsizetype k = i;
            while (k < n && k - i < MaxKeyChars && isBareKeyChar(text.at(k)))
                ++k;
            const qsizetype v = valueStartAfterKey(text, k);
            if (v >= 0 && Redactor::isSecretName(Redactor::decodeKey(text.mid(i, k - i))))
                hide(v);
            i = k;
            continue;
        }
        ++i;
    }
    if (hidden.isEmpty())
        return text;
    QString out;
    out.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        if (!hidden.at(k))
            out += text.at(k);
        else if (k == 0 || !hidden.at(k - 1))
            out += Redactor::marker();
    }
    return out;
}

bool looksOpaque(QStringView piece)
{
    if (piece.size() < MinOpaqueChars)
        return false;
    bool digit = false;
    bool letter = false;
    for (QChar c : piece) {
        digit = digit || c.isDigit();
        letter = letter || c.isLetter();
    }
    return (digit && letter) || (digit && piece.size() >= MinOpaqueDigits);
}

// Long runs of base64 / base64url / hex characters with letters and digits are what an
// unlabelled secret or token looks like. Judged piece by piece between '/' (so a URL path such as
// "/api/v1/apps/42/secret" stays readable) and around UUIDs (object ids are kept).
QString redactOpaqueRuns(const QString &text)
{
    static const QRegularExpression run(uR"rx([A-Za-z0-9+/_-]{16,}={0,2})rx"_s);
    static const QRegularExpression uuid(
            uR"rx([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})rx"_s);
    QString out;
    qsizetype copied = 0;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString candidate = m.captured(0);
        candidate.replace(uuid, u"/"_s);
        bool opaque = false;
        for (const auto piece : QStringView(candidate).split(u'/')) {
            QStringView p = piece;
            while (p.endsWith(u'='))
                p.chop(1);
            opaque = opaque || looksOpaque(p);
        }
        if (!opaque)
            continue;
        out += QStringView(text).mid(copied, m.capturedStart(0) - copied);
        out += Redactor::marker();
        copied = m.capturedEnd(0);
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

// Whether none of redact()'s patterns can match, judged in one pass without a regular
// expression: no ':' or '=' (every keyed value and Authorization header needs one), no "Bearer"
// or "Basic", no "eyJ" (a JWT's start) and no run of 16 base64 / hex characters (the shortest
// opaque run). Most texts logged per request ("/api/v1/users", an empty message, a request id)
// are like that, and redact() is then a copy.
bool cannotHoldASecret(const QString &text)
{
    static const QString bearer = u"bearer"_s;
    static const QString basic = u"basic"_s;
    qsizetype run = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u':' || u == u'=' || u >= 0x80) // non-ASCII: left to the patterns' case folding
            return false;
        const bool runChar = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                             || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'_'
                             || u == u'-';
        run = runChar ? run + 1 : 0;
        if (run >= MinOpaqueChars)
            return false;
    }
    return !text.contains(bearer, Qt::CaseInsensitive) && !text.contains(basic, Qt::CaseInsensitive)
           && !text.contains(u"eyJ"_s);
}

} // namespace

QString Redactor::marker()
{
    return u"<redacted>"_s;
}

bool Redactor::isSecretName(const QString &name)
{
    // Matched loosely on purpose: a new secret field named like the old ones (clientSecret,
    // appSecret, tempPassword, externalToken, ...) is covered without a code change.
    static const QRegularExpression secretName(
            uR"rx(password|passwd|passphrase|pwd|secret|token|credential|api[_-]?key|private[_-]?key)rx"_s,
            QRegularExpression::CaseInsensitiveOption);
    return secretName.match(name).hasMatch();
}

QString Redactor::decodeKey(const QString &written)
{
    QString key = written;
    for (int round = 0; round < MaxDecodeRounds; ++round) {
        QString next = key;
        if (next.contains(u'\\'))
            next = unescapeOnce(next);
        if (next.contains(u'%'))
            next = QUrl::fromPercentEncoding(next.toUtf8());
        if (next == key)
            break;
        key = next;
    }
    return key;
}

QString Redactor::redact(const QString &text)
{
    static const QRegularExpression authScheme(
            uR"rx(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,})rx"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authHeader(uR"rx((Authorization\s*[:=]\s*)[^\r\n,}]*)rx"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
            uR"rx(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)rx"_s);

    if (cannotHoldASecret(text))
        return text;
    QString out = redactKeyedValues(text);
    out.replace(authHeader, u"\\1"_s + marker());
    out.replace(authScheme, u"\\1 "_s + marker());
    out.replace(jwt, marker());
    return redactOpaqueRuns(out);
}

} // namespace runai
