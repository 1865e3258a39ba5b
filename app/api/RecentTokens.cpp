// SPDX-License-Identifier: MIT
#include "api/RecentTokens.h"

#include <QCoreApplication>
#include <QPointer>

namespace runai {

RecentTokens::RecentTokens(QObject *parent)
    : QObject(parent)
{ }

RecentTokens::~RecentTokens()
{
    clear();
}

RecentTokens *RecentTokens::shared()
{
    static QPointer<RecentTokens> instance;
    if (!instance)
        instance = new RecentTokens(QCoreApplication::instance());
    return instance;
}

void RecentTokens::remember(const QString &label, const SecretBytes &token)
{
    if (token.isEmpty())
        return;
    // Erasing destroys the SecretBytes, which zeroes the replaced or pushed-out token.
    std::erase_if(m_entries, [&label](const Held &e) { return e.label == label; });
    m_entries.insert(m_entries.begin(),
                     Held{label, token.duplicate(), QDateTime::currentDateTimeUtc()});
    if (m_entries.size() > std::size_t(MaxEntries))
        m_entries.resize(MaxEntries);
    Q_EMIT changed();
}

void RecentTokens::remember(const QString &label, const QString &token)
{
    remember(label, SecretBytes::fromString(token));
}

QList<RecentTokens::Entry> RecentTokens::entries() const
{
    QList<Entry> list;
    list.reserve(qsizetype(m_entries.size()));
    for (const Held &e : m_entries)
        list.append(Entry{e.label, e.token.revealAsQString(), e.receivedAt});
    return list;
}

QStringList RecentTokens::labels() const
{
    QStringList list;
    list.reserve(qsizetype(m_entries.size()));
    for (const Held &e : m_entries)
        list.append(e.label);
    return list;
}

QString RecentTokens::revealToken(const QString &label) const
{
    for (const Held &e : m_entries) {
        if (e.label == label)
            return e.token.revealAsQString();
    }
    return {};
}

void RecentTokens::clear()
{
    m_consoleUrl.clear();
    if (m_entries.empty())
        return;
    // Each SecretBytes zeroes its token before the memory is freed.
    m_entries.clear();
    Q_EMIT changed();
}

} // namespace runai
