// SPDX-License-Identifier: MIT
#include "models/AccessReviewModel.h"

#include "models/ModelFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
// A review reads dates by the day; the time is in the tool tip.
QString shortDate(const QDateTime &value, const QString &nullText)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime().date(), QLocale::ShortFormat)
                           : nullText;
}
} // namespace

AccessReviewModel::AccessReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

int AccessReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReviewFlags::Context AccessReviewModel::context() const
{
    ReviewFlags::Context c;
    c.now = m_now;
    c.staleDays = m_staleDays;
    c.identities = &m_identities;
    c.complete = m_complete;
    return c;
}

ReviewFlags::Flags AccessReviewModel::flags(int row) const
{
    return ReviewFlags::of(m_entries.at(row), context());
}

QVariant AccessReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ReviewEntry &e = m_entries.at(index.row());
    if (role == FlagsRole)
        return int(flags(index.row()));
    const auto yesNo = [](bool v) {
        return v ? tr("yes") : tr("no");
    };
    const auto ruleTexts = [&e] {
        QStringList out;
        for (const ReviewRule &rule : e.rules)
            out.append(rule.text());
        return out;
    };
    if (role == SortRole) {
        switch (index.column()) {
        case CreatedColumn:
            return e.createdAt;
        case LastLoginColumn:
            return e.lastLogin;
        case EnabledColumn:
            return e.enabled ? int(*e.enabled) : -1;
        case SecretHeldColumn:
            return int(e.secretHeld);
        case RulesColumn:
            return int(e.rules.size());
        case FlagsColumn:
            return int(flags(index.row()));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return ReviewFlags::typeName(e.type);
        case NameColumn:
            return e.name;
        case CreatedByColumn:
            return e.createdBy;
        case CreatedColumn:
            return shortDate(e.createdAt, {});
        case LastLoginColumn:
            return shortDate(e.lastLogin, tr("Never"));
        case EnabledColumn:
            return e.enabled ? yesNo(*e.enabled) : tr("n/a");
        case SecretHeldColumn:
            return yesNo(e.secretHeld);
        case RulesColumn:
            return ruleTexts().join(u"; "_s);
        case FlagsColumn:
            return ReviewFlags::names(flags(index.row()), m_staleDays).join(u", "_s);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RulesColumn:
            return e.rules.isEmpty() ? tr("No access rule") : ruleTexts().join(u'\n');
        case CreatedColumn:
            return modelformat::dateTime(e.createdAt, {});
        case LastLoginColumn:
            return modelformat::dateTime(e.lastLogin, tr("Never signed in"));
        case EnabledColumn:
            if (!e.enabled)
                return tr("Run:ai's API has no enabled state for users and access keys.");
            break;
        case NameColumn:
            if (!e.clientId.isEmpty() && e.clientId != e.name)
                return tr("Client ID: %1").arg(e.clientId);
            break;
        default:
            break;
        }
    }
    return {};
}

QVariant AccessReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SecretHeldColumn)
        return tr("Whether this program keeps the identity's secret or password in the keychain");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name / e-mail");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedColumn:
        return tr("Created");
    case LastLoginColumn:
        return tr("Last login");
    case EnabledColumn:
        return tr("Enabled");
    case SecretHeldColumn:
        return tr("Secret held");
    case RulesColumn:
        return tr("Access rules");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

void AccessReviewModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_identities.clear();
    m_complete = false;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

void AccessReviewModel::append(const ReviewEntryList &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries += entries;
    for (const ReviewEntry &e : entries) {
        if (e.type != ReviewEntry::Type::AccessKey)
            m_identities.insert(e.name.toLower());
    }
    endInsertRows();
}

void AccessReviewModel::reserve(qsizetype rows)
{
    if (rows <= m_entries.capacity())
        return;
    // Some room beyond the estimate: the page asks again with every progress report, each time a
    // few rows more, and every growth copies all rows and rehashes all names on the GUI thread.
    rows += rows / 16;
    m_entries.reserve(rows);
    m_identities.reserve(rows);
}

void AccessReviewModel::setComplete(bool complete)
{
    if (m_complete == complete)
        return;
    m_complete = complete;
    // No dataChanged over 100,000 rows (a sorting proxy would look at every one of them): the
    // view repaints on flagsChanged(), and a filter that depends on flags re-runs.
    Q_EMIT flagsChanged();
}

void AccessReviewModel::setStaleDays(int days)
{
    if (m_staleDays == days)
        return;
    m_staleDays = days;
    // No dataChanged over 100,000 rows (a sorting proxy would look at every one of them): the
    // view repaints on flagsChanged(), and a filter that depends on flags re-runs.
    Q_EMIT flagsChanged();
}

void AccessReviewModel::setNow(const QDateTime &now)
{
    m_now = now;
    Q_EMIT flagsChanged();
}

QString AccessReviewModel::rowKey(const ReviewEntry &entry)
{
    return QString::number(int(entry.type)) + u'/' + entry.id;
}

int AccessReviewModel::rowOf(const ReviewEntry &entry) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const ReviewEntry &e = m_entries.at(row);
        if (e.type == entry.type && e.id == entry.id)
            return row;
    }
    return -1;
}

void AccessReviewModel::remove(const QList<ReviewEntry> &entries)
{
    // One pass to find the rows (a thousand deletions in 100,000 rows must not search 1,000
    // times), then removal from the bottom up, a contiguous range at a time.
    QSet<QString> gone;
    for (const ReviewEntry &entry : entries)
        gone.insert(rowKey(entry));
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (gone.contains(rowKey(m_entries.at(row))))
            rows.append(row);
    }
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        for (int row = first; row <= last; ++row) {
            if (m_entries.at(row).type != ReviewEntry::Type::AccessKey)
                m_identities.remove(m_entries.at(row).name.toLower());
        }
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void AccessReviewModel::update(const ReviewEntry &entry)
{
    const int row = rowOf(entry);
    if (row < 0)
        return;
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

AccessReviewFilterModel::AccessReviewFilterModel(AccessReviewModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AccessReviewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(source, &AccessReviewModel::flagsChanged, this, [this] {
        if (m_filter.show != ReviewFilter::Show::All)
            invalidateFilter();
    });
}

void AccessReviewFilterModel::setFilter(const ReviewFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool AccessReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_filter.show == ReviewFilter::Show::All && m_filter.text.isEmpty())
        return true;
    return m_filter.accepts(m_source->entry(sourceRow), m_source->flags(sourceRow));
}

} // namespace runai
