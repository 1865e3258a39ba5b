// SPDX-License-Identifier: MIT
#include "gui/users/UsersTable.h"

#include "api/Session.h"
#include "api/UserListLoader.h"
#include "api/UserNameSupport.h"
#include "core/AppSettings.h"
#include "core/LogCategories.h"
#include "gui/widgets/CachedTextDelegate.h"
#include "gui/widgets/MessageBanner.h"
#include "models/UsersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

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

UsersTable::UsersTable(const TablePageSkeleton::Form &form, QLineEdit *searchEdit,
                       QPushButton *refreshButton)
    : QObject(form.page)
    , m_form(form)
    , m_searchEdit(searchEdit)
    , m_refreshButton(refreshButton)
{
    m_model = new UsersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsersModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_skeleton = new TablePageSkeleton(form, m_proxy, [this] { return isLoading(); });
    QTableView *table = m_form.table;
    table->setModel(m_proxy);
    // The table repaints its screen for every burst of pages while 100,000 users load: with
    // the text laid out once per cell, not twice per paint.
    table->setItemDelegate(new CachedTextDelegate(table));
    // Sorting is ours: a header click asks the server (sortBy) when it can sort by that column,
    // otherwise the model sorts the loaded rows (off the GUI thread for many; the proxy only
    // filters: placing each arriving row there froze the window). The view must not sort.
    table->setSortingEnabled(false);
    table->horizontalHeader()->setSortIndicator(UsersModel::EmailColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSectionsClickable(true);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &UsersTable::sortRequested);
    // The first load already asks for the email order (sortBy=username): the proxy then passes
    // pages through instead of placing each of 100,000 rows (after a 400 it sorts after all).
    m_sortOnServer = true;
    table->setColumnWidth(UsersModel::EmailColumn, 230);
    table->setColumnWidth(UsersModel::NameColumn, 160);
    table->setColumnWidth(UsersModel::IdColumn, 150);
    table->setColumnWidth(UsersModel::TypeColumn, 70);
    table->setColumnWidth(UsersModel::CreatedColumn, 130);
    table->setColumnWidth(UsersModel::CreatedByColumn, 140);

    connect(m_refreshButton, &QPushButton::clicked, this, &UsersTable::refresh);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { startLoad(true); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &UsersTable::searchChanged);
    connect(m_skeleton, &TablePageSkeleton::refreshRequested, this, &UsersTable::refresh);
    auto *findShortcut = new QShortcut(QKeySequence::Find, m_form.page);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, m_searchEdit, qOverload<>(&QLineEdit::setFocus));
}

UsersTable::~UsersTable()
{
    // The form's widgets may be gone already (the page deletes them first): no answer now.
    if (m_listLoader) {
        m_listLoader->disconnect(this);
        m_listLoader->cancel();
    }
}

void UsersTable::addControls(QToolBar *actionsBar)
{
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
    m_skeleton->addToolBar(actionsBar, std::move(exportTexts));
    m_skeleton->addStopButton(m_refreshButton)
            ->setToolTip(tr("Stop reading the list; the users loaded so far stay (Esc)"));
    connect(m_skeleton, &TablePageSkeleton::stopRequested, this, [this] {
        if (m_listLoader)
            m_listLoader->cancel();
    });
}

void UsersTable::setSession(Session *session)
{
    m_session = session;
    m_searchTimer->stop();
    m_skeleton->exportFlow()->cancel();
    // What one console accepts says nothing about the next.
    m_serverSearch = Support::Unknown;
    m_serverSort = Support::Unknown;
    if (m_listLoader)
        m_listLoader->cancel();
    m_model->clear();
    m_form.banner->clear();
    m_skeleton->forgetLoadFailure();
    m_refreshButton->setEnabled(session);
}

bool UsersTable::consoleHasNames() const
{
    return UserNameSupport::supported(m_session);
}

void UsersTable::setNameColumnShown(bool shown)
{
    m_form.table->horizontalHeader()->setSectionHidden(UsersModel::NameColumn, !shown);
}

void UsersTable::showCreated(const User &user)
{
    m_model->addCreatedUser(user);
    updatePlaceholderForFilter();
}

void UsersTable::updatePlaceholderForFilter()
{
    if (loadFailed() || isLoading() || !m_session)
        return;
    const QString search = m_searchEdit->text().trimmed();
    if (m_proxy->rowCount() == 0 && !search.isEmpty())
        // While the server is still to be asked, it may well find users not loaded here.
        m_skeleton->showPlaceholder(m_searchTimer->isActive()
                                            ? tr("Searching the console for \"%1\"…").arg(search)
                                            : tr("No users match \"%1\".").arg(search));
    else if (m_model->rowCount() == 0)
        m_skeleton->showPlaceholder(tr("This console has no users yet."));
    else
        m_skeleton->showTable();
}

bool UsersTable::isLoading() const
{
    return m_listLoader && m_listLoader->isRunning();
}

void UsersTable::refresh()
{
    if (!m_session || isLoading())
        return;
    m_model->clear();
    m_skeleton->showPlaceholder(tr("Loading users…"));
    startLoad(false);
}

