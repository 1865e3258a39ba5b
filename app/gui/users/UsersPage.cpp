// SPDX-License-Identifier: MIT
#include "gui/users/UsersPage.h"
#include "ui_UsersPage.h"

#include "api/LostCreateCheck.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserListLoader.h"
#include "api/UserNameSupport.h"
#include "core/ActivityRecorder.h"
#include "core/AppSettings.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UserActions.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/TableExportFlow.h"
#include "gui/widgets/Theme.h"
#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"
#include "models/UsersModel.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

// The server's sortBy field for a column; empty when the server cannot sort by it (the proxy
// does, over the loaded rows). Names sort on the server only where it has names (3.0): an
// older console would refuse fullName, and never gets it.
QString serverSortField(int column, bool consoleHasNames)
{
    switch (column) {
    case UsersModel::EmailColumn:
        return u"username"_s;
    case UsersModel::NameColumn:
        return consoleHasNames ? u"fullName"_s : QString();
    case UsersModel::TypeColumn:
        return u"type"_s;
    case UsersModel::CreatedColumn:
        return u"creationTime"_s;
    case UsersModel::CreatedByColumn:
        return u"createdBy"_s;
    case UsersModel::LastLoginColumn:
        return u"lastLogin"_s;
    default:
        return {};
    }
}

} // namespace

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->listTitle->font();
    title.setBold(true);
    m_ui->listTitle->setFont(title);

    m_model = new UsersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsersModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->sortByColumn(UsersModel::EmailColumn, Qt::AscendingOrder);
    // Sorting is ours: a header click asks the server (sortBy) when it can sort by that column,
    // otherwise the proxy sorts the loaded rows. The view must not sort the proxy behind us.
    m_ui->tableView->setSortingEnabled(false);
    m_ui->tableView->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->tableView->horizontalHeader()->setSectionsClickable(true);
    connect(m_ui->tableView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &UsersPage::sortRequested);
    // The first load already asks for the email order (sortBy=username): the proxy then passes
    // pages through instead of placing each of 100,000 rows (after a 400 it sorts after all).
    m_sortOnServer = true;
    m_ui->tableView->verticalHeader()->setVisible(false);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableView->setColumnWidth(UsersModel::EmailColumn, 230);
    m_ui->tableView->setColumnWidth(UsersModel::NameColumn, 160);
    m_ui->tableView->setColumnWidth(UsersModel::IdColumn, 150);
    m_ui->tableView->setColumnWidth(UsersModel::TypeColumn, 70);
    m_ui->tableView->setColumnWidth(UsersModel::CreatedColumn, 130);
    m_ui->tableView->setColumnWidth(UsersModel::CreatedByColumn, 140);

    m_ui->createButton->setIcon(icons::icon(u"user-add"_s));
    m_ui->refreshButton->setIcon(icons::icon(u"refresh"_s));
    m_ui->notifyCheck->setToolTip(
            tr("The console emails the user a link to set their password. Consoles older than "
               "version 2.23 ignore this."));
    m_ui->resetPasswordCheck->setToolTip(
            tr("The user must choose a new password the first time they sign in."));

    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &UsersPage::validateEmail);
    connect(m_ui->emailEdit, &QLineEdit::returnPressed, this, &UsersPage::createUser);
    connect(m_ui->createButton, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UsersPage::refresh);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { startLoad(true); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &UsersPage::searchChanged);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &UsersPage::refresh);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, m_ui->searchEdit,
            qOverload<>(&QLineEdit::setFocus));
    m_actions = new UserActions(this);

    TableExportFlow::Texts exportTexts;
    exportTexts.toolTip = tr("Save the users as shown (visible columns, current search and order, "
                             "every loaded row) as a CSV file");
    exportTexts.dialogTitle = tr("Export Users to CSV");
    exportTexts.defaultFileName = u"runai-users.csv"_s;
    exportTexts.exporting = [](int rows, const QString &path) {
        return tr("Exporting %n user(s) to %1…", "", rows).arg(path);
    };
    exportTexts.exported = [](int rows, const QString &path) {
        return tr("Exported %n user(s) to %1.", "", rows).arg(path);
    };
    exportTexts.failed = [](const QString &path, const QString &error) {
        return tr("The users could not be exported to %1: %2").arg(path, error);
    };
    m_export = new TableExportFlow(m_ui->tableView, m_actions->toolBar(), m_ui->banner,
                                   std::move(exportTexts), this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &UsersPage::updateExportAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateExportAction);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateExportAction);

    m_stopButton = new QPushButton(tr("Stop Loading"), this);
    m_stopButton->setObjectName(u"stopLoadingButton"_s);
    m_stopButton->setToolTip(tr("Stop reading the list; the users loaded so far stay (Esc)"));
    m_stopButton->hide();
    m_ui->listHeaderLayout->insertWidget(m_ui->listHeaderLayout->indexOf(m_ui->refreshButton),
                                         m_stopButton);
    const auto stopLoading = [this] {
        if (m_listLoader)
            m_listLoader->cancel();
    };
    connect(m_stopButton, &QPushButton::clicked, this, stopLoading);
    m_stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_stopShortcut->setEnabled(false);
    connect(m_stopShortcut, &QShortcut::activated, this, stopLoading);

    validateEmail();
    applyNameSupport();
    setSession(nullptr);
}

