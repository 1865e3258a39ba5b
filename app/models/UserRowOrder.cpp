// SPDX-License-Identifier: MIT
#include "models/UserRowOrder.h"

#include <algorithm>
#include <numeric>

namespace runai {

namespace {

bool keyLess(const UserRowOrder::Key &a, const UserRowOrder::Key &b)
{
    if (const int c = a.text.compare(b.text); c != 0)
        return c < 0;
    return a.number < b.number;
}

} // namespace

std::vector<int> UserRowOrder::sorted(const Keys &keys, Qt::SortOrder order)
{
    std::vector<int> rows(keys.size());
    std::iota(rows.begin(), rows.end(), 0);
    // Descending compares the other way round but stays stable: equal keys in arrival order,
    // as QSortFilterProxyModel sorts.
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(),
                         [&keys](int a, int b) { return keyLess(keys[a], keys[b]); });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&keys](int a, int b) { return keyLess(keys[b], keys[a]); });
    return rows;
}

void UserRowOrder::clear()
{
    m_column = -1;
    m_order = Qt::AscendingOrder;
    m_keys = {};
    m_rows = {};
}

void UserRowOrder::set(int column, Qt::SortOrder order, Keys keys, std::vector<int> rows)
{
    Q_ASSERT(keys.size() == rows.size());
    m_column = column;
    m_order = order;
    m_keys = std::move(keys);
    m_rows = std::move(rows);
}

bool UserRowOrder::less(int a, int b) const
{
    return m_order == Qt::AscendingOrder ? keyLess(m_keys[a], m_keys[b])
                                         : keyLess(m_keys[b], m_keys[a]);
}

void UserRowOrder::merge(Keys keys)
{
    if (keys.empty())
        return;
    const int first = int(m_keys.size());
    for (Key &key : keys)
        m_keys.push_back(std::move(key));
    std::vector<int> added(m_keys.size() - size_t(first));
    std::iota(added.begin(), added.end(), first);
    const auto comp = [this](int a, int b) {
        return less(a, b);
    };
    std::stable_sort(added.begin(), added.end(), comp);
    // Each new row after the shown rows with an equal key (they came first); the positions only
    // grow, so each search starts where the last one ended.
    std::vector<int> merged;
    merged.reserve(m_rows.size() + added.size());
    auto from = m_rows.cbegin();
    for (int row : added) {
        const auto at = std::upper_bound(from, m_rows.cend(), row, comp);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_rows.cend());
    m_rows = std::move(merged);
}

std::vector<int> UserRowOrder::shownRows() const
{
    std::vector<int> shown(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        shown[size_t(m_rows[i])] = int(i);
    return shown;
}

} // namespace runai
