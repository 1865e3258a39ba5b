// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReviewFlags.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace runai {

// The access review as a table: one row per identity (users, applications or service accounts,
// access keys), rows appended a page at a time while the lists load. Flags are computed when
// asked for, from the row and the review's context (the "N days" of the page, now, and the names
// of every identity the console has, for "creator no longer exists", which is only judged once
// every list is complete). No secret is ever in a row.
class AccessReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        NameColumn,
        CreatedByColumn,
        CreatedColumn,
        LastLoginColumn,
        EnabledColumn,
        SecretHeldColumn,
        FlagsColumn,
        RulesColumn, // last: the longest text, stretched
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: dates as QDateTime, booleans as int
        FlagsRole, // int: ReviewFlags::Flags
    };

    explicit AccessReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void append(const ReviewEntryList &entries);
    // Room for `rows` rows in all, once the console announced how many users it has: no
    // growth step (a copy of 65,536 rows and a rehash of their names) in the middle of a load.
    void reserve(qsizetype rows);
    // Every list arrived: "creator no longer exists" can be judged now.
    void setComplete(bool complete);
    bool isComplete() const { return m_complete; }
    void setStaleDays(int days);
    int staleDays() const { return m_staleDays; }
    void setNow(const QDateTime &now); // tests; otherwise the time of clear()

    const ReviewEntry &entry(int row) const { return m_entries.at(row); }
    const ReviewEntryList &entries() const { return m_entries; }
    const QSet<QString> &identities() const { return m_identities; }
    ReviewFlags::Flags flags(int row) const;
    ReviewFlags::Context context() const;
    QDateTime now() const { return m_now; }

    // After a change on the console: rows removed (deleted), or replaced (disabled).
    void remove(const QList<ReviewEntry> &entries);
    void update(const ReviewEntry &entry);

Q_SIGNALS:
    // The flags of every row may have changed (N days, completeness): filters re-run, views
    // repaint.
    void flagsChanged();

private:
    int rowOf(const ReviewEntry &entry) const;
    static QString rowKey(const ReviewEntry &entry); // type and id: unique in the review

    ReviewEntryList m_entries;
    QSet<QString> m_identities; // lower-case names of users and applications
    QDateTime m_now;
    int m_staleDays = 90;
    bool m_complete = false;
};

// The review's filter (ReviewFilter) in front of the model, and sorting by raw values.
class AccessReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccessReviewFilterModel(AccessReviewModel *source, QObject *parent = nullptr);
    void setFilter(const ReviewFilter &filter);
    const ReviewFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AccessReviewModel *m_source;
    ReviewFilter m_filter;
};

} // namespace runai