UsersPage::~UsersPage()
{
    if (m_listLoader)
        m_listLoader->cancel();
    for (ApiJob *job : {m_createJob.data()}) {
        if (job)
            job->abandon();
    }
}

QTableView *UsersPage::tableView() const
{
    return m_ui->tableView;
}

void UsersPage::focusForm()
{
    m_ui->emailEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->emailEdit->selectAll();
}

void UsersPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

MessageBanner *UsersPage::banner() const
{
    return m_ui->banner;
}

void UsersPage::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_searchTimer->stop();
    m_export->cancel();
    // What one console accepts says nothing about the next.
    m_serverSearch = Support::Unknown;
    m_serverSort = Support::Unknown;
    if (m_listLoader)
        m_listLoader->cancel();
    for (ApiJob *job : {m_createJob.data()}) {
        if (job)
            job->abandon();
    }
    m_model->clear();
    m_ui->banner->clear();
    m_loadFailed = false;
    m_actions->setSession(session);
    if (auto *names = UserNameSupport::of(session))
        connect(names, &UserNameSupport::changed, this, &UsersPage::applyNameSupport,
                Qt::UniqueConnection);
    applyNameSupport();
    m_ui->createGroup->setEnabled(session);
    m_ui->refreshButton->setEnabled(session);
    if (session)
        refresh();
    else
        showPlaceholder(tr("Sign in to see the users of a console."));
}

bool UsersPage::consoleHasNames() const
{
    return UserNameSupport::supported(m_session);
}

void UsersPage::applyNameSupport()
{
    // Offered only where the console stores names: elsewhere the fields would be dropped (or
    // refused), and an always-empty column only takes room.
    const bool names = consoleHasNames();
    m_ui->firstNameLabel->setVisible(names);
    m_ui->namesRow->setVisible(names);
    if (!names) {
        m_ui->firstNameEdit->clear();
        m_ui->lastNameEdit->clear();
    }
    m_ui->tableView->horizontalHeader()->setSectionHidden(UsersModel::NameColumn, !names);
}

void UsersPage::showPlaceholder(const QString &text)
{
    m_ui->placeholderLabel->setText(text);
    m_ui->tableStack->setCurrentWidget(m_ui->placeholderPage);
}

