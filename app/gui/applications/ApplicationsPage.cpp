// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationsPage.h"
#include "ui_ApplicationsPage.h"

#include "api/LostCreateCheck.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/ClientSecretDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/TableExportFlow.h"
#include "gui/widgets/Theme.h"
#include "models/ApplicationsModel.h"
#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"
#include "secrets/KeychainBridge.h"
#include "ui_TokenDialog.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationsPage::ApplicationsPage(KeychainBridge *keychain, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationsPage>())
    , m_keychain(keychain)
{
    m_ui->setupUi(this);
    QFont title = m_ui->listTitle->font();
    title.setBold(true);
    m_ui->listTitle->setFont(title);

    m_model = new ApplicationsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->sortByColumn(ApplicationsModel::NameColumn, Qt::AscendingOrder);
    m_ui->tableView->verticalHeader()->setVisible(false);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
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
    m_ui->clientIdField->setMode(SecretField::Mode::Plain);
    m_ui->clientIdField->setLabelText(tr("Client ID"));
    m_ui->clientIdField->setReadOnly(true);
    m_ui->clientSecretField->setLabelText(tr("Client secret"));
    m_ui->clientSecretField->setReadOnly(true);
    m_ui->clientSecretField->setOnDemand(true);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ApplicationsPage::validateName);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this,
            &ApplicationsPage::registerApplication);
    connect(m_ui->registerButton, &QPushButton::clicked, this,
            &ApplicationsPage::registerApplication);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApplicationsPage::refresh);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &ApplicationsPage::getToken);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationsPage::updateSelection);
    connect(m_ui->tableView, &QTableView::activated, this, &ApplicationsPage::getToken);
    connect(m_ui->clientSecretField, &SecretField::secretRequested, this,
            &ApplicationsPage::requestSelectedSecret);
    if (m_keychain) {
        connect(m_keychain, &KeychainBridge::indexChanged, this,
                &ApplicationsPage::updateStoredSecrets);
        connect(m_keychain, &KeychainBridge::storeChanged, this, [this] {
            m_model->setSecretsKeptForSessionOnly(!m_keychain->isPersistent());
            updateSelection();
        });
    }
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &ApplicationsPage::refresh);
    m_actions = new ApplicationActions(this, keychain);

    m_stopButton = new QPushButton(tr("Stop Loading"), this);
    m_stopButton->setObjectName(u"stopLoadingButton"_s);
    m_ui->listHeaderLayout->insertWidget(m_ui->listHeaderLayout->indexOf(m_ui->getTokenButton),
                                         m_stopButton);
    connect(m_stopButton, &QPushButton::clicked, this, &ApplicationsPage::stopLoading);
    m_stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopShortcut, &QShortcut::activated, this, &ApplicationsPage::stopLoading);
    showStop(false);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Name, client ID or creator"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    auto *filterLabel = new QLabel(tr("Filter r&ows:"), this);
    filterLabel->setBuddy(m_filterEdit);
    const int filterAt = m_ui->listHeaderLayout->indexOf(m_stopButton);
    m_ui->listHeaderLayout->insertWidget(filterAt, filterLabel);
    m_ui->listHeaderLayout->insertWidget(filterAt + 1, m_filterEdit);
    m_proxy->setFilterRole(ApplicationsModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!isLoading() && !m_loadFailed && m_session)
            showListOrPlaceholder();
    });

    m_export = new TableExportFlow(m_ui->tableView, m_actions->toolBar(), m_ui->banner,
                                   exportTexts(), this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ApplicationsPage::updateExportAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateExportAction);

    validateName();
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
    m_stopButton->setToolTip(
            words.pick(tr("Stop reading the list; the applications shown so far stay (Esc)"),
                       tr("Stop reading the list; the service accounts shown so far stay (Esc)")));
    m_export->setTexts(exportTexts());
    m_model->setNoun(words);
    m_actions->applyNoun();
    if (!isLoading() && !m_loadFailed)
        m_ui->listTitle->setText(m_session && m_model->rowCount() > 0
                                         ? words.pick(tr("Applications on this console (%1)"),
                                                      tr("Service accounts on this console (%1)"))
                                                   .arg(QLocale().toString(m_model->rowCount()))
                                         : words.pick(tr("Applications on this console"),
                                                      tr("Service accounts on this console")));
    updateSelection();
    if (m_session && !isLoading() && !m_loadFailed)
        showListOrPlaceholder();
    if (changed)
        Q_EMIT nounChanged();
}

