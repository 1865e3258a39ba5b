// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"
#include "models/UserRowOrder.h"
#include "models/UserRows.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <functional>

namespace runai {

// The console's users as a table. Users created by this program during this session are marked
// (bold, "(new)" after the email, a tooltip, and CreatedInSessionRole), and stay
// marked across reloads, so an admin sees at a glance what they just added. The rows are kept
// compact (UserRows: ~100 bytes a user, so 100,000 users fit the idle memory target); user()
// gives back the User as it was given.
//
// The model sorts its rows itself where the console cannot (sortRows()): a sort of every row runs
// on a pool thread and reaches the view as one layout change; pages that arrive later are merged
// into place, one layout change per page. A QSortFilterProxyModel in front of it only filters:
// sorting there places every arriving row on its own and froze the window for 100,000 users.
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
    // Appends one page as it arrives from the server, so rows show while the rest loads. When
    // the model sorts, the page shows at the end until the next event-loop turn puts it (and
    // the pages appended with it) in place.
    void appendUsers(const UserList &users);
    // Adds a user this program just created (or updates the row with the same id) and marks it.
    void addCreatedUser(const User &user);
    void clear();
    // Shows the rows in the order of `column` (its SortRole), -1 in the order they came. With
    // more than SortInPlaceRows rows the keys are sorted on a pool thread and the new order
    // shows when it is ready (sortPending() until then); rows appended meanwhile are placed
    // then. Stays in force for later appends, setUsers() and clear().
    void sortRows(int column, Qt::SortOrder order = Qt::AscendingOrder);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool sortPending() const { return m_sortPending; }
    static constexpr qsizetype SortInPlaceRows = 5000;

    bool isCreatedInSession(const QString &username) const;
    User user(int row) const;
    int rowOfUsername(const QString &username) const;

Q_SIGNALS:
    // A sort asked with sortRows() is in place.
    void sorted();

private:
    int storedRow(int row) const { return m_order.storedRow(row); }
    QString displayText(int stored, int column) const;
    UserRowOrder::Key sortKey(int stored, int column) const;
    UserRowOrder::Keys sortKeys(int column, qsizetype from, qsizetype to) const;
    // Moves the view's persistent indexes (selection, current row) with their users.
    void applyOrder(const std::function<void()> &change);
    void sortInPool(int generation);
    void placeAppended();
    // The cell as an export writes it (TableCsvExport::ValueRole).
    QVariant exportValue(int stored, Column column) const;

    UserRows m_rows;
    UserRowOrder m_order;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sortPending = false;
    int m_sortGeneration = 0;
    QTimer m_placeTimer;
    // Usernames (emails), compared case-insensitively: the server may change the case.
    QSet<QString> m_createdInSession;
};

} // namespace runai
