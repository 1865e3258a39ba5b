// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationsPage.h"
#include "ui_ApplicationsPage.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "gui/KeychainBridge.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/applications/ApplicationDetails.h"
#include "gui/applications/ApplicationRegistration.h"
#include "gui/applications/ApplicationTokenFlow.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/widgets/ChunkedInsertion.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/TablePageSkeleton.h"
#include "models/ApplicationsModel.h"

#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApplicationsPage, "runai.gui.applications")

namespace runai {

ApplicationsPage::ApplicationsPage(KeychainBridge *keychain, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationsPage>())
{
    m_ui->setupUi(this);
    m_model = new ApplicationsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_skeleton = new TablePageSkeleton({this, m_ui->pageLayout, m_ui->listHeaderLayout,
                                        m_ui->listTitle, m_ui->tableStack, m_ui->tablePage,
                                        m_ui->placeholderPage, m_ui->placeholderLabel,
                                        m_ui->tableView, m_ui->banner},
                                       m_proxy, [this] { return isLoading(); });
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->sortByColumn(ApplicationsModel::NameColumn, Qt::AscendingOrder);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->setColumnWidth(ApplicationsModel::NameColumn, 160);
    m_ui->tableView->setColumnWidth(ApplicationsModel::ClientIdColumn, 160);
    m_ui->tableView->setColumnWidth(ApplicationsModel::ClientSecretColumn, 170);
    m_ui->tableView->setColumnWidth(ApplicationsModel::EnabledColumn, 70);
    m_ui->tableView->setColumnWidth(ApplicationsModel::CreatedColumn, 130);
    m_ui->tableView->setColumnWidth(ApplicationsModel::CreatedByColumn, 140);

    m_ui->registerButton->setIcon(icons::icon(u"application"_s));
    m_ui->getTokenButton->setIcon(icons::icon(u"token"_s));
    m_ui->refreshButton->setIcon(icons::icon(u"refresh"_s));
    m_details = new ApplicationDetails(
            {m_ui->detailsGroup, m_ui->clientIdField, m_ui->clientSecretField,
             m_ui->secretStatusLabel},
            m_model, keychain, [this] { return selectedApplication(); }, this);

    m_secrets = new ClientSecretSaver(keychain, m_ui->banner, this);
    m_registration = new ApplicationRegistration(
            {m_ui->nameEdit, m_ui->registerButton, m_ui->nameHint, m_ui->banner}, m_secrets, this);
    connect(m_registration, &ApplicationRegistration::registered, this,
            &ApplicationsPage::showRegistered);
    connect(m_registration, &ApplicationRegistration::credentialsShown, this,
            [this](const Application &app, QDialog *dialog) {
                m_actions->offerAccess(app, dialog);
                // Fill in the server's view of the new row (created, created by).
                refresh();
            });
    connect(m_registration, &ApplicationRegistration::secretSaved, m_details,
            &ApplicationDetails::updateStoredSecrets);
    connect(m_registration, &ApplicationRegistration::listChanged, this,
            &ApplicationsPage::refresh);
    m_token = new ApplicationTokenFlow(keychain, m_ui->banner, m_ui->getTokenButton, this);
    connect(m_token, &ApplicationTokenFlow::stateChanged, this, &ApplicationsPage::updateSelection);
    connect(m_token, &ApplicationTokenFlow::identityChanged, this, &ApplicationsPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApplicationsPage::refresh);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &ApplicationsPage::getToken);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationsPage::updateSelection);
    connect(m_ui->tableView, &QTableView::activated, this, &ApplicationsPage::getToken);
    connect(m_skeleton, &TablePageSkeleton::refreshRequested, this, &ApplicationsPage::refresh);
    m_actions = new ApplicationActions({m_ui->tableView, m_model, m_proxy}, m_ui->banner, keychain,
                                       m_secrets, this);
    connect(m_actions, &ApplicationActions::listChanged, this, &ApplicationsPage::refresh);

    m_skeleton->addStopButton(m_ui->getTokenButton);
    connect(m_skeleton, &TablePageSkeleton::stopRequested, this, &ApplicationsPage::stopLoading);
    m_insertion = new ChunkedInsertion(InsertChunkRows, this);
    connect(m_insertion, &ChunkedInsertion::progress, this, [this](qsizetype done, qsizetype all) {
        m_ui->listTitle->setText(
                noun().pick(tr("Applications on this console (loading %1 of %2…)"),
                            tr("Service accounts on this console (loading %1 of %2…)"))
                        .arg(QLocale().toString(done), QLocale().toString(all)));
    });
    connect(m_insertion, &ChunkedInsertion::finished, this, &ApplicationsPage::insertionDone);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Name, client ID or creator"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    auto *filterLabel = new QLabel(tr("Filter r&ows:"), this);
    filterLabel->setBuddy(m_filterEdit);
    const int filterAt = m_ui->listHeaderLayout->indexOf(m_skeleton->stopButton());
    m_ui->listHeaderLayout->insertWidget(filterAt, filterLabel);
    m_ui->listHeaderLayout->insertWidget(filterAt + 1, m_filterEdit);
    m_proxy->setFilterRole(ApplicationsModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!isLoading() && !loadFailed() && m_session)
            showListOrPlaceholder();
    });
    m_skeleton->addToolBar(m_actions->toolBar(), exportTexts());

    m_registration->validateName();
    applyNoun();
    setSession(nullptr);
}

