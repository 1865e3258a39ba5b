// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeyTable.h"

#include "models/AccessKeysModel.h"

#include <QHeaderView>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace runai {

AccessKeyTable::AccessKeyTable(QTableView *view, const Layout &layout, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(new AccessKeysModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessKeysModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(m_proxy);
    view->sortByColumn(layout.sortColumn, Qt::AscendingOrder);
    view->setColumnHidden(layout.hiddenColumn, true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] : layout.widths)
        view->setColumnWidth(column, width);
    auto *del = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AccessKeyTable::deleteRequested);
}

AccessKey AccessKeyTable::selectedKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->accessKey(m_proxy->mapToSource(rows.first()).row());
}

void AccessKeyTable::setKeys(const AccessKeyList &keys)
{
    const QString keep = selectedKey().id;
    m_model->setAccessKeys(keys);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

} // namespace runai