void UsersPage::updatePlaceholderForFilter()
{
    if (m_loadFailed || isLoading() || !m_session)
        return;
    const QString search = m_ui->searchEdit->text().trimmed();
    if (m_proxy->rowCount() == 0 && !search.isEmpty())
        // While the server is still to be asked, it may well find users not loaded here.
        showPlaceholder(m_searchTimer->isActive()
                                ? tr("Searching the console for \"%1\"…").arg(search)
                                : tr("No users match \"%1\".").arg(search));
    else if (m_model->rowCount() == 0)
        showPlaceholder(tr("This console has no users yet."));
    else
        m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
}

void UsersPage::validateEmail()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    if (email.isEmpty()) {
        m_ui->emailHint->setStyleSheet({});
        m_ui->emailHint->setText(tr("The user signs in with this address."));
        m_ui->createButton->setEnabled(false);
        return;
    }
    const auto result = InputValidation::email(email);
    m_ui->emailHint->setStyleSheet(theme::hintStyle(m_ui->emailHint, !result.ok));
    m_ui->emailHint->setText(result.ok ? tr("The user signs in with this address.")
                                       : result.reason);
    m_ui->createButton->setEnabled(result.ok && m_session && !m_createJob
                                   && !(m_lostCreate && m_lostCreate->isChecking()));
}

bool UsersPage::isLoading() const
{
    return m_listLoader && m_listLoader->isRunning();
}

void UsersPage::refresh()
{
    if (!m_session || isLoading())
        return;
    m_model->clear();
    showPlaceholder(tr("Loading users…"));
    startLoad(false);
}

void UsersPage::startLoad(bool keepRows)
{
    if (!m_session)
        return;
    m_searchTimer->stop();
    if (m_listLoader) {
        // Superseded (the search or the order changed): its pages must not land any more.
        m_listLoader->disconnect(this);
        m_listLoader->cancel();
        m_listLoader->deleteLater();
    }
    UserQuery query;
    if (m_serverSearch != Support::No)
        query.search = m_ui->searchEdit->text().trimmed();
    const QHeaderView *header = m_ui->tableView->horizontalHeader();
    if (m_sortOnServer && m_serverSort != Support::No) {
        query.sortBy = serverSortField(header->sortIndicatorSection(), consoleHasNames());
        if (!query.sortBy.isEmpty())
            query.sortOrder = header->sortIndicatorOrder() == Qt::AscendingOrder ? u"asc"_s
                                                                                 : u"desc"_s;
    }
    m_query = query;
    m_replaceOnFirstPage = keepRows && m_model->rowCount() > 0;
    if (keepRows && m_model->rowCount() == 0)
        showPlaceholder(query.search.isEmpty()
                                ? tr("Loading users…")
                                : tr("Searching the console for \"%1\"…").arg(query.search));
    m_ui->refreshButton->setEnabled(false);
    // Page by page (500 a request): the first rows show at once on a console with 100,000
    // users, and the table fills while the rest arrives.
    m_listLoader = new UserListLoader(m_session, this);
    m_listLoader->setQuery(query);
    // A ceiling for consoles without a count (and hostile ones), configurable for the rare
    // console with more users than the default.
    m_listLoader->setMaxUsers(AppSettings().maxListedUsers(UserListLoader::DefaultMaxUsers));
    connect(m_listLoader, &UserListLoader::pageLoaded, this, &UsersPage::pageArrived);
    connect(m_listLoader, &UserListLoader::progress, this, &UsersPage::listProgress);
    connect(m_listLoader, &UserListLoader::finished, this, &UsersPage::listFinished);
    m_listLoader->start();
    showStop(true);
    updateExportAction();
}

