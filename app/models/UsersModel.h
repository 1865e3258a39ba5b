// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"
#include "models/UserRows.h"

#include <QAbstractTableModel>
#include <QSet>

namespace runai {

// The console's users as a table. Users created by this program during this session are marked
// (bold, "(new)" after the email, a tooltip, and CreatedInSessionRole), and stay
// marked across reloads, so an admin sees at a glance what they just added. The rows are kept
// compact (UserRows: ~100 bytes a user, so 100,000 users fit the idle memory target); user()
// gives back the User as it was given.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EmailColumn,
        NameColumn, // first and last name (Run:ai 3.0); hidden where the console has no names
        IdColumn,
        TypeColumn,
        CreatedColumn,
        CreatedByColumn,
        LastLoginColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        UsernameRole,
        CreatedInSessionRole, // bool
        SortRole,
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setUsers(UserList users);
    // Appends one page as it arrives from the server, so rows show while the rest loads.
    void appendUsers(const UserList &users);
    // Adds a user this program just created (or updates the row with the same id) and marks it.
    void addCreatedUser(const User &user);
    void clear();

    bool isCreatedInSession(const QString &username) const;
    User user(int row) const;
    int rowOfUsername(const QString &username) const;

private:
    // The cell as an export writes it (TableCsvExport::ValueRole).
    QVariant exportValue(int row, Column column) const;

    UserRows m_rows;
    // Usernames (emails), compared case-insensitively: the server may change the case.
    QSet<QString> m_createdInSession;
};

} // namespace runai
