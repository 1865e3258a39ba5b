// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"

#include <QFont>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace runai {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

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
    const int row = index.row();
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
        switch (column) {
        case EmailColumn:
            return created ? tr("%1 (new)").arg(m_rows.username(row)) : m_rows.username(row);
        case NameColumn:
            return m_rows.fullName(row);
        case IdColumn:
            return m_rows.id(row);
        case TypeColumn: {
            const std::optional<bool> isLocal = m_rows.isLocal(row);
            if (!isLocal.has_value())
                return tr("Unknown");
            return *isLocal ? tr("Local") : tr("SSO");
        }
        case CreatedColumn:
            return modelformat::dateTime(m_rows.createdAt(row), tr("Unknown"));
        case CreatedByColumn:
            return m_rows.createdBy(row);
        case LastLoginColumn:
            return modelformat::dateTime(m_rows.lastLogin(row), tr("Never"));
        case ColumnCount:
            break;
        }
        return {};
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

QVariant UsersModel::exportValue(int row, Column column) const
{
    // The API's values under the API's field names (headerData), so the users import reads an
    // export as is: a migration from one console to another.
    switch (column) {
    case EmailColumn:
        return m_rows.username(row); // without "(new)"
    case NameColumn: {
        const User user = m_rows.user(row);
        return QStringList{user.firstName, user.lastName};
    }
    case IdColumn:
        return m_rows.id(row);
    case TypeColumn:
        return modelformat::boolean(m_rows.isLocal(row));
    case CreatedColumn:
        return modelformat::isoUtc(m_rows.createdAt(row));
    case CreatedByColumn:
        return m_rows.createdBy(row);
    case LastLoginColumn:
        return modelformat::isoUtc(m_rows.lastLogin(row));
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
    endResetModel();
}

void UsersModel::appendUsers(const UserList &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(users.size()) - 1);
    for (const User &user : users)
        m_rows.append(user);
    endInsertRows();
}

void UsersModel::addCreatedUser(const User &user)
{
    m_createdInSession.insert(user.username.toCaseFolded());
    const QUuid idKey = UserRows::idKey(user.id);
    for (int row = 0; row < m_rows.size(); ++row) {
        if ((!user.id.isEmpty() && m_rows.hasId(row, user.id, idKey))
            || QAnyStringView::compare(m_rows.usernameView(row), user.username, Qt::CaseInsensitive)
                       == 0) {
            m_rows.replace(row, user);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(user);
    endInsertRows();
}

void UsersModel::clear()
{
    beginResetModel();
    m_rows.clear();
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
    return m_rows.user(row);
}

int UsersModel::rowOfUsername(const QString &username) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QAnyStringView::compare(m_rows.usernameView(i), username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace runai