ObjectNoun ApplicationsPage::noun() const
{
    return ObjectNoun::of(m_session);
}

TableExportFlow::Texts ApplicationsPage::exportTexts() const
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

void ApplicationsPage::followConsoleWords()
{
    if (noun().kind() != m_appliedNoun.kind())
        applyNoun();
}

void ApplicationsPage::applyNoun()
{
    // The texts of the form and the page's fixed labels; texts made later (banners,
    // placeholders, dialogs) ask noun() when they are made.
    const ObjectNoun words = noun();
    const bool changed = words.kind() != m_appliedNoun.kind();
    m_appliedNoun = words;
    m_ui->registerGroup->setTitle(
            words.pick(tr("Register an application"), tr("Register a service account")));
    m_ui->nameLabel->setText(words.pick(tr("Application &name:"), tr("Service account &name:")));
    m_ui->registerButton->setText(
            words.pick(tr("&Register application"), tr("&Register service account")));
    m_ui->getTokenButton->setToolTip(
            words.pick(tr("Sign in as the selected application (client credentials) and show "
                          "its access token"),
                       tr("Sign in as the selected service account (client credentials) and "
                          "show its access token")));
    m_ui->tableView->setAccessibleName(words.capitalPlural());
    m_ui->tableView->setAccessibleDescription(
            words.pick(tr("Arrow keys choose an application; Enter gets a token for it; the "
                          "context menu (Menu key) has more actions."),
                       tr("Arrow keys choose a service account; Enter gets a token for it; the "
                          "context menu (Menu key) has more actions.")));
    m_skeleton->stopButton()->setToolTip(
            words.pick(tr("Stop reading the list; the applications shown so far stay (Esc)"),
                       tr("Stop reading the list; the service accounts shown so far stay (Esc)")));
    m_skeleton->exportFlow()->setTexts(exportTexts());
    m_model->setNoun(words);
    m_actions->applyNoun();
    if (!isLoading() && !loadFailed())
        m_ui->listTitle->setText(m_session && m_model->rowCount() > 0
                                         ? words.pick(tr("Applications on this console (%1)"),
                                                      tr("Service accounts on this console (%1)"))
                                                   .arg(QLocale().toString(m_model->rowCount()))
                                         : words.pick(tr("Applications on this console"),
                                                      tr("Service accounts on this console")));
    updateSelection();
    if (m_session && !isLoading() && !loadFailed())
        showListOrPlaceholder();
    if (changed)
        Q_EMIT nounChanged();
}

ApplicationsPage::~ApplicationsPage()
{
    if (m_listJob)
        m_listJob->abandon();
}

QTableView *ApplicationsPage::tableView() const
{
    return m_ui->tableView;
}

MessageBanner *ApplicationsPage::banner() const
{
    return m_ui->banner;
}

QString ApplicationsPage::consoleKey() const
{
    return m_session ? m_session->baseUrl().toString() : QString();
}

bool ApplicationsPage::isRegistering() const
{
    return m_registration->isRegistering();
}

QString ApplicationsPage::registeringName() const
{
    return m_registration->registeringName();
}

void ApplicationsPage::checkInterruptedCreate(const QString &name)
{
    m_registration->checkInterruptedCreate(name);
}

bool ApplicationsPage::isGettingToken() const
{
    return m_token->isBusy();
}

bool ApplicationsPage::loadFailed() const
{
    return m_skeleton->loadFailed();
}

