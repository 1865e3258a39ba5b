// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace runai {

// Puts a long list into a table a chunk per event-loop turn, so that 5,000 rows (each placed by
// a sorting proxy) never freeze the window: the page's `insert` gets [from, from + count) on one
// turn, the next chunk on the next, the first one on the turn after start() (which already
// parsed the whole answer).
class ChunkedInsertion : public QObject
{
    Q_OBJECT
public:
    using Insert = std::function<void(qsizetype from, qsizetype count)>;

    ChunkedInsertion(qsizetype chunkRows, QObject *parent);

    void start(qsizetype total, Insert insert);
    // The rows inserted so far stay; finished() is not emitted.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void progress(qsizetype inserted, qsizetype total);
    void finished();

private:
    void insertNext();

    qsizetype m_chunkRows;
    qsizetype m_total = 0;
    qsizetype m_next = 0;
    Insert m_insert;
    QTimer m_timer;
};

} // namespace runai
