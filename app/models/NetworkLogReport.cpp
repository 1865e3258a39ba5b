// SPDX-License-Identifier: MIT
#include "models/NetworkLogReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace runai {

NetworkLogReport::NetworkLogReport(QObject *parent)
    : QObject(parent)
{
    connect(&m_writer, &QFutureWatcher<QString>::finished, this,
            [this] { Q_EMIT finished(m_path, m_count, m_writer.result()); });
}

NetworkLogReport::~NetworkLogReport()
{
    // A write in the pool owns copies of its data; it finishes on its own, unreported.
    m_writer.disconnect(this);
}

QByteArray NetworkLogReport::text(const Header &header, const QList<NetworkLogEntry> &entries)
{
    QStringList hosts;
    for (const NetworkLogEntry &e : entries) {
        if (!e.host.isEmpty() && !hosts.contains(e.host))
            hosts << e.host;
    }
    const QDateTime savedAt = header.savedAt.isValid() ? header.savedAt
                                                       : QDateTime::currentDateTimeUtc();
    const QJsonObject head{
            {u"program"_s, u"Run:ai Access Console"_s},
            {u"version"_s, QStringLiteral(RUNAI_VERSION_STRING)},
            {u"qtVersion"_s, QString::fromLatin1(qVersion())},
            {u"consoleHost"_s, header.consoleHost},
            {u"hostsInLog"_s, QJsonArray::fromStringList(hosts)},
            {u"savedAt"_s, savedAt.toUTC().toString(Qt::ISODate)},
            {u"entries"_s, int(entries.size())},
            {u"droppedOlderEntries"_s, qint64(header.dropped)},
            {u"note"_s, u"Network log of one run: no request or response bodies, no headers; "
                        "query values named like credentials are replaced by <redacted>. Paths "
                        "and messages may name users and applications."_s},
    };
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n';
    for (const NetworkLogEntry &e : entries)
        out += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

bool NetworkLogReport::start(const QString &path, const Header &header,
                             const QList<NetworkLogEntry> &entries)
{
    if (m_writer.isRunning())
        return false;
    m_path = path;
    m_count = int(entries.size());
    auto promise = std::make_shared<QPromise<QString>>();
    m_writer.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, header, entries] {
        const QByteArray bytes = text(header, entries);
        QSaveFile file(path);
        QString error;
        // Owner-only before the first byte: the temporary file is renamed over the target.
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            error = file.errorString();
        else if (file.write(bytes) != bytes.size() || !file.commit())
            error = file.errorString();
        if (!error.isEmpty())
            file.cancelWriting();
        promise->addResult(error);
        promise->finish();
    });
    return true;
}

} // namespace runai
