#include "RecentTokens.h"

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

void RecentTokens::remember(const QString &label, const QString &token)
{
    if (token.isEmpty())
        return;
    m_entries.removeIf([&label](const Entry &e) { return e.label == label; });
    m_entries.prepend(Entry{label, token, QDateTime::currentDateTimeUtc()});
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    Q_EMIT changed();
}

QList<RecentTokens::Entry> RecentTokens::entries() const
{
    return m_entries;
}

void RecentTokens::clear()
{
    m_consoleUrl.clear();
    if (m_entries.isEmpty())
        return;
    // Overwrite before release, like MemorySecretStore: freed heap should not keep tokens.
    for (Entry &e : m_entries)
        e.token.fill(u'\0');
    m_entries.clear();
    Q_EMIT changed();
}

} // namespace runai