void UsersPage::pageArrived(const UserList &users)
{
    if (m_listLoader && m_listLoader->isUnpaged() && m_serverSearch != Support::No) {
        // A 2.18/2.19 console answers its whole list and knows no search or sortBy: the loader
        // did not send them, so the proxy filters and sorts the rows here.
        m_serverSearch = Support::No;
        m_serverSort = Support::No;
        m_query.search.clear();
        m_query.sortBy.clear();
        m_query.sortOrder.clear();
        m_proxy->setFilterFixedString(m_ui->searchEdit->text().trimmed());
        const QHeaderView *header = m_ui->tableView->horizontalHeader();
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    if (std::exchange(m_replaceOnFirstPage, false)) {
        serverResultArrived();
        m_model->setUsers(users);
        return;
    }
    if (m_model->rowCount() == 0)
        serverResultArrived();
    m_model->appendUsers(users);
}

void UsersPage::serverResultArrived()
{
    // The server answered the query as sent: it knows search / sortBy, and its result is
    // already filtered and ordered, so the proxy stops doing it (it filtered the old rows while
    // the user typed, and sorted them while the server was asked).
    if (!m_query.search.isEmpty()) {
        m_serverSearch = Support::Yes;
        m_proxy->setFilterFixedString({});
    }
    if (!m_query.sortBy.isEmpty()) {
        m_serverSort = Support::Yes;
        m_proxy->sort(-1);
    }
}

void UsersPage::searchChanged(const QString &text)
{
    // At once over the rows shown, so typing answers immediately (and for servers without
    // `search` this is the search).
    m_proxy->setFilterFixedString(text.trimmed());
    if (m_session && m_serverSearch != Support::No) {
        // The running load answers an older text: stop it now, ask again once typing pauses.
        if (m_listLoader && m_listLoader->isRunning()) {
            m_listLoader->disconnect(this);
            m_listLoader->cancel();
            m_replaceOnFirstPage = false;
            showStop(false);
            m_ui->refreshButton->setEnabled(true);
        }
        m_searchTimer->start();
    }
    updatePlaceholderForFilter();
}

void UsersPage::sortRequested(int column, Qt::SortOrder order)
{
    // At once over the rows shown; when the server can sort by this column, its order replaces
    // this with the first page of the reload (and covers users not loaded yet).
    m_proxy->sort(column, order);
    m_sortOnServer = !serverSortField(column, consoleHasNames()).isEmpty();
    if (m_session && m_sortOnServer && m_serverSort != Support::No)
        startLoad(true);
}

void UsersPage::listProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    m_ui->listTitle->setText(
            total > 0 ? tr("Users on this console (loading %1 of %2…)")
                                .arg(locale.toString(loaded), locale.toString(total))
                      : tr("Users on this console (loading %1…)").arg(locale.toString(loaded)));
    if (loaded > 0 && m_ui->tableStack->currentWidget() != m_ui->tablePage) {
        // Measured once, on the first page, with the table shown (a hidden view measures
        // nothing); later pages keep these widths so the columns never jump.
        m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
        for (int column :
             {int(UsersModel::EmailColumn), int(UsersModel::NameColumn), int(UsersModel::IdColumn),
              int(UsersModel::CreatedColumn), int(UsersModel::CreatedByColumn)})
            m_ui->tableView->resizeColumnToContents(column);
    }
}

void UsersPage::showStop(bool loading)
{
    m_stopButton->setVisible(loading);
    // Only while there is something to stop: otherwise Esc belongs to whoever has the focus
    // (a dialog over this page, a line edit).
    m_stopShortcut->setEnabled(loading);
}

