// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace runai {

// The order UsersModel shows its rows in when it sorts them itself (a console that refuses
// `sortBy`, or a column the server cannot sort by): which stored row each shown row is. Each
// row has a sort key (a case-folded text, or a number for dates); sorting is stable, so equal
// keys keep the order they arrived in, as QSortFilterProxyModel's sort does. A sort of every
// row is a pure function (sorted()) that may run on a pool thread; rows that arrive later are
// merged into place (merge()) with a binary search each, so a page of 500 rows costs
// microseconds, not a signal per row. Unsorted, it is the identity and holds nothing.
class UserRowOrder
{
public:
    struct Key
    {
        qint64 number = 0;
        QString text; // case-folded; compared before the number
    };
    using Keys = std::vector<Key>;

    // The stored rows 0..keys.size()-1 in the order of their keys (stable).
    static std::vector<int> sorted(const Keys &keys, Qt::SortOrder order);

    bool isSorted() const { return m_column >= 0; }
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    // The stored row shown at `row`. Rows past size() just arrived and are shown in arrival
    // order at the end until merge() places them.
    int storedRow(qsizetype row) const { return row < size() ? m_rows[size_t(row)] : int(row); }

    // Back to arrival order; nothing kept.
    void clear();
    // Sorted by `column`: `keys` of every stored row and `rows` = sorted(keys, order).
    void set(int column, Qt::SortOrder order, Keys keys, std::vector<int> rows);
    // Stored rows size()..size()+keys.size()-1 arrived: put each at its place.
    void merge(Keys keys);
    // Where each stored row is shown (the inverse), for moving persistent indexes.
    std::vector<int> shownRows() const;

private:
    bool less(int a, int b) const;

    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Keys m_keys; // by stored row
    std::vector<int> m_rows; // shown row -> stored row
};

} // namespace runai