void ApplicationsPage::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    if (m_listJob)
        m_listJob->abandon();
    m_registration->setSession(session);
    m_token->setSession(session);
    m_details->setSession(session);
    m_skeleton->exportFlow()->cancel();
    m_insertion->stop();
    m_pending.clear();
    m_inserting = false;
    m_skeleton->setLoading(false);
    m_model->clear();
    m_ui->banner->clear();
    m_skeleton->forgetLoadFailure();
    m_actions->setSession(session);
    m_ui->registerGroup->setEnabled(session);
    m_ui->refreshButton->setEnabled(session);
    m_details->updateStoredSecrets();
    applyNoun();
    if (session) {
        // The probe after sign-in (or the profile's cache) may know the console's word before
        // this page's first list does.
        connect(session, &Session::capabilitiesChanged, this, &ApplicationsPage::followConsoleWords,
                Qt::UniqueConnection);
        refresh();
    } else
        m_skeleton->showPlaceholder(tr("Sign in to see the applications of a console."));
}

void ApplicationsPage::focusForm()
{
    m_ui->nameEdit->setFocus();
}

void ApplicationsPage::registerApplication()
{
    m_registration->registerApplication();
}

void ApplicationsPage::refresh()
{
    if (!m_session || isLoading())
        return;
    m_ui->refreshButton->setEnabled(false);
    m_skeleton->setLoading(true);
    m_skeleton->updateExportAction();
    if (m_model->rowCount() == 0)
        m_skeleton->showPlaceholder(
                noun().pick(tr("Loading applications…"), tr("Loading service accounts…")));
    auto *job = RunaiClient(m_session).listApplications();
    m_listJob = job;
    connect(job, &ApiJob::finished, this, &ApplicationsPage::listFinished);
    job->start();
}

void ApplicationsPage::listFinished(ApiJob *job)
{
    // The job deletes itself later; from here on no load is in flight.
    m_listJob = nullptr;
    m_ui->refreshButton->setEnabled(m_session);
    // The first list of a session tells which API (and so which word) the console has.
    followConsoleWords();
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
        updateSelection();
        m_skeleton->updateExportAction();
        return;
    }
    m_skeleton->forgetLoadFailure();
    // GET /api/v1/apps has no offset/limit in the published API (nor does /service-accounts), so
    // the whole list comes in one answer and cannot be paged. What would freeze the window is
    // putting 5,000 rows into the table at once (the sorting proxy places every row): they go
    // in InsertChunkRows per event-loop turn instead, with progress and Stop like the Users page.
    m_keepSelectedId = selectedApplication().id;
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

void ApplicationsPage::insertChunk(qsizetype from, qsizetype count)
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

void ApplicationsPage::stopLoading()
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

void ApplicationsPage::insertionDone()
{
    m_inserting = false;
    m_pending.clear();
    m_skeleton->setLoading(false);
    m_ui->listTitle->setText(noun().pick(tr("Applications on this console (%1)"),
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
            m_ui->tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    showListOrPlaceholder(); // no rows, or the filter may hide every row
    m_skeleton->clearLoadFailure();
    updateSelection();
}

void ApplicationsPage::resizeColumns()
{
    // Measure the rows on screen and up to 100 more, not all of them: measuring 500 rows of
    // three columns took ~20 ms, a visible stall.
    m_ui->tableView->horizontalHeader()->setResizeContentsPrecision(100);
    for (int column : {int(ApplicationsModel::NameColumn), int(ApplicationsModel::ClientIdColumn),
                       int(ApplicationsModel::CreatedColumn)})
        m_ui->tableView->resizeColumnToContents(column);
}

void ApplicationsPage::showListOrPlaceholder()
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

QAction *ApplicationsPage::exportCsvAction() const
{
    return m_skeleton->exportFlow()->action();
}

TableCsvExport *ApplicationsPage::exporter() const
{
    return m_skeleton->exportFlow()->exporter();
}

void ApplicationsPage::showRegistered(const Application &app)
{
    m_model->addOrUpdate(app);
    m_skeleton->showTable();
    const int row = m_model->rowOf(app.id);
    m_ui->tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

Application ApplicationsPage::selectedApplication() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->application(m_proxy->mapToSource(rows.first()).row());
}

void ApplicationsPage::updateSelection()
{
    m_details->update();
    m_ui->getTokenButton->setEnabled(!selectedApplication().id.isEmpty() && m_session
                                     && !isGettingToken());
}

void ApplicationsPage::getToken()
{
    const Application app = selectedApplication();
    m_token->getToken(app, m_model->isSecretStored(app.clientId));
}

} // namespace runai
