// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include "core/RunInPool.h"
#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"

#include <QFont>
#include <QFutureWatcher>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace runai {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Pages handed over together (a burst of the loader) are placed with one layout change.
    m_placeTimer.setSingleShot(true);
    m_placeTimer.setInterval(0);
    connect(&m_placeTimer, &QTimer::timeout, this, &UsersModel::placeAppended);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = storedRow(index.row());
    const bool created = !m_createdInSession.isEmpty() && isCreatedInSession(m_rows.username(row));

    switch (role) {
    case IdRole:
        return m_rows.id(row);
    case UsernameRole:
        return m_rows.username(row);
    case CreatedInSessionRole:
        return created;
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == TableCsvExport::ValueRole)
        return exportValue(row, column);
    if (role == Qt::DisplayRole) {
        if (column == EmailColumn && created)
            return tr("%1 (new)").arg(m_rows.username(row));
        return displayText(row, column);
    }
    if (role == SortRole) {
        switch (column) {
        case EmailColumn:
            return m_rows.username(row);
        case CreatedColumn:
            return m_rows.createdAt(row);
        case LastLoginColumn:
            return m_rows.lastLogin(row);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::FontRole && created) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && created)
        return tr("Created by you in this session");
    return {};
}

QString UsersModel::displayText(int stored, int column) const
{
    switch (Column(column)) {
    case EmailColumn:
        return m_rows.username(stored);
    case NameColumn:
        return m_rows.fullName(stored);
    case IdColumn:
        return m_rows.id(stored);
    case TypeColumn: {
        const std::optional<bool> isLocal = m_rows.isLocal(stored);
        if (!isLocal.has_value())
            return tr("Unknown");
        return *isLocal ? tr("Local") : tr("SSO");
    }
    case CreatedColumn:
        return modelformat::dateTime(m_rows.createdAt(stored), tr("Unknown"));
    case CreatedByColumn:
        return m_rows.createdBy(stored);
    case LastLoginColumn:
        return modelformat::dateTime(m_rows.lastLogin(stored), tr("Never"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersModel::exportValue(int stored, Column column) const
{
    // The API's values under the API's field names (headerData), so the users import reads an
    // export as is: a migration from one console to another.
    switch (column) {
    case EmailColumn:
        return m_rows.username(stored); // without "(new)"
    case NameColumn: {
        const User user = m_rows.user(stored);
        return QStringList{user.firstName, user.lastName};
    }
    case IdColumn:
        return m_rows.id(stored);
    case TypeColumn:
        return modelformat::boolean(m_rows.isLocal(stored));
    case CreatedColumn:
        return modelformat::isoUtc(m_rows.createdAt(stored));
    case CreatedByColumn:
        return m_rows.createdBy(stored);
    case LastLoginColumn:
        return modelformat::isoUtc(m_rows.lastLogin(stored));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == TableCsvExport::ValueRole) {
        static const QVariant names[ColumnCount] = {
                u"email"_s,     QStringList{u"firstName"_s, u"lastName"_s},
                u"id"_s,        u"isLocal"_s,
                u"createdAt"_s, u"createdBy"_s,
                u"lastLogin"_s,
        };
        return section >= 0 && section < ColumnCount ? names[section] : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created by");
    case LastLoginColumn:
        return tr("Last login");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "userId");
    names.insert(UsernameRole, "username");
    names.insert(CreatedInSessionRole, "createdInSession");
    names.insert(SortRole, "sortValue");
    return names;
}

void UsersModel::setUsers(UserList users)
{
    beginResetModel();
    m_rows.clear();
    for (const User &user : std::as_const(users))
        m_rows.append(user);
    m_order.clear();
    endResetModel();
    if (m_sortColumn >= 0)
        sortRows(m_sortColumn, m_sortOrder);
}

void UsersModel::appendUsers(const UserList &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_rows.size());
    // Shown at the end first (a cheap insertion for a proxy and the view), then put in place.
    beginInsertRows({}, first, first + int(users.size()) - 1);
    for (const User &user : users)
        m_rows.append(user);
    endInsertRows();
    if (m_order.isSorted() && !m_sortPending)
        m_placeTimer.start();
}

void UsersModel::placeAppended()
{
    // While the pool sorts, new rows wait at the end; its result places them.
    if (!m_order.isSorted() || m_sortPending)
        return;
    const qsizetype from = m_order.size();
    if (from >= m_rows.size())
        return;
    if (m_rows.size() - from > SortInPlaceRows) {
        // A whole list at once (a console without paging): sorted in the pool like a click.
        sortRows(m_sortColumn, m_sortOrder);
        return;
    }
    // One layout change for the whole page: a signal per row costs the proxy and the view work
    // over every row each time.
    applyOrder([&] { m_order.merge(sortKeys(m_order.column(), from, m_rows.size())); });
}

void UsersModel::sortRows(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    ++m_sortGeneration;
    m_sortPending = false;
    if (column < 0) {
        if (m_order.isSorted())
            applyOrder([this] { m_order.clear(); });
    } else if (m_rows.size() <= SortInPlaceRows) {
        UserRowOrder::Keys keys = sortKeys(column, 0, m_rows.size());
        std::vector<int> rows = UserRowOrder::sorted(keys, order);
        applyOrder([&] { m_order.set(column, order, std::move(keys), std::move(rows)); });
    } else {
        m_sortPending = true;
        sortInPool(m_sortGeneration);
        return;
    }
    Q_EMIT sorted();
}

void UsersModel::sortInPool(int generation)
{
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const qsizetype count = m_rows.size();
    auto keys = std::make_shared<UserRowOrder::Keys>(sortKeys(column, 0, count));
    auto *watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, column, order, count, keys] {
                watcher->deleteLater();
                // A newer sort, clear() or setUsers() came since: this order is for other rows.
                if (generation != m_sortGeneration)
                    return;
                m_sortPending = false;
                applyOrder([&] {
                    m_order.set(column, order, std::move(*keys), watcher->result());
                    // Pages that came while the pool sorted.
                    m_order.merge(sortKeys(column, count, m_rows.size()));
                });
                Q_EMIT sorted();
            });
    watcher->setFuture(runInPool<std::vector<int>>(
            [keys, order] { return UserRowOrder::sorted(*keys, order); }));
}

UserRowOrder::Key UsersModel::sortKey(int stored, int column) const
{
    const auto msecs = [](const QDateTime &d) {
        return d.isValid() ? d.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    };
    switch (column) {
    case EmailColumn:
        return {0, m_rows.username(stored).toCaseFolded()};
    case CreatedColumn:
        return {msecs(m_rows.createdAt(stored)), {}};
    case LastLoginColumn:
        return {msecs(m_rows.lastLogin(stored)), {}};
    default:
        return {0, displayText(stored, column).toCaseFolded()};
    }
}

UserRowOrder::Keys UsersModel::sortKeys(int column, qsizetype from, qsizetype to) const
{
    UserRowOrder::Keys keys;
    keys.reserve(size_t(std::max<qsizetype>(to - from, 0)));
    for (qsizetype stored = from; stored < to; ++stored)
        keys.push_back(sortKey(int(stored), column));
    return keys;
}

void UsersModel::applyOrder(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storedOfBefore;
    storedOfBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        storedOfBefore.append(storedRow(index.row()));
    change();
    if (!before.isEmpty()) {
        const std::vector<int> shown = m_order.isSorted() ? m_order.shownRows()
                                                          : std::vector<int>();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int stored = storedOfBefore.at(i);
            after.append(
                    index(shown.empty() ? stored : shown[size_t(stored)], before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsersModel::addCreatedUser(const User &user)
{
    m_createdInSession.insert(user.username.toCaseFolded());
    const QUuid idKey = UserRows::idKey(user.id);
    for (int row = 0; row < m_rows.size(); ++row) {
        const int stored = storedRow(row);
        if ((!user.id.isEmpty() && m_rows.hasId(stored, user.id, idKey))
            || QAnyStringView::compare(m_rows.usernameView(stored), user.username,
                                       Qt::CaseInsensitive)
                       == 0) {
            // The same user again: its place stays (the email, its sort key, is the same).
            m_rows.replace(stored, user);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(user);
    endInsertRows();
    placeAppended();
}

void UsersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    // A sort in the pool was for the rows that just went; the rows to come are placed as they
    // arrive.
    ++m_sortGeneration;
    m_sortPending = false;
    if (m_sortColumn >= 0)
        m_order.set(m_sortColumn, m_sortOrder, {}, {});
    endResetModel();
}

bool UsersModel::isCreatedInSession(const QString &username) const
{
    return m_createdInSession.contains(username.toCaseFolded());
}

User UsersModel::user(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.user(storedRow(row));
}

int UsersModel::rowOfUsername(const QString &username) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QAnyStringView::compare(m_rows.usernameView(storedRow(i)), username,
                                    Qt::CaseInsensitive)
            == 0)
            return i;
    }
    return -1;
}

} // namespace runai