ApplicationsPage::~ApplicationsPage()
{
    for (ApiJob *job :
         {m_listJob.data(), m_createJob.data(), m_tokenJob.data(), m_identityJob.data()}) {
        if (job)
            job->abandon();
    }
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

void ApplicationsPage::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    for (ApiJob *job : {m_listJob.data(), m_createJob.data(), m_tokenJob.data()}) {
        if (job)
            job->abandon();
    }
    m_export->cancel();
    m_pending.clear();
    m_inserting = false;
    showStop(false);
    m_model->clear();
    m_ui->banner->clear();
    m_loadFailed = false;
    m_actions->setSession(session);
    m_ui->registerGroup->setEnabled(session);
    m_ui->refreshButton->setEnabled(session);
    updateStoredSecrets();
    applyNoun();
    if (session) {
        // The probe after sign-in (or the profile's cache) may know the console's word before
        // this page's first list does.
        connect(session, &Session::capabilitiesChanged, this, &ApplicationsPage::followConsoleWords,
                Qt::UniqueConnection);
        refresh();
    } else
        showPlaceholder(tr("Sign in to see the applications of a console."));
}

void ApplicationsPage::showPlaceholder(const QString &text)
{
    m_ui->placeholderLabel->setText(text);
    m_ui->tableStack->setCurrentWidget(m_ui->placeholderPage);
}

void ApplicationsPage::validateName()
{
    const QString name = m_ui->nameEdit->text();
    if (name.isEmpty()) {
        m_ui->nameHint->setStyleSheet({});
        m_ui->nameHint->setText(tr("Lowercase letters, digits, '-' and '_'. Starts with a letter "
                                   "and ends with a letter or digit."));
        m_ui->registerButton->setEnabled(false);
        return;
    }
    const auto result = InputValidation::applicationName(name);
    if (result.ok) {
        m_ui->nameHint->setStyleSheet({});
        m_ui->nameHint->setText(noun().pick(tr("\"%1\" is a valid application name."),
                                            tr("\"%1\" is a valid service account name."))
                                        .arg(name));
    } else {
        m_ui->nameHint->setStyleSheet(theme::hintStyle(m_ui->nameHint, true));
        m_ui->nameHint->setText(result.reason);
    }
    m_ui->registerButton->setEnabled(result.ok && !m_createJob && m_session
                                     && !(m_lostCreate && m_lostCreate->isChecking()));
}

void ApplicationsPage::focusForm()
{
    m_ui->nameEdit->setFocus();
}