void UsersPage::listFinished(const ApiError &error)
{
    m_ui->refreshButton->setEnabled(m_session);
    showStop(false);
    updateExportAction();
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled && error.httpStatus() == 400) {
        // A console that does not know `search` or `sortBy` answers 400 for the unknown
        // parameter (the client cannot tell the version in advance). Remember it for this
        // session and let the proxy filter / sort instead.
        bool fallBack = false;
        if (!m_query.search.isEmpty() && m_serverSearch != Support::Yes) {
            m_serverSearch = Support::No;
            fallBack = true;
        }
        if (!m_query.sortBy.isEmpty() && m_serverSort != Support::Yes) {
            m_serverSort = Support::No;
            const QHeaderView *header = m_ui->tableView->horizontalHeader();
            m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
            fallBack = true;
        }
        if (fallBack) {
            qCInfo(lcUsersPage) << "the console refused search/sortBy (400); filtering and"
                                << "sorting here instead:" << error.logString();
            // Not from inside the loader's own signal.
            QTimer::singleShot(0, this, [this] { startLoad(true); });
            return;
        }
    }
    if (error.kind() != ApiError::Kind::Cancelled && !error.isError()
        && std::exchange(m_replaceOnFirstPage, false)) {
        // Nothing matched: the old rows go now.
        serverResultArrived();
        m_model->clear();
    }
    m_replaceOnFirstPage = false;
    const QLocale locale;
    const QString count = locale.toString(m_model->rowCount());
    // A complete answer to a server-side search holds only the matches: say so.
    m_ui->listTitle->setText(!error.isError() && !m_query.search.isEmpty()
                                     ? tr("Users matching \"%1\" (%2)").arg(m_query.search, count)
                                     : tr("Users on this console (%1)").arg(count));
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (error.isError()) {
        m_loadFailed = true;
        qCInfo(lcUsersPage) << "list failed:" << error.logString();
        m_ui->banner->showError(tr("The users could not be loaded. %1").arg(error.userMessage()));
        m_loadErrorText = m_ui->banner->text();
        m_model->clear();
        m_ui->listTitle->setText(tr("Users on this console"));
        updateExportAction();
        // Refused for the lack of a session: it loads again by itself once the user signed in
        // again ("Sign in again" over the page), without a Refresh.
        if (error.kind() == ApiError::Kind::Unauthorized && m_session
            && m_session->retryWhenSessionIsBack(this, [this] { refresh(); }))
            showPlaceholder(tr("The users could not be loaded (see the message above).\n"
                               "This list is unknown, not empty. It loads again as soon as you "
                               "are signed in again."));
        else
            showPlaceholder(
                    tr("The users could not be loaded (see the message above).\n"
                       "This list is unknown, not empty. Press Refresh (F5) to try again."));
        return;
    }
    m_loadFailed = false;
    // Once, at the end: the first page may not have held the longest address on screen.
    m_ui->tableView->resizeColumnToContents(UsersModel::EmailColumn);
    // Only the load's own error goes: a lost create's message keeps its way out ("Regenerate
    // secret", "Try again") when the list refreshes behind it.
    if (m_ui->banner->kind() == MessageBanner::Kind::Error
        && m_ui->banner->text() == m_loadErrorText)
        m_ui->banner->clear();
    // The console kept sending users past its own count (or past the ceiling): the rows shown
    // are not the whole list, and the page says so.
    if (m_listLoader && !m_listLoader->limitMessage().isEmpty())
        m_ui->banner->showWarning(m_listLoader->limitMessage());
    updatePlaceholderForFilter();
}

QAction *UsersPage::exportCsvAction() const
{
    return m_export->action();
}

TableCsvExport *UsersPage::exporter() const
{
    return m_export->exporter();
}

void UsersPage::updateExportAction()
{
    m_export->setAvailable(m_proxy->rowCount() > 0 && !isLoading());
}

void UsersPage::createUser()
{
    if (!m_session || m_createJob)
        return;
    const QString email = m_ui->emailEdit->text().trimmed();
    const auto valid = InputValidation::email(email);
    if (!valid.ok) {
        m_ui->banner->showError(tr("\"%1\" is not a valid email: %2").arg(email, valid.reason));
        m_ui->emailEdit->setFocus();
        return;
    }
    const bool mustChange = m_ui->resetPasswordCheck->isChecked();
    std::optional<bool> notify;
    if (m_ui->notifyCheck->isChecked())
        notify = true;
    NewUserRequest request{email, {}, {}, mustChange, notify};
    if (consoleHasNames()) {
        request.firstName = m_ui->firstNameEdit->text().trimmed();
        request.lastName = m_ui->lastNameEdit->text().trimmed();
    }
    m_ui->banner->showInfo(tr("Creating user %1…").arg(email));
    m_ui->createGroup->setEnabled(false);
    auto *job = RunaiClient(m_session).createUser(request);
    m_createJob = job;
    m_createSentAt = QDateTime::currentDateTimeUtc();
    m_createEmail = request.email;
    connect(job, &ApiJob::finished, this, [this, request](ApiJob *done) {
        createFinished(done, request.resetPassword.value_or(true), request);
    });
    job->start();
}

