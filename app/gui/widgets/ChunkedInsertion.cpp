// SPDX-License-Identifier: MIT
#include "gui/widgets/ChunkedInsertion.h"

namespace runai {

ChunkedInsertion::ChunkedInsertion(qsizetype chunkRows, QObject *parent)
    : QObject(parent)
    , m_chunkRows(chunkRows)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedInsertion::insertNext);
}

void ChunkedInsertion::start(qsizetype total, Insert insert)
{
    m_total = total;
    m_next = 0;
    m_insert = std::move(insert);
    m_timer.start();
}

void ChunkedInsertion::stop()
{
    m_timer.stop();
    m_insert = {};
}

void ChunkedInsertion::insertNext()
{
    const qsizetype count = qMin(m_chunkRows, m_total - m_next);
    m_insert(m_next, count);
    m_next += count;
    Q_EMIT progress(m_next, m_total);
    if (m_next < m_total) {
        m_timer.start();
        return;
    }
    m_insert = {};
    Q_EMIT finished();
}

} // namespace runai
