// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationsTable.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/LogCategories.h"
#include "gui/widgets/ChunkedInsertion.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "models/ApplicationsModel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationsTable::ApplicationsTable(const TablePageSkeleton::Form &form,
                                     QPushButton *refreshButton)
    : QObject(form.page)
    , m_form(form)
    , m_refreshButton(refreshButton)
{
    m_model = new ApplicationsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_skeleton = new TablePageSkeleton(form, m_proxy, [this] { return isLoading(); });
    connect(m_skeleton, &TablePageSkeleton::refreshRequested, this, &ApplicationsTable::refresh);
    connect(m_skeleton, &TablePageSkeleton::stopRequested, this, &ApplicationsTable::stop);
    QTableView *table = m_form.table;
    table->setModel(m_proxy);
    table->sortByColumn(ApplicationsModel::NameColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(ApplicationsModel::NameColumn, 160);
    table->setColumnWidth(ApplicationsModel::ClientIdColumn, 160);
    table->setColumnWidth(ApplicationsModel::ClientSecretColumn, 170);
    table->setColumnWidth(ApplicationsModel::EnabledColumn, 70);
    table->setColumnWidth(ApplicationsModel::CreatedColumn, 130);
    table->setColumnWidth(ApplicationsModel::CreatedByColumn, 140);
    connect(m_refreshButton, &QPushButton::clicked, this, &ApplicationsTable::refresh);

    m_insertion = new ChunkedInsertion(InsertChunkRows, this);
    connect(m_insertion, &ChunkedInsertion::progress, this, [this](qsizetype done, qsizetype all) {
        m_form.title->setText(
                noun().pick(tr("Applications on this console (loading %1 of %2…)"),
                            tr("Service accounts on this console (loading %1 of %2…)"))
                        .arg(QLocale().toString(done), QLocale().toString(all)));
    });
    connect(m_insertion, &ChunkedInsertion::finished, this, &ApplicationsTable::insertionDone);
}

ApplicationsTable::~ApplicationsTable()
{
    // The form's widgets may be gone already (the page deletes them first): no answer now.
    rowactions::abandon(m_listJob, this);
}

void ApplicationsTable::addControls(QWidget *stopBefore, QToolBar *actionsBar)
{
    QPushButton *stopButton = m_skeleton->addStopButton(stopBefore);
    m_filterEdit = new QLineEdit(m_form.page);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Name, client ID or creator"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    auto *filterLabel = new QLabel(tr("Filter r&ows:"), m_form.page);
    filterLabel->setBuddy(m_filterEdit);
    const int filterAt = m_form.headerLayout->indexOf(stopButton);
    m_form.headerLayout->insertWidget(filterAt, filterLabel);
    m_form.headerLayout->insertWidget(filterAt + 1, m_filterEdit);
    m_proxy->setFilterRole(ApplicationsModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!isLoading() && !loadFailed() && m_session)
            showListOrPlaceholder();
    });
    m_skeleton->addToolBar(actionsBar, exportTexts());
}

bool ApplicationsTable::isLoading() const
{
    return m_listJob || m_inserting;
}

ObjectNoun ApplicationsTable::noun() const
{
    return ObjectNoun::of(m_session);
}

TableExportFlow::Texts ApplicationsTable::exportTexts() const
{
    TableExportFlow::Texts texts;
    const ObjectNoun words = noun();
    texts.toolTip = words.pick(
            tr("Save the applications as shown (visible columns, current order, every row) as a "
               "CSV file. Client secrets are never written."),
            tr("Save the service accounts as shown (visible columns, current order, every row) "
               "as a CSV file. Client secrets are never written."));
    texts.dialogTitle = words.pick(tr("Export Applications to CSV"),
                                   tr("Export Service Accounts to CSV"));
    texts.defaultFileName = words.isServiceAccount() ? u"runai-service-accounts.csv"_s
                                                     : u"runai-applications.csv"_s;
    texts.exporting = [words](int rows, const QString &path) {
        return words
                .pick(tr("Exporting %n application(s) to %1…", "", rows),
                      tr("Exporting %n service account(s) to %1…", "", rows))
                .arg(path);
    };
    texts.exported = [words](int rows, const QString &path) {
        return words
                .pick(tr("Exported %n application(s) to %1.", "", rows),
                      tr("Exported %n service account(s) to %1.", "", rows))
                .arg(path);
    };
    texts.failed = [words](const QString &path, const QString &error) {
        return words
                .pick(tr("The applications could not be exported to %1: %2"),
                      tr("The service accounts could not be exported to %1: %2"))
                .arg(path, error);
    };
    return texts;
}