void UsersPage::recoverLostCreate(const QString &email)
{
    delete m_lostCreate;
    auto *check = new LostCreateCheck(m_session, LostCreateCheck::Target::User, email, this);
    check->setRequestWindow(m_createSentAt, m_createAnsweredAt);
    m_lostCreate = check;
    m_ui->banner->showInfo(tr("The console's answer to creating %1 was lost on the way. Checking "
                              "whether the user was created…")
                                   .arg(email));
    m_ui->emailEdit->setEnabled(false);
    m_ui->createButton->setEnabled(false);
    connect(check, &LostCreateCheck::checked, this, &UsersPage::lostCreateChecked);
    connect(check, &LostCreateCheck::remedied, this, &UsersPage::lostPasswordReset);
    connect(check, &LostCreateCheck::remedyFailed, this, [this](LostCreateCheck *c) {
        m_ui->banner->showError(tr("%1 exists, but the password could not be reset: %2")
                                        .arg(c->name(), c->error().userMessage()));
        if (c->outcome() == LostCreateCheck::Outcome::Existing) {
            offerToResetExistingPassword(c);
            return;
        }
        m_ui->banner->setAction(tr("&Reset password"), [c = QPointer<LostCreateCheck>(c)] {
            if (c)
                c->remedy();
        });
    });
    check->start();
}

