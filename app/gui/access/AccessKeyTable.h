// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QList>
#include <QObject>

#include <utility>

class QSortFilterProxyModel;
class QTableView;

namespace runai {

class AccessKeysModel;

// One table of access keys: its model, the sorting proxy and the view's set-up, so "My access
// keys" and "All users' access keys" sort, size, select and delete (Del) alike.
class AccessKeyTable : public QObject
{
    Q_OBJECT
public:
    struct Layout
    {
        int sortColumn; // AccessKeysModel::Column, ascending
        int hiddenColumn; // the column this list has no values for
        QList<std::pair<int, int>> widths; // column, pixels
    };

    AccessKeyTable(QTableView *view, const Layout &layout, QObject *parent);

    AccessKeysModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected key (empty id when none).
    AccessKey selectedKey() const;
    // New rows from the console; the selected key stays selected while it is among them.
    void setKeys(const AccessKeyList &keys);

Q_SIGNALS:
    // Del in the table (only there: in a text field the key deletes text).
    void deleteRequested();

private:
    QTableView *m_view;
    AccessKeysModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace runai
