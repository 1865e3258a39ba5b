// SPDX-License-Identifier: MIT
#pragma once

#include "core/NetworkLogEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace runai {

// The network log as a table, oldest first, at most capacity() rows: appending to a full model
// drops the oldest row, as the recorder (runai::NetworkLog) does, so both stay bounded.
class NetworkLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    // data() role: bool, the exchange failed (HTTP error status or no answer).
    static constexpr int ErrorRole = Qt::UserRole + 1;

    explicit NetworkLogModel(int capacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setEntries(const QList<NetworkLogEntry> &entries);
    void append(const NetworkLogEntry &entry);
    void clear();
    const QList<NetworkLogEntry> &entries() const { return m_entries; }

    // The Status cell: "409", or the transport outcome when no HTTP answer came ("Network",
    // "Timeout", "Cancelled"), with retry/replay marks.
    static QString statusText(const NetworkLogEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const int m_capacity;
    QList<NetworkLogEntry> m_entries;
};

// "Errors only" and a text filter (any column, case-insensitive) over a NetworkLogModel.
class NetworkLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NetworkLogFilterModel(QObject *parent = nullptr);

    void setErrorsOnly(bool errorsOnly);
    bool errorsOnly() const { return m_errorsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_errorsOnly = false;
};

} // namespace runai