void ApplicationsTable::applyNoun()
{
    const ObjectNoun words = noun();
    m_form.table->setAccessibleName(words.capitalPlural());
    m_form.table->setAccessibleDescription(
            words.pick(tr("Arrow keys choose an application; Enter gets a token for it; the "
                          "context menu (Menu key) has more actions."),
                       tr("Arrow keys choose a service account; Enter gets a token for it; the "
                          "context menu (Menu key) has more actions.")));
    m_skeleton->stopButton()->setToolTip(
            words.pick(tr("Stop reading the list; the applications shown so far stay (Esc)"),
                       tr("Stop reading the list; the service accounts shown so far stay (Esc)")));
    m_skeleton->exportFlow()->setTexts(exportTexts());
    m_model->setNoun(words);
    if (isLoading() || loadFailed())
        return;
    m_form.title->setText(m_session && m_model->rowCount() > 0
                                  ? words.pick(tr("Applications on this console (%1)"),
                                               tr("Service accounts on this console (%1)"))
                                            .arg(QLocale().toString(m_model->rowCount()))
                                  : words.pick(tr("Applications on this console"),
                                               tr("Service accounts on this console")));
    if (m_session)
        showListOrPlaceholder();
}

void ApplicationsTable::setSession(Session *session)
{
    m_session = session;
    if (m_listJob)
        m_listJob->abandon();
    m_skeleton->exportFlow()->cancel();
    m_insertion->stop();
    m_pending.clear();
    m_inserting = false;
    m_skeleton->setLoading(false);
    m_model->clear();
    m_form.banner->clear();
    m_skeleton->forgetLoadFailure();
    m_refreshButton->setEnabled(session);
}

Application ApplicationsTable::selected() const
{
    const QModelIndexList rows = m_form.table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->application(m_proxy->mapToSource(rows.first()).row());
}

void ApplicationsTable::showCreated(const Application &app)
{
    m_model->addOrUpdate(app);
    m_skeleton->showTable();
    const int row = m_model->rowOf(app.id);
    m_form.table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void ApplicationsTable::refresh()
{
    if (!m_session || isLoading())
        return;
    m_refreshButton->setEnabled(false);
    m_skeleton->setLoading(true);
    m_skeleton->updateExportAction();
    if (m_model->rowCount() == 0)
        m_skeleton->showPlaceholder(
                noun().pick(tr("Loading applications…"), tr("Loading service accounts…")));
    auto *job = RunaiClient(m_session).listApplications();
    m_listJob = job;
    connect(job, &ApiJob::finished, this, &ApplicationsTable::listFinished);
    job->start();
}

void ApplicationsTable::listFinished(ApiJob *job)
{
    // The job deletes itself later; from here on no load is in flight.
    m_listJob = nullptr;
    m_refreshButton->setEnabled(m_session);
    // The first list of a session tells which API (and so which word) the console has.
    Q_EMIT answered();
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        m_skeleton->setLoading(false);
        m_skeleton->updateExportAction();
        return;
    }
    if (!job->succeeded()) {
        qCInfo(lcApplicationsPage) << "list failed:" << job->error().logString();
        m_model->clear();
        const ObjectNoun words = noun();
        m_skeleton->showLoadFailure(
                job->error(), m_session,
                {words.pick(tr("The applications could not be loaded. %1"),
                            tr("The service accounts could not be loaded. %1"))
                         .arg(job->error().userMessage()),
                 words.pick(tr("The applications could not be loaded (see the message above).\n"
                               "This list is unknown, not empty. It loads again as soon as you "
                               "are signed in again."),
                            tr("The service accounts could not be loaded (see the message "
                               "above).\nThis list is unknown, not empty. It loads again as soon "
                               "as you are signed in again.")),
                 words.pick(tr("The applications could not be loaded (see the message above).\n"
                               "This list is unknown, not empty. Press Refresh (F5) to try "
                               "again."),
                            tr("The service accounts could not be loaded (see the message "
                               "above).\nThis list is unknown, not empty. Press Refresh (F5) to "
                               "try again."))},
                [this] { refresh(); });
        m_skeleton->setLoading(false);
        Q_EMIT rowsReplaced();
        m_skeleton->updateExportAction();
        return;
    }
    m_skeleton->forgetLoadFailure();
    // GET /api/v1/apps has no offset/limit in the published API (nor does /service-accounts), so
    // the whole list comes in one answer and cannot be paged. What would freeze the window is
    // putting 5,000 rows into the table at once (the sorting proxy places every row): they go
    // in InsertChunkRows per event-loop turn instead, with progress and Stop like the Users page.
    m_keepSelectedId = selected().id;
    m_pending = static_cast<ApplicationListJob *>(job)->result();
    m_inserting = true;
    if (m_pending.size() <= InsertChunkRows) {
        // A small list is complete right here, in one step.
        m_model->setApplications(std::exchange(m_pending, {}));
        insertionDone();
        return;
    }
    // The old rows stay until the first chunk replaces them.
    m_insertion->start(m_pending.size(),
                       [this](qsizetype from, qsizetype count) { insertChunk(from, count); });
}