void ApplicationsPage::refresh()
{
    if (!m_session || isLoading())
        return;
    m_ui->refreshButton->setEnabled(false);
    showStop(true);
    updateExportAction();
    if (m_model->rowCount() == 0)
        showPlaceholder(noun().pick(tr("Loading applications…"), tr("Loading service accounts…")));
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
        showStop(false);
        updateExportAction();
        return;
    }
    if (!job->succeeded()) {
        m_loadFailed = true;
        qCInfo(lcApplicationsPage) << "list failed:" << job->error().logString();
        const QString message = job->error().userMessage();
        m_ui->banner->showError(noun().pick(tr("The applications could not be loaded. %1"),
                                            tr("The service accounts could not be loaded. %1"))
                                        .arg(message));
        m_loadErrorText = m_ui->banner->text();
        // Never an empty table that looks like "no applications".
        m_model->clear();
        // Refused for the lack of a session: it loads again by itself once the user signed in
        // again ("Sign in again" over the page), without a Refresh.
        if (job->error().kind() == ApiError::Kind::Unauthorized && m_session
            && m_session->retryWhenSessionIsBack(this, [this] { refresh(); }))
            showPlaceholder(noun().pick(
                    tr("The applications could not be loaded (see the message above).\n"
                       "This list is unknown, not empty. It loads again as soon as you are "
                       "signed in again."),
                    tr("The service accounts could not be loaded (see the message above).\n"
                       "This list is unknown, not empty. It loads again as soon as you are "
                       "signed in again.")));
        else
            showPlaceholder(noun().pick(
                    tr("The applications could not be loaded (see the message above).\n"
                       "This list is unknown, not empty. Press Refresh (F5) to try again."),
                    tr("The service accounts could not be loaded (see the message above).\n"
                       "This list is unknown, not empty. Press Refresh (F5) to try again.")));
        showStop(false);
        updateSelection();
        updateExportAction();
        return;
    }
    m_loadFailed = false;
    // GET /api/v1/apps has no offset/limit in the published API (nor does /service-accounts), so
    // the whole list comes in one answer and cannot be paged. What would freeze the window is
    // putting 5,000 rows into the table at once (the sorting proxy places every row): they go
    // in InsertChunkRows per event-loop turn instead, with progress and Stop like the Users page.
    m_keepSelectedId = selectedApplication().id;
    m_pending = static_cast<ApplicationListJob *>(job)->result();
    m_pendingNext = 0;
    m_inserting = true;
    if (m_pending.size() <= InsertChunkRows) {
        // A small list is complete right here, in one step.
        m_model->setApplications(std::exchange(m_pending, {}));
        insertionDone();
        return;
    }
    // Not even the first chunk in this turn, which already parsed the whole answer. The old rows
    // stay until the first chunk replaces them.
    QTimer::singleShot(0, this, &ApplicationsPage::insertChunk);
}

void ApplicationsPage::insertChunk()
{
    if (!m_inserting)
        return;
    ApplicationList chunk = m_pending.mid(m_pendingNext, InsertChunkRows);
    if (m_pendingNext == 0) {
        m_model->setApplications(std::move(chunk)); // replaces the previous list
        m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
        resizeColumns(); // on the first chunk: measuring 5,000 rows at the end took ~35 ms
    } else {
        m_model->appendApplications(std::move(chunk));
    }
    m_pendingNext = qMin(m_pendingNext + InsertChunkRows, m_pending.size());
    m_ui->listTitle->setText(
            noun().pick(tr("Applications on this console (loading %1 of %2…)"),
                        tr("Service accounts on this console (loading %1 of %2…)"))
                    .arg(QLocale().toString(m_pendingNext), QLocale().toString(m_pending.size())));
    if (m_pendingNext < m_pending.size()) {
        QTimer::singleShot(0, this, &ApplicationsPage::insertChunk);
        return;
    }
    insertionDone();
}

void ApplicationsPage::showStop(bool loading)
{
    m_stopButton->setVisible(loading);
    // Only while there is something to stop: otherwise Esc belongs to whoever has the focus
    // (a dialog over this page, a line edit).
    m_stopShortcut->setEnabled(loading);
}

void ApplicationsPage::stopLoading()
{
    if (m_listJob) {
        m_listJob->abandon(); // listFinished() with Cancelled: the rows shown stay
        return;
    }
    if (m_inserting)
        insertionDone(); // the rows inserted so far stay
}