void UsersTable::startLoad(bool keepRows)
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
        query.search = m_searchEdit->text().trimmed();
    const QHeaderView *header = m_form.table->horizontalHeader();
    if (m_sortOnServer && m_serverSort != Support::No) {
        query.sortBy = serverSortField(header->sortIndicatorSection(), consoleHasNames());
        if (!query.sortBy.isEmpty())
            query.sortOrder = header->sortIndicatorOrder() == Qt::AscendingOrder ? u"asc"_s
                                                                                 : u"desc"_s;
    }
    m_query = query;
    m_replaceOnFirstPage = keepRows && m_model->rowCount() > 0;
    if (keepRows && m_model->rowCount() == 0)
        m_skeleton->showPlaceholder(
                query.search.isEmpty() ? tr("Loading users…")
                                       : tr("Searching the console for \"%1\"…").arg(query.search));
    m_refreshButton->setEnabled(false);
    // Page by page (500 a request): the first rows show at once on a console with 100,000
    // users, and the table fills while the rest arrives.
    m_listLoader = new UserListLoader(m_session, this);
    m_listLoader->setQuery(query);
    // A ceiling for consoles without a count (and hostile ones), configurable for the rare
    // console with more users than the default.
    m_listLoader->setMaxUsers(AppSettings().maxListedUsers(UserListLoader::DefaultMaxUsers));
    connect(m_listLoader, &UserListLoader::pageLoaded, this, &UsersTable::pageArrived);
    connect(m_listLoader, &UserListLoader::progress, this, &UsersTable::listProgress);
    connect(m_listLoader, &UserListLoader::finished, this, &UsersTable::listFinished);
    m_listLoader->start();
    m_skeleton->setLoading(true);
    m_skeleton->updateExportAction();
}

void UsersTable::pageArrived(const UserList &users)
{
    if (m_listLoader && m_listLoader->isUnpaged() && m_serverSearch != Support::No) {
        // A 2.18/2.19 console answers its whole list and knows no search or sortBy: the loader
        // did not send them, so the proxy filters and sorts the rows here.
        m_serverSearch = Support::No;
        m_serverSort = Support::No;
        m_query.search.clear();
        m_query.sortBy.clear();
        m_query.sortOrder.clear();
        m_proxy->setFilterFixedString(m_searchEdit->text().trimmed());
        const QHeaderView *header = m_form.table->horizontalHeader();
        m_model->sortRows(header->sortIndicatorSection(), header->sortIndicatorOrder());
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

void UsersTable::serverResultArrived()
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
        m_model->sortRows(-1);
    }
}

void UsersTable::searchChanged(const QString &text)
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
            m_skeleton->setLoading(false);
            m_refreshButton->setEnabled(true);
        }
        m_searchTimer->start();
    }
    updatePlaceholderForFilter();
}

void UsersTable::sortRequested(int column, Qt::SortOrder order)
{
    // At once over the rows shown (the model sorts); when the server can sort by this column, its
    // order replaces this with the first page of the reload (and covers users not loaded yet).
    m_model->sortRows(column, order);
    m_sortOnServer = !serverSortField(column, consoleHasNames()).isEmpty();
    if (m_session && m_sortOnServer && m_serverSort != Support::No)
        startLoad(true);
}

void UsersTable::listProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    m_form.title->setText(
            total > 0 ? tr("Users on this console (loading %1 of %2…)")
                                .arg(locale.toString(loaded), locale.toString(total))
                      : tr("Users on this console (loading %1…)").arg(locale.toString(loaded)));
    if (loaded > 0 && !m_skeleton->showsTable()) {
        // Measured once, on the first page, with the table shown (a hidden view measures
        // nothing); later pages keep these widths so the columns never jump.
        m_skeleton->showTable();
        for (int column :
             {int(UsersModel::EmailColumn), int(UsersModel::NameColumn), int(UsersModel::IdColumn),
              int(UsersModel::CreatedColumn), int(UsersModel::CreatedByColumn)})
            m_form.table->resizeColumnToContents(column);
    }
}

void UsersTable::listFinished(const ApiError &error)
{
    m_refreshButton->setEnabled(m_session);
    m_skeleton->setLoading(false);
    m_skeleton->updateExportAction();
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
            const QHeaderView *header = m_form.table->horizontalHeader();
            m_model->sortRows(header->sortIndicatorSection(), header->sortIndicatorOrder());
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
    m_form.title->setText(!error.isError() && !m_query.search.isEmpty()
                                  ? tr("Users matching \"%1\" (%2)").arg(m_query.search, count)
                                  : tr("Users on this console (%1)").arg(count));
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (error.isError()) {
        qCInfo(lcUsersPage) << "list failed:" << error.logString();
        m_model->clear();
        m_form.title->setText(tr("Users on this console"));
        m_skeleton->showLoadFailure(
                error, m_session,
                {tr("The users could not be loaded. %1").arg(error.userMessage()),
                 tr("The users could not be loaded (see the message above).\n"
                    "This list is unknown, not empty. It loads again as soon as you "
                    "are signed in again."),
                 tr("The users could not be loaded (see the message above).\n"
                    "This list is unknown, not empty. Press Refresh (F5) to try again.")},
                [this] { refresh(); });
        m_skeleton->updateExportAction();
        return;
    }
    // Once, at the end: the first page may not have held the longest address on screen.
    m_form.table->resizeColumnToContents(UsersModel::EmailColumn);
    m_skeleton->clearLoadFailure();
    // The console kept sending users past its own count (or past the ceiling): the rows shown
    // are not the whole list, and the page says so.
    if (m_listLoader && !m_listLoader->limitMessage().isEmpty())
        m_form.banner->showWarning(m_listLoader->limitMessage());
    updatePlaceholderForFilter();
}

} // namespace runai