void ApplicationsTable::insertChunk(qsizetype from, qsizetype count)
{
    ApplicationList chunk = m_pending.mid(from, count);
    if (from == 0) {
        m_model->setApplications(std::move(chunk)); // replaces the previous list
        m_skeleton->showTable();
        resizeColumns(); // on the first chunk: measuring 5,000 rows at the end took ~35 ms
    } else {
        m_model->appendApplications(std::move(chunk));
    }
}

void ApplicationsTable::stop()
{
    if (m_listJob) {
        m_listJob->abandon(); // listFinished() with Cancelled: the rows shown stay
        return;
    }
    if (m_inserting) {
        m_insertion->stop();
        insertionDone(); // the rows inserted so far stay
    }
}

void ApplicationsTable::insertionDone()
{
    m_inserting = false;
    m_pending.clear();
    m_skeleton->setLoading(false);
    m_form.title->setText(noun().pick(tr("Applications on this console (%1)"),
                                      tr("Service accounts on this console (%1)"))
                                  .arg(QLocale().toString(m_model->rowCount())));
    m_skeleton->updateExportAction();
    const QString selectedId = std::exchange(m_keepSelectedId, QString());
    if (m_model->rowCount() > 0) {
        m_skeleton->showTable();
        if (m_model->rowCount() <= InsertChunkRows)
            resizeColumns(); // a big list was measured on its first chunk
        const int row = m_model->rowOf(selectedId);
        if (row >= 0)
            m_form.table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    showListOrPlaceholder(); // no rows, or the filter may hide every row
    m_skeleton->clearLoadFailure();
    Q_EMIT rowsReplaced();
}

void ApplicationsTable::resizeColumns()
{
    // Measure the rows on screen and up to 100 more, not all of them: measuring 500 rows of
    // three columns took ~20 ms, a visible stall.
    m_form.table->horizontalHeader()->setResizeContentsPrecision(100);
    for (int column : {int(ApplicationsModel::NameColumn), int(ApplicationsModel::ClientIdColumn),
                       int(ApplicationsModel::CreatedColumn)})
        m_form.table->resizeColumnToContents(column);
}

void ApplicationsTable::showListOrPlaceholder()
{
    const QString filter = m_filterEdit->text().trimmed();
    if (m_model->rowCount() == 0)
        m_skeleton->showPlaceholder(
                noun().pick(tr("This console has no applications yet. Register one above."),
                            tr("This console has no service accounts yet. Register one above.")));
    else if (m_proxy->rowCount() == 0 && !filter.isEmpty())
        m_skeleton->showPlaceholder(noun().pick(tr("No applications match \"%1\"."),
                                                tr("No service accounts match \"%1\"."))
                                            .arg(filter));
    else
        m_skeleton->showTable();
}

} // namespace runai