void ApplicationsPage::insertionDone()
{
    m_inserting = false;
    m_pending.clear();
    m_pendingNext = 0;
    showStop(false);
    m_ui->listTitle->setText(noun().pick(tr("Applications on this console (%1)"),
                                         tr("Service accounts on this console (%1)"))
                                     .arg(QLocale().toString(m_model->rowCount())));
    updateExportAction();
    const QString selectedId = std::exchange(m_keepSelectedId, QString());
    if (m_model->rowCount() == 0) {
        showPlaceholder(
                noun().pick(tr("This console has no applications yet. Register one above."),
                            tr("This console has no service accounts yet. Register one above.")));
    } else {
        m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
        if (m_model->rowCount() <= InsertChunkRows)
            resizeColumns(); // a big list was measured on its first chunk
        const int row = m_model->rowOf(selectedId);
        if (row >= 0)
            m_ui->tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        showListOrPlaceholder(); // the filter may hide every row
    }
    // Only the load's own error goes: a lost create's message keeps its way out ("Regenerate
    // secret", "Try again") when the list refreshes behind it.
    if (m_ui->banner->kind() == MessageBanner::Kind::Error
        && m_ui->banner->text() == m_loadErrorText)
        m_ui->banner->clear();
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
        showPlaceholder(
                noun().pick(tr("This console has no applications yet. Register one above."),
                            tr("This console has no service accounts yet. Register one above.")));
    else if (m_proxy->rowCount() == 0 && !filter.isEmpty())
        showPlaceholder(noun().pick(tr("No applications match \"%1\"."),
                                    tr("No service accounts match \"%1\"."))
                                .arg(filter));
    else
        m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
}

QAction *ApplicationsPage::exportCsvAction() const
{
    return m_export->action();
}

TableCsvExport *ApplicationsPage::exporter() const
{
    return m_export->exporter();
}

void ApplicationsPage::updateExportAction()
{
    m_export->setAvailable(m_proxy->rowCount() > 0 && !isLoading());
}

void ApplicationsPage::registerApplication()
{
    if (!m_session || m_createJob)
        return;
    const QString name = m_ui->nameEdit->text();
    const auto valid = InputValidation::applicationName(name);
    if (!valid.ok) {
        m_ui->banner->showError(noun().pick(tr("\"%1\" cannot be an application name: %2"),
                                            tr("\"%1\" cannot be a service account name: %2"))
                                        .arg(name, valid.reason));
        m_ui->nameEdit->setFocus();
        return;
    }
    m_ui->banner->showInfo(tr("Registering \"%1\"…").arg(name));
    m_ui->nameEdit->setEnabled(false);
    m_ui->registerButton->setEnabled(false);
    auto *job = RunaiClient(m_session).createApplication(name);
    m_createJob = job;
    m_createSentAt = QDateTime::currentDateTimeUtc();
    m_createName = name;
    connect(job, &ApiJob::finished, this, &ApplicationsPage::createFinished);
    job->start();
}

void ApplicationsPage::createFinished(ApiJob *job)
{
    m_createJob = nullptr;
    m_createAnsweredAt = QDateTime::currentDateTimeUtc();
    m_ui->nameEdit->setEnabled(true);
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        validateName();
        return;
    }
    const QString name = m_ui->nameEdit->text();
    ActivityRecorder::record(
            noun().pick(tr("Register application"), tr("Register service account")), name,
            job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcApplicationsPage) << "create failed:" << error.logString();
        if (LostCreateCheck::mayHaveCreated(error)) {
            // The POST may have created it: ask the console before offering to send it again.
            recoverLostCreate(name);
            return;
        }
        if (error.kind() == ApiError::Kind::Conflict)
            m_ui->banner->showError(
                    noun().pick(tr("An application named \"%1\" already exists on this console. "
                                   "Choose another name."),
                                tr("A service account named \"%1\" already exists on this "
                                   "console. Choose another name."))
                            .arg(name)
                    + (error.serverMessage().isEmpty()
                               ? QString()
                               : u' ' + tr("The server said: %1").arg(error.serverMessage())));
        else
            m_ui->banner->showError(error.userMessage());
        validateName();
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        return;
    }
    Application app = static_cast<ApplicationJob *>(job)->result();
    const QString secret = std::exchange(app.secret, QString());
    m_ui->banner->showSuccess(noun().pick(tr("Application \"%1\" registered."),
                                          tr("Service account \"%1\" registered."))
                                      .arg(app.name));
    m_ui->nameEdit->clear();
    validateName();

    m_model->addOrUpdate(app);
    m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
    const int row = m_model->rowOf(app.id);
    m_ui->tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());

    auto *dialog = new ApplicationCredentialsDialog(app.name, app.clientId, secret, this, noun());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    saveSecret(app, secret, dialog);
    m_actions->offerAccess(app, dialog);
    // Fill in the server's view of the new row (created, created by).
    refresh();
}

