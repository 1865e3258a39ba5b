// SPDX-License-Identifier: MIT
#include "core/NetworkLogEntry.h"

#include "core/Redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai {

QString NetworkLogEntry::loggedTarget(const QString &path, const QUrlQuery &query)
{
    // Broader than Redactor's names on purpose: a query value is short and rarely needed to
    // understand a failure, while an OAuth code or an access key id pasted into a URL must
    // never reach a bug report.
    static const QRegularExpression sensitiveName(
            u"password|secret|token|key|code|verifier|credential|auth|signature"_s,
            QRegularExpression::CaseInsensitiveOption);
    QString out = path;
    if (!query.isEmpty()) {
        QStringList items;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            const bool secret = sensitiveName.match(name).hasMatch();
            items << name + u'=' + (secret ? Redactor::marker() : value);
        }
        out += u'?' + items.join(u'&');
    }
    out = Redactor::redact(out);
    if (out.size() > MaxPathChars)
        out = out.left(MaxPathChars - 1) + u'…';
    return out;
}

QString NetworkLogEntry::loggedMessage(const QString &text)
{
    QString out = Redactor::redact(text.simplified());
    if (out.size() > MaxMessageChars)
        out = out.left(MaxMessageChars - 1) + u'…';
    return out;
}

QJsonObject NetworkLogEntry::toJson() const
{
    QJsonObject o{
            {u"seq"_s, qint64(sequence)},
            {u"time"_s, started.toUTC().toString(Qt::ISODateWithMs)},
            {u"method"_s, QString::fromLatin1(method)},
            {u"host"_s, host},
            {u"path"_s, path},
            {u"status"_s, httpStatus},
            {u"outcome"_s, outcome},
            {u"durationMs"_s, durationMs},
            {u"operation"_s, operation},
    };
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    if (!requestId.isEmpty())
        o.insert(u"requestId"_s, requestId);
    if (attempt > 1)
        o.insert(u"attempt"_s, attempt);
    if (replay)
        o.insert(u"replayAfterRenewal"_s, true);
    if (tokenRequest)
        o.insert(u"tokenRequest"_s, true);
    return o;
}

} // namespace runai
