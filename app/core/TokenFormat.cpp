// SPDX-License-Identifier: MIT
#include "core/TokenFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("runai::TokenFormat", text, nullptr, n);
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 days %2 h").arg(hours / 24).arg(hours % 24);
}
} // namespace

QString TokenFormat::bearerHeader(const QString &token)
{
    return u"Authorization: Bearer "_s + token.trimmed();
}

QString TokenFormat::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString TokenFormat::apiUrl(const QUrl &consoleUrl, const QString &apiPath)
{
    // Keep a path prefix (consoles behind a reverse proxy at /runai) and avoid "//".
    QString base
            = consoleUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    QString path = apiPath.trimmed();
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    return base + path;
}

QString TokenFormat::curlCommand(const QUrl &consoleUrl, const QString &token,
                                 const QString &apiPath)
{
    return u" printf '%s\\n' "_s + shellQuote(bearerHeader(token)) + u" | curl -sS -H @- "_s
           + shellQuote(apiUrl(consoleUrl, apiPath));
}

QString TokenFormat::environmentVariables(const QUrl &consoleUrl, const QString &token)
{
    QString lines;
    if (!consoleUrl.isEmpty())
        lines += u"export RUNAI_CONSOLE_URL="_s + shellQuote(apiUrl(consoleUrl, {})) + u'\n';
    lines += u" export RUNAI_TOKEN="_s + shellQuote(token.trimmed()) + u'\n';
    return lines;
}

QString TokenFormat::countdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return secondsLeft == 0 ? tr("expired just now")
                                : tr("expired %1 ago").arg(duration(-secondsLeft));
    return tr("expires in %1").arg(duration(secondsLeft));
}

} // namespace runai
