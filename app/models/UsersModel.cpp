// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include "models/ModelFormat.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace runai {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    const bool created = isCreatedInSession(user.username);

    switch (role) {
    case IdRole:
        return user.id;
    case UsernameRole:
        return user.username;
    case CreatedInSessionRole:
        return created;
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case EmailColumn:
            return created ? tr("%1 (new)").arg(user.username) : user.username;
        case NameColumn:
            return user.fullName();
        case IdColumn:
            return user.id;
        case TypeColumn:
            if (!user.isLocal.has_value())
                return tr("Unknown");
            return *user.isLocal ? tr("Local") : tr("SSO");
        case CreatedColumn:
            return modelformat::dateTime(user.createdAt, tr("Unknown"));
        case CreatedByColumn:
            return user.createdBy;
        case LastLoginColumn:
            return modelformat::dateTime(user.lastLogin, tr("Never"));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case EmailColumn:
            return user.username;
        case CreatedColumn:
            return user.createdAt;
        case LastLoginColumn:
            return user.lastLogin;
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

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    m_users = std::move(users);
    endResetModel();
}

void UsersModel::appendUsers(const UserList &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_users.size());
    beginInsertRows({}, first, first + int(users.size()) - 1);
    m_users.append(users);
    endInsertRows();
}

void UsersModel::addCreatedUser(const User &user)
{
    m_createdInSession.insert(user.username.toCaseFolded());
    for (int row = 0; row < m_users.size(); ++row) {
        if ((!user.id.isEmpty() && m_users.at(row).id == user.id)
            || m_users.at(row).username.compare(user.username, Qt::CaseInsensitive) == 0) {
            m_users[row] = user;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int at = int(m_users.size());
    beginInsertRows({}, at, at);
    m_users.append(user);
    endInsertRows();
}

void UsersModel::clear()
{
    beginResetModel();
    m_users.clear();
    endResetModel();
}

bool UsersModel::isCreatedInSession(const QString &username) const
{
    return m_createdInSession.contains(username.toCaseFolded());
}

User UsersModel::user(int row) const
{
    if (row < 0 || row >= m_users.size())
        return {};
    return m_users.at(row);
}

int UsersModel::rowOfUsername(const QString &username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username.compare(username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace runai
