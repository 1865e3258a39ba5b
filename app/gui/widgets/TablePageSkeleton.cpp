// SPDX-License-Identifier: MIT
#include "gui/widgets/TablePageSkeleton.h"

#include "api/Session.h"
#include "core/ApiError.h"
#include "gui/widgets/MessageBanner.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

TablePageSkeleton::TablePageSkeleton(const Form &form, QSortFilterProxyModel *proxy,
                                     std::function<bool()> isLoading)
    : QObject(form.page)
    , m_form(form)
    , m_proxy(proxy)
    , m_isLoading(std::move(isLoading))
{
    QFont title = m_form.title->font();
    title.setBold(true);
    m_form.title->setFont(title);
    m_form.table->verticalHeader()->setVisible(false);
    m_form.table->horizontalHeader()->setStretchLastSection(true);

    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, m_form.page);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &TablePageSkeleton::refreshRequested);
}

void TablePageSkeleton::addToolBar(QToolBar *toolBar, TableExportFlow::Texts exportTexts)
{
    m_form.pageLayout->insertWidget(m_form.pageLayout->indexOf(m_form.stack), toolBar);
    m_export = new TableExportFlow(m_form.table, toolBar, m_form.banner, std::move(exportTexts),
                                   m_form.page);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePageSkeleton::updateExportAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePageSkeleton::updateExportAction);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &TablePageSkeleton::updateExportAction);
}

QPushButton *TablePageSkeleton::addStopButton(QWidget *before)
{
    m_stopButton = new QPushButton(tr("Stop Loading"), m_form.page);
    m_stopButton->setObjectName(u"stopLoadingButton"_s);
    m_stopButton->hide();
    m_form.headerLayout->insertWidget(m_form.headerLayout->indexOf(before), m_stopButton);
    connect(m_stopButton, &QPushButton::clicked, this, &TablePageSkeleton::stopRequested);
    m_stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_form.page);
    m_stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_stopShortcut->setEnabled(false);
    connect(m_stopShortcut, &QShortcut::activated, this, &TablePageSkeleton::stopRequested);
    return m_stopButton;
}

void TablePageSkeleton::setLoading(bool loading)
{
    m_stopButton->setVisible(loading);
    // Only while there is something to stop: otherwise Esc belongs to whoever has the focus
    // (a dialog over this page, a line edit).
    m_stopShortcut->setEnabled(loading);
}

void TablePageSkeleton::updateExportAction()
{
    m_export->setAvailable(m_proxy->rowCount() > 0 && !m_isLoading());
}

void TablePageSkeleton::showPlaceholder(const QString &text)
{
    m_form.placeholderLabel->setText(text);
    m_form.stack->setCurrentWidget(m_form.placeholderPage);
}

void TablePageSkeleton::showTable()
{
    m_form.stack->setCurrentWidget(m_form.tablePage);
}

bool TablePageSkeleton::showsTable() const
{
    return m_form.stack->currentWidget() == m_form.tablePage;
}

void TablePageSkeleton::showLoadFailure(const ApiError &error, Session *session,
                                        const LoadFailureTexts &texts,
                                        const std::function<void()> &reload)
{
    m_loadFailed = true;
    m_form.banner->showError(texts.banner);
    m_loadErrorText = m_form.banner->text();
    // Refused for the lack of a session: it loads again by itself once the user signed in
    // again ("Sign in again" over the page), without a Refresh.
    if (error.kind() == ApiError::Kind::Unauthorized && session
        && session->retryWhenSessionIsBack(m_form.page, reload))
        showPlaceholder(texts.waitingForSignIn);
    else
        showPlaceholder(texts.pressRefresh);
}

void TablePageSkeleton::clearLoadFailure()
{
    m_loadFailed = false;
    if (m_form.banner->kind() == MessageBanner::Kind::Error
        && m_form.banner->text() == m_loadErrorText)
        m_form.banner->clear();
}

} // namespace runai