void ApplicationsPage::recoverLostCreate(const QString &name)
{
    delete m_lostCreate;
    auto *check = new LostCreateCheck(m_session, LostCreateCheck::Target::Application, name, this);
    check->setRequestWindow(m_createSentAt, m_createAnsweredAt);
    m_lostCreate = check;
    m_ui->banner->showInfo(tr("The console's answer to registering \"%1\" was lost on the way. "
                              "Checking whether it was created…")
                                   .arg(name));
    m_ui->nameEdit->setEnabled(false);
    m_ui->registerButton->setEnabled(false);
    connect(check, &LostCreateCheck::checked, this, &ApplicationsPage::lostCreateChecked);
    connect(check, &LostCreateCheck::remedied, this, &ApplicationsPage::lostSecretRegenerated);
    connect(check, &LostCreateCheck::remedyFailed, this, [this](LostCreateCheck *c) {
        m_ui->banner->showError(tr("\"%1\" exists, but a new client secret could not be made: %2")
                                        .arg(c->name(), c->error().userMessage()));
        if (c->outcome() == LostCreateCheck::Outcome::Existing) {
            offerToReplaceExistingSecret(c);
            return;
        }
        m_ui->banner->setAction(tr("&Regenerate secret"), [c = QPointer<LostCreateCheck>(c)] {
            if (c)
                c->remedy();
        });
    });
    check->start();
}

