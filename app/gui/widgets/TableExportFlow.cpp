// SPDX-License-Identifier: MIT
#include "gui/widgets/TableExportFlow.h"

#include "gui/widgets/MessageBanner.h"
#include "models/TableCsvExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

TableExportFlow::TableExportFlow(QTableView *view, QToolBar *toolBar, MessageBanner *banner,
                                 Texts texts, QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_view(view)
    , m_banner(banner)
    , m_texts(std::move(texts))
    , m_exporter(new TableCsvExport(this))
{
    connect(m_exporter, &TableCsvExport::finished, this, &TableExportFlow::finished);

    m_action = new QAction(tr("Export table to &CSV…"), page);
    m_action->setObjectName(u"exportCsvAction"_s);
    m_action->setToolTip(m_texts.toolTip);
    m_action->setStatusTip(m_texts.toolTip);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &TableExportFlow::start);
    toolBar->addSeparator();
    toolBar->addAction(m_action);
    if (QWidget *button = toolBar->widgetForAction(m_action))
        button->setAccessibleName(tr("Export table to CSV"));
    auto *separator = new QAction(page);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(m_action);
}

void TableExportFlow::setTexts(Texts texts)
{
    m_texts = std::move(texts);
    m_action->setToolTip(m_texts.toolTip);
    m_action->setStatusTip(m_texts.toolTip);
}

void TableExportFlow::setAvailable(bool available)
{
    m_available = available;
    updateAction();
}

void TableExportFlow::updateAction()
{
    m_action->setEnabled(m_available && !m_exporter->isRunning());
}

void TableExportFlow::start()
{
    if (m_dialog || m_exporter->isRunning() || !m_available)
        return;
    // open(), not exec(): no nested event loop while the user picks a file.
    auto *dialog = new QFileDialog(m_page, m_texts.dialogTitle,
                                   QDir::home().filePath(m_texts.defaultFileName),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportCsvDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &TableExportFlow::exportTo);
    m_dialog = dialog;
    dialog->open();
}

void TableExportFlow::cancel()
{
    m_exporter->cancel();
    updateAction();
}

QList<int> TableExportFlow::shownColumns(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void TableExportFlow::exportTo(const QString &path)
{
    // What the table shows: the visible columns in their on-screen order, the view's rows. A
    // model marks columns that must never be written (a client secret); TableCsvExport drops them.
    QAbstractItemModel *rows = m_view->model();
    if (!m_exporter->start(rows, shownColumns(m_view), path))
        return;
    m_banner->showInfo(m_texts.exporting(rows->rowCount(), QDir::toNativeSeparators(path)));
    updateAction();
}

void TableExportFlow::finished(const QString &path, int rows, const QString &error)
{
    updateAction();
    if (!error.isEmpty())
        m_banner->showError(m_texts.failed(QDir::toNativeSeparators(path), error));
    else
        m_banner->showSuccess(m_texts.exported(rows, QDir::toNativeSeparators(path)));
}

} // namespace runai
