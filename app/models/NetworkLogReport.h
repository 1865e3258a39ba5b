// SPDX-License-Identifier: MIT
#pragma once

#include "core/NetworkLogEntry.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace runai {

// "Save for a bug report…": the network log as JSON lines. The first line describes the run
// (program and Qt versions, console host, when it was saved, how many older calls were dropped);
// each further line is one NetworkLogEntry. Formatted and written on a pool thread through
// QSaveFile (all or nothing), the file readable by its owner only. Never a secret: entries carry
// no body and no header, and the header names only versions, hosts and counts.
class NetworkLogReport : public QObject
{
    Q_OBJECT
public:
    struct Header
    {
        QString consoleHost; // the active profile's console, may be empty
        QDateTime savedAt; // UTC; now when null
        quint64 dropped = 0; // older calls the bounded log no longer holds
    };

    explicit NetworkLogReport(QObject *parent = nullptr);
    ~NetworkLogReport() override;

    // The whole file's bytes (UTF-8), for tests and for the writer.
    static QByteArray text(const Header &header, const QList<NetworkLogEntry> &entries);

    // Starts writing; false when a save is already running. Ends with finished().
    bool start(const QString &path, const Header &header, const QList<NetworkLogEntry> &entries);
    bool isRunning() const { return m_writer.isRunning(); }

Q_SIGNALS:
    // error is empty on success.
    void finished(const QString &path, int entries, const QString &error);

private:
    QFutureWatcher<QString> m_writer;
    QString m_path;
    int m_count = 0;
};

} // namespace runai
