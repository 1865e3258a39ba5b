// SPDX-License-Identifier: MIT
#include "secrets/SecretKey.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

constexpr QChar separator = u'|';

// Characters left readable in a storage key: they make `secret-tool search` output legible and
// cannot be confused with the separator or with a percent escape.
const QByteArray keepReadable = QByteArrayLiteral(":/@+");

QString encodePart(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keepReadable));
}

QString decodePart(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toLatin1());
}

} // namespace

bool SecretKey::isValid() const
{
    return !canonicalConsoleUrl(consoleUrl).isEmpty() && !kind.isEmpty() && !identity.isEmpty();
}

namespace {
QString canonicalOnce(const QString &consoleUrl);
}

QString SecretKey::canonicalConsoleUrl(const QString &consoleUrl)
{
    // One pass of QUrl's normalisation can leave a path that a second pass changes again
    // ("M://s:///s:/\\.." -> "m://s//s:" -> "m://s/s:", found by fuzz_secret_key), and a key
    // must read back to the storage key it was written under: repeat until nothing changes.
    QString current = canonicalOnce(consoleUrl);
    for (int pass = 0; pass < 8; ++pass) {
        const QString next = canonicalOnce(current);
        if (next == current)
            break;
        current = next;
    }
    return current;
}

namespace {
QString canonicalOnce(const QString &consoleUrl)
{
    const QString trimmed = consoleUrl.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return trimmed; // not a URL we can canonicalise; keep it verbatim rather than guess
    // A run of slashes names the same path as one, and NormalizePathSegments removes only one
    // of a run per pass ("//////(" took a pass per slash: found by fuzz_secret_key).
    static const QRegularExpression slashRuns(u"/{2,}"_s);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.contains(slashRuns)) {
        path.replace(slashRuns, u"/"_s);
        url.setPath(path, QUrl::StrictMode);
    }
    // QUrl lower-cases scheme and host; drop what never identifies a console.
    QUrl canonical = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments
                                  | QUrl::RemoveQuery | QUrl::RemoveFragment
                                  | QUrl::RemoveUserInfo);
    if (canonical.path() == "/"_L1) // StripTrailingSlash keeps a lone "/"
        canonical.setPath(QString());
    return canonical.toString();
}
} // namespace

QString SecretKey::storageKey() const
{
    return encodePart(canonicalConsoleUrl(consoleUrl)) + separator + encodePart(kind) + separator
           + encodePart(identity);
}

SecretKey SecretKey::fromStorageKey(const QString &storageKey)
{
    const QStringList parts = storageKey.split(separator);
    if (parts.size() != 3)
        return {};
    SecretKey key{decodePart(parts.at(0)), decodePart(parts.at(1)), decodePart(parts.at(2))};
    if (!key.isValid())
        return {};
    return key;
}

} // namespace runai