void UsersPage::lostCreateChecked(LostCreateCheck *check)
{
    m_ui->emailEdit->setEnabled(true);
    const QString email = check->name();
    switch (check->outcome()) {
    case LostCreateCheck::Outcome::Created:
        // Nobody ever saw that temporary password: resetting it breaks nothing.
        m_ui->banner->showWarning(
                tr("%1 was created, but the answer carrying the temporary password was lost, so "
                   "nobody has it. Reset the password to get a new one (shown once).")
                        .arg(email));
        m_ui->banner->setAction(
                tr("&Reset password"), [this, check = QPointer<LostCreateCheck>(check)] {
                    if (!check)
                        return;
                    m_ui->banner->showInfo(tr("Resetting the password of %1…").arg(check->name()));
                    check->remedy();
                });
        if (m_ui->emailEdit->text().trimmed() == email)
            m_ui->emailEdit->clear();
        refresh();
        break;
    case LostCreateCheck::Outcome::Existing:
        // Not shown to be ours: it may be someone's account in use. Say who made it and when,
        // and reset nothing without a question that says what breaks.
        m_ui->banner->showWarning(
                tr("A user %1 already exists on this console: created by %2 on %3, last signed "
                   "in: %4. The console does not show that your request created it, so its "
                   "password may be in use. Nothing new was created.")
                        .arg(email, check->creator().isEmpty() ? tr("unknown") : check->creator(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date")),
                             modelformat::dateTime(check->lastLogin(), tr("never"))));
        offerToResetExistingPassword(check);
        refresh();
        break;
    case LostCreateCheck::Outcome::NotCreated:
        m_ui->banner->showError(tr("The console's answer was lost and %1 was not created. "
                                   "Nothing was created: it is safe to try again.")
                                        .arg(email));
        m_ui->banner->setAction(tr("&Try again"), [this] { createUser(); });
        check->deleteLater();
        break;
    case LostCreateCheck::Outcome::Unknown:
    case LostCreateCheck::Outcome::Checking:
        m_ui->banner->showError(
                tr("The console's answer to creating %1 was lost, and checking whether the user "
                   "was created failed too: %2 Check again before creating the user again.")
                        .arg(email, check->error().userMessage()));
        m_ui->banner->setAction(tr("&Check again"), [this, email] { recoverLostCreate(email); });
        check->deleteLater();
        break;
    }
    validateEmail();
}

void UsersPage::offerToResetExistingPassword(LostCreateCheck *check)
{
    m_ui->banner->setAction(tr("&Reset password…"), [this,
                                                     check = QPointer<LostCreateCheck>(check)] {
        if (!check)
            return;
        ConfirmationDialog::ask(
                this, tr("Reset the password of a user in use?"),
                tr("Reset the password of <b>%1</b>, created by %2 on %3?<br><br>This "
                   "person's current password stops working <b>at once</b>: they cannot "
                   "sign in until they get the new temporary password from you. Do this "
                   "only if you know the account is not in use.")
                        .arg(check->name().toHtmlEscaped(),
                             check->creator().isEmpty() ? tr("unknown")
                                                        : check->creator().toHtmlEscaped(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date"))),
                tr("&Reset password"), [this, check] {
                    if (!check)
                        return;
                    m_ui->banner->showInfo(tr("Resetting the password of %1…").arg(check->name()));
                    check->replaceAfterConfirmation();
                });
    });
}

void UsersPage::lostPasswordReset(LostCreateCheck *check, const QString &password)
{
    const User user = check->user();
    check->deleteLater();
    m_ui->banner->showSuccess(tr("%1 has a new temporary password.").arg(user.username));
    auto *dialog = new TemporaryPasswordDialog(user.username, password, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    validateEmail();
    refresh();
}

void UsersPage::createFinished(ApiJob *job, bool mustChange, const NewUserRequest &request)
{
    m_createJob = nullptr;
    m_createAnsweredAt = QDateTime::currentDateTimeUtc();
    m_ui->createGroup->setEnabled(m_session);
    if (job->error().kind() == ApiError::Kind::Cancelled) {
        validateEmail();
        return;
    }
    const QString email = m_ui->emailEdit->text().trimmed();
    ActivityRecorder::record(tr("Create user"), email, job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcUsersPage) << "create failed:" << error.logString();
        if (LostCreateCheck::mayHaveCreated(error)) {
            // The POST may have created the user: ask the console before sending it again.
            recoverLostCreate(email);
            return;
        }
        if (error.kind() == ApiError::Kind::Conflict)
            m_ui->banner->showError(
                    tr("A user with the email %1 already exists on this console.").arg(email)
                    + (error.serverMessage().isEmpty()
                               ? QString()
                               : u' ' + tr("The server said: %1").arg(error.serverMessage())));
        else
            m_ui->banner->showError(error.userMessage());
        validateEmail();
        m_ui->emailEdit->setFocus();
        return;
    }
    NewUser created = static_cast<NewUserJob *>(job)->result();
    const QString password = std::exchange(created.tempPassword, QString());
    User user;
    user.id = created.id;
    user.username = created.username.isEmpty() ? email : created.username;
    user.isLocal = true;
    // The create answer has no names; shown as sent until the refresh brings the console's.
    user.firstName = request.firstName;
    user.lastName = request.lastName;
    m_model->addCreatedUser(user);
    m_ui->banner->showSuccess(tr("User %1 created.").arg(user.username));
    m_ui->emailEdit->clear();
    m_ui->firstNameEdit->clear();
    m_ui->lastNameEdit->clear();
    validateEmail();
    updatePlaceholderForFilter();

    if (!password.isEmpty()) {
        auto *dialog = new TemporaryPasswordDialog(user.username, password, mustChange, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        m_actions->offerAccess(user, dialog);
    } else {
        m_actions->offerAccess(user, nullptr);
    }
    refresh();
}

} // namespace runai