void ApplicationsPage::lostCreateChecked(LostCreateCheck *check)
{
    m_ui->nameEdit->setEnabled(true);
    const QString name = check->name();
    switch (check->outcome()) {
    case LostCreateCheck::Outcome::Created:
        // Nobody ever saw that secret, so replacing it breaks nothing: no confirmation needed.
        m_ui->banner->showWarning(
                tr("\"%1\" was created, but the answer carrying its client secret was lost, so "
                   "nobody has the secret. Regenerate it to get a new one (shown once, kept in "
                   "the keychain).")
                        .arg(name));
        m_ui->banner->setAction(
                tr("&Regenerate secret"), [this, check = QPointer<LostCreateCheck>(check)] {
                    if (!check)
                        return;
                    m_ui->banner->showInfo(
                            tr("Regenerating the client secret of \"%1\"…").arg(check->name()));
                    check->remedy();
                });
        if (m_ui->nameEdit->text() == name)
            m_ui->nameEdit->clear();
        refresh();
        break;
    case LostCreateCheck::Outcome::Existing: {
        // Not shown to be ours: it may be someone's live application. Say whose and when, and
        // replace nothing without a question that says what breaks.
        const QString never = tr("never");
        m_ui->banner->showWarning(
                noun().pick(tr("An application named \"%1\" already exists on this "
                               "console: created by %2 on %3, last signed in: %4. The console "
                               "does not show that your request created it, so its client "
                               "secret may be in use. Nothing new was registered."),
                            tr("A service account named \"%1\" already exists on this "
                               "console: created by %2 on %3, last signed in: %4. The console "
                               "does not show that your request created it, so its client "
                               "secret may be in use. Nothing new was registered."))
                        .arg(name, check->creator().isEmpty() ? tr("unknown") : check->creator(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date")),
                             modelformat::dateTime(check->lastLogin(), never)));
        offerToReplaceExistingSecret(check);
        refresh();
        break;
    }
    case LostCreateCheck::Outcome::NotCreated:
        m_ui->banner->showError(tr("The console's answer was lost and \"%1\" was not created. "
                                   "Nothing was registered: it is safe to try again.")
                                        .arg(name));
        m_ui->banner->setAction(tr("&Try again"), [this] { registerApplication(); });
        check->deleteLater();
        break;
    case LostCreateCheck::Outcome::Unknown:
    case LostCreateCheck::Outcome::Checking:
        m_ui->banner->showError(
                tr("The console's answer to registering \"%1\" was lost, and checking whether "
                   "it was created failed too: %2 Check again before registering it again.")
                        .arg(name, check->error().userMessage()));
        m_ui->banner->setAction(tr("&Check again"), [this, name] { recoverLostCreate(name); });
        check->deleteLater();
        break;
    }
    validateName();
}

void ApplicationsPage::offerToReplaceExistingSecret(LostCreateCheck *check)
{
    m_ui->banner->setAction(tr("Re&generate secret…"), [this,
                                                        check = QPointer<LostCreateCheck>(check)] {
        if (!check)
            return;
        const QString name = check->name();
        ConfirmationDialog::ask(
                this,
                noun().pick(tr("Replace the secret of an application in use?"),
                            tr("Replace the secret of a service account in use?")),
                noun().pick(tr("Regenerate the client secret of <b>%1</b>, created by %2 "
                               "on %3?<br><br>Every program that uses this "
                               "application's current secret stops working <b>at "
                               "once</b>, and stays locked out until it gets the new "
                               "one. Do this only if you know nobody uses it."),
                            tr("Regenerate the client secret of <b>%1</b>, created by %2 "
                               "on %3?<br><br>Every program that uses this service "
                               "account's current secret stops working <b>at once</b>, "
                               "and stays locked out until it gets the new one. Do "
                               "this only if you know nobody uses it."))
                        .arg(name.toHtmlEscaped(),
                             check->creator().isEmpty() ? tr("unknown")
                                                        : check->creator().toHtmlEscaped(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date"))),
                tr("&Regenerate"), [this, check] {
                    if (!check)
                        return;
                    m_ui->banner->showInfo(tr("Regenerating the client secret of "
                                              "\"%1\"…")
                                                   .arg(check->name()));
                    check->replaceAfterConfirmation();
                });
    });
}

void ApplicationsPage::lostSecretRegenerated(LostCreateCheck *check, const QString &secret)
{
    Application app = check->application();
    check->deleteLater();
    m_ui->banner->showSuccess(tr("\"%1\" has a new client secret.").arg(app.name));
    auto *dialog = new ApplicationCredentialsDialog(app.name, app.clientId, secret, this, noun());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    saveSecret(app, secret, dialog);
    validateName();
    refresh();
}

void ApplicationsPage::saveSecret(const Application &app, const QString &secret, QObject *dialog)
{
    QPointer<ApplicationCredentialsDialog> credentials
            = qobject_cast<ApplicationCredentialsDialog *>(dialog);
    if (!m_keychain) {
        if (credentials)
            credentials->setKeychainState(ApplicationCredentialsDialog::KeychainState::Failed,
                                          tr("no keychain is available."));
        return;
    }
    if (secret.isEmpty()) {
        if (credentials)
            credentials->setKeychainState(ApplicationCredentialsDialog::KeychainState::Failed,
                                          tr("the console did not send a secret."));
        return;
    }
    const SecretKey key{consoleKey(), QString(SecretKind::ClientSecret), app.clientId};
    auto waiting = connect(m_keychain, &KeychainBridge::waitingForKeychain, this, [credentials] {
        if (credentials
            && credentials->keychainState() == ApplicationCredentialsDialog::KeychainState::Saving)
            credentials->setKeychainState(ApplicationCredentialsDialog::KeychainState::Waiting);
    });
    const QString savedText
            = m_keychain->isPersistent()
                      ? tr("Saved in the %1. This program can show it and get tokens with it "
                           "later.")
                                .arg(m_keychain->backendName())
                      : tr("Kept for this session only (no keychain is available): it is gone when "
                           "the program quits.");
    m_keychain->write(
            key, secret, this,
            [this, credentials, waiting, savedText,
             name = app.name](const SecretDiagnosis &diagnosis) {
                disconnect(waiting);
                if (diagnosis.isOk()) {
                    if (credentials)
                        credentials->setKeychainState(
                                ApplicationCredentialsDialog::KeychainState::Saved, savedText);
                } else {
                    qCInfo(lcApplicationsPage) << "keychain write failed:" << diagnosis.kindName();
                    if (credentials)
                        credentials->setKeychainState(
                                ApplicationCredentialsDialog::KeychainState::Failed,
                                diagnosis.message());
                    m_ui->banner->showWarning(
                            noun().pick(tr("Application \"%1\" registered, but its client "
                                           "secret could not be saved in the keychain: %2"),
                                        tr("Service account \"%1\" registered, but its client "
                                           "secret could not be saved in the keychain: %2"))
                                    .arg(name, diagnosis.message()));
                }
                updateStoredSecrets();
            });
}

void ApplicationsPage::updateStoredSecrets()
{
    if (!m_keychain || !m_session) {
        m_model->setStoredSecrets({});
        return;
    }
    m_model->setStoredSecrets(
            m_keychain->knownIdentities(consoleKey(), QString(SecretKind::ClientSecret)));
    updateSelection();
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
    const Application app = selectedApplication();
    const bool selected = !app.id.isEmpty();
    m_ui->detailsGroup->setEnabled(selected);
    m_ui->getTokenButton->setEnabled(selected && m_session && !isGettingToken());
    const QString previousId = m_ui->clientIdField->text();
    m_ui->clientIdField->setText(app.clientId);
    if (previousId != app.clientId || !selected)
        m_ui->clientSecretField->clear();
    const bool stored = selected && m_model->isSecretStored(app.clientId);
    m_ui->clientSecretField->setEnabled(stored);
    if (!selected) {
        m_ui->detailsGroup->setTitle(
                noun().pick(tr("Selected application"), tr("Selected service account")));
        m_ui->clientSecretField->setPlaceholderText({});
        m_ui->secretStatusLabel->setText(noun().pick(tr("Select an application in the table."),
                                                     tr("Select a service account in the table.")));
    } else {
        m_ui->detailsGroup->setTitle(
                noun().pick(tr("Selected application: %1"), tr("Selected service account: %1"))
                        .arg(app.name));
        const bool persistent = !m_keychain || m_keychain->isPersistent();
        m_ui->clientSecretField->setPlaceholderText(
                !stored      ? QString()
                : persistent ? tr("Stored in the keychain — Show or Copy reads it")
                             : tr("Kept for this session — Show or Copy reads it"));
        m_ui->secretStatusLabel->setText(
                !stored ? tr("This program does not hold the client secret (the console shows it "
                             "only once, at registration). Get token asks for it.")
                        : secretLocationText());
    }
}

QString ApplicationsPage::secretLocationText() const
{
    return !m_keychain || m_keychain->isPersistent()
                   ? tr("The client secret is kept in the system keychain.")
                   : tr("The client secret is kept in memory for this session only.");
}

void ApplicationsPage::requestSelectedSecret()
{
    const Application app = selectedApplication();
    if (!m_keychain || app.id.isEmpty()) {
        m_ui->clientSecretField->failSecretRequest();
        return;
    }
    m_ui->secretStatusLabel->setText(tr("Reading the client secret from the keychain…"));
    const SecretKey key{consoleKey(), QString(SecretKind::ClientSecret), app.clientId};
    m_keychain->read(
            key, this,
            [this, clientId = app.clientId](const QString &secret,
                                            const SecretDiagnosis &diagnosis) {
                if (selectedApplication().clientId != clientId) {
                    m_ui->clientSecretField->failSecretRequest();
                    return;
                }
                if (!diagnosis.isOk()) {
                    m_ui->clientSecretField->failSecretRequest();
                    m_ui->secretStatusLabel->setText(
                            tr("The client secret could not be read: %1").arg(diagnosis.message()));
                    return;
                }
                m_ui->secretStatusLabel->setText(secretLocationText());
                m_ui->clientSecretField->provideSecret(secret);
            });
}

void ApplicationsPage::getToken()
{
    if (!m_session || isGettingToken())
        return;
    const Application app = selectedApplication();
    if (app.id.isEmpty())
        return;
    if (!m_keychain || !m_model->isSecretStored(app.clientId)) {
        auto *dialog = new ClientSecretDialog(app.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, app, dialog] { requestToken(app, dialog->secret()); });
        dialog->open();
        return;
    }
    m_readingSecret = true;
    m_ui->getTokenButton->setEnabled(false);
    m_ui->banner->showInfo(
            tr("Reading the client secret of \"%1\" from the keychain…").arg(app.name));
    const SecretKey key{consoleKey(), QString(SecretKind::ClientSecret), app.clientId};
    m_keychain->read(key, this,
                     [this, app](const QString &secret, const SecretDiagnosis &diagnosis) {
                         m_readingSecret = false;
                         if (!diagnosis.isOk() || secret.isEmpty()) {
                             m_ui->banner->showError(tr("The client secret of \"%1\" could not be "
                                                        "read from the keychain: %2")
                                                             .arg(app.name, diagnosis.message()));
                             updateSelection();
                             return;
                         }
                         requestToken(app, secret);
                     });
}

void ApplicationsPage::requestToken(const Application &app, const QString &secret)
{
    if (!m_session || m_tokenJob)
        return;
    m_ui->getTokenButton->setEnabled(false);
    m_ui->banner->showInfo(tr("Getting a token for \"%1\" (client credentials)…").arg(app.name));
    TokenJob *job = RunaiClient(m_session).clientCredentialsToken(app.clientId, secret, app.name);
    m_tokenJob = job;
    connect(job, &ApiJob::finished, this,
            [this, app, secret](ApiJob *done) { tokenFinished(done, app, secret); });
    job->start();
}

void ApplicationsPage::tokenFinished(ApiJob *job, const Application &app, const QString &secret)
{
    m_tokenJob = nullptr;
    updateSelection();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(
            noun().pick(tr("Get application token"), tr("Get service account token")), app.name,
            job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcApplicationsPage) << "token failed:" << error.logString();
        m_ui->banner->showError(tr("No token for \"%1\": %2").arg(app.name, error.userMessage()));
        return;
    }
    m_ui->banner->showSuccess(tr("The console issued a token to \"%1\".").arg(app.name));
    auto *dialog = new TokenDialog(app.name, static_cast<TokenJob *>(job)->result(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->ui()->useIdentityButton->setToolTip(
            noun().pick(tr("Work as this application from now on, to see what it is allowed to do"),
                        tr("Work as this service account from now on, to see what it is allowed "
                           "to do")));
    connect(dialog, &TokenDialog::useIdentityRequested, this, [this, app, secret, dialog] {
        dialog->close();
        useIdentity(app, secret);
    });
    dialog->open();
}

void ApplicationsPage::useIdentity(const Application &app, const QString &secret)
{
    if (!m_session || m_identityJob)
        return;
    m_ui->banner->showInfo(tr("Switching to the identity of \"%1\"…").arg(app.name));
    TokenJob *job = RunaiClient(m_session).signInApplication(app.clientId, secret, app.name);
    m_identityJob = job;
    connect(job, &ApiJob::finished, this, [this, name = app.name](ApiJob *done) {
        m_identityJob = nullptr;
        if (done->succeeded()) {
            m_ui->banner->showSuccess(
                    noun().pick(tr("You now work as \"%1\". Lists and actions show what this "
                                   "application may do. Sign out to return."),
                                tr("You now work as \"%1\". Lists and actions show what this "
                                   "service account may do. Sign out to return."))
                            .arg(name));
            refresh();
        } else if (done->error().kind() != ApiError::Kind::Cancelled) {
            m_ui->banner->showError(done->error().userMessage());
        }
    });
    job->start();
}

} // namespace runai
