// SPDX-License-Identifier: MIT
// The big tables (issue 6) through the real pages against the in-process sandbox over HTTP:
// "Export table to CSV…" on the Users and Applications pages (the file read back: visible
// columns, filter and order as shown, formula guard, never a client secret), the Users page's
// server-side search (debounced, search= on the wire, the server's result set, old rows kept
// until the new ones arrive, cancel on retype, "No users match"), server-side sort, the fallback
// to the proxy after a 400, and 5,000 applications going into the table in chunks.
// Screenshots of the new states go to ${RUNAI_BINARY_DIR}/screenshots.
#include "../support/FormLookup.h"

#include "api/ApiJob.h"
#include "api/ConnectionSettings.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/Csv.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/users/UserActions.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ApplicationsModel.h"
#include "models/TableCsvExport.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUrlQuery>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Not GuiTestSupport.h: it brings the secrets' SecretJob, which RunaiClient.h's clashes with.
constexpr int kWaitMs = 15000;

template<typename T>
T *findOpenDialog(QWidget *root)
{
    const auto dialogs = root->findChildren<T *>();
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The list requests the page sent, as the server received them (recorded from the session's
// network access manager, so it is what went over the wire).
class RequestLog : public QObject
{
public:
    explicit RequestLog(Session *session)
    {
        connect(session->networkAccessManager(), &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) {
                    if (reply->url().path() == u"/api/v1/users"_s
                        && reply->operation() == QNetworkAccessManager::GetOperation)
                        queries.append(QUrlQuery(reply->url()));
                });
    }
    bool any(const std::function<bool(const QUrlQuery &)> &match) const
    {
        return std::any_of(queries.cbegin(), queries.cend(), match);
    }
    QList<QUrlQuery> queries;
};

} // namespace

class TestTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void usersExportAsShown();
    void applicationsExportHasNoSecret();
    void exportToUnwritablePlaceShowsTheError();
    void searchAsksTheServer();
    void searchKeepsOldRowsAndCancelsOnRetype();
    void sortAsksTheServer();
    void serverWithoutSearchFallsBackToProxy();
    void manyApplicationsGoInInChunks();

private:
    void signIn(const sandbox::SandboxOptions &options = {});
    void waitLoaded(UsersPage &page);
    QString exportThroughDialog(QWidget *page, QAction *action, MessageBanner *banner,
                                const QString &name);
    void screenshot(QWidget *w, const QString &name);
    QStringList proxyColumn(QAbstractItemModel *model, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestTables::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTables::init()
{
    signIn();
}

void TestTables::signIn(const sandbox::SandboxOptions &options)
{
    m_session.reset();
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start());
    ConnectionSettings s;
    s.baseUrl = m_server->baseUrl();
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    s.retryBaseDelay = std::chrono::milliseconds(50);
    m_session = std::make_unique<Session>(s);
    auto *job = RunaiClient(m_session.get()).signIn(options.adminEmail, options.adminPassword);
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(m_session->isSignedIn());
}

void TestTables::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestTables::waitLoaded(UsersPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
}

void TestTables::screenshot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

QStringList TestTables::proxyColumn(QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, column).data().toString());
    return out;
}

QString TestTables::exportThroughDialog(QWidget *page, QAction *action, MessageBanner *banner,
                                        const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!action->isEnabled())
        return {};
    action->trigger();
    QFileDialog *save = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((save = findOpenDialog<QFileDialog>(page)), kWaitMs);
    }();
    if (!save)
        return {};
    if (save->acceptMode() != QFileDialog::AcceptSave)
        return {};
    save->selectFile(path);
    static_cast<QDialog *>(save)->accept(); // QFileDialog::accept is protected
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(banner->kind() == MessageBanner::Kind::Success
                                         || banner->kind() == MessageBanner::Kind::Error,
                                 kWaitMs);
    }();
    return path;
}

void TestTables::usersExportAsShown()
{
    // A hostile address: a spreadsheet would run it as a formula without the guard.
    QCOMPARE(m_server->seedUsers(3, u"-cmd%1@example.com"_s), 3);
    QCOMPARE(m_server->seedUsers(40, u"export%1@example.com"_s), 40);
    UsersPage page;
    page.resize(1000, 640);
    page.show();
    page.setSession(m_session.get());
    waitLoaded(page);
    QCOMPARE(page.model()->rowCount(), 44);
    QAction *action = page.exportCsvAction();
    QVERIFY(action->isEnabled());
    // In the tool bar and the table's context menu.
    QVERIFY(page.actions()->toolBar()->actions().contains(action));
    QVERIFY(form<QTableView>(&page, "tableView")->actions().contains(action));

    // Shown: addresses with "export1" (export1, export10..19), by address descending, without
    // the ID column.
    QHeaderView *header = form<QTableView>(&page, "tableView")->horizontalHeader();
    header->hideSection(UsersModel::IdColumn);
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"export1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search == u"export1"_s, kWaitMs);
    waitLoaded(page);
    header->setSortIndicator(UsersModel::EmailColumn, Qt::DescendingOrder);
    waitLoaded(page);
    QCOMPARE(page.proxy()->rowCount(), 11);

    const QString path = exportThroughDialog(&page, action, page.banner(), u"users.csv"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY2(page.banner()->text().contains(u"11"_s), qPrintable(page.banner()->text()));
    screenshot(&page, u"tables-users-exported"_s);

    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for spreadsheets
    const Csv::Table csv = Csv::parse(bytes);
    QCOMPARE(csv.records.size(), 12);
    // Values under the API's field names (issue 15).
    QCOMPARE(csv.records.first().fields, (QStringList{u"email"_s, u"isLocal"_s, u"createdAt"_s,
                                                      u"createdBy"_s, u"lastLogin"_s}));
    QStringList emails;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        emails.append(csv.records.at(i).fields.first());
    QCOMPARE(emails, proxyColumn(page.proxy(), UsersModel::EmailColumn)); // the order shown
    // The server's text order: '@' sorts after the digits, so export1@ comes first.
    QCOMPARE(emails.first(), u"export1@example.com"_s);
    QCOMPARE(emails.at(1), u"export19@example.com"_s);
    QCOMPARE(emails.last(), u"export10@example.com"_s);

    // The formula guard, on a file written by the page.
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"cmd"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search == u"cmd"_s, kWaitMs);
    waitLoaded(page);
    QCOMPARE(page.proxy()->rowCount(), 3);
    const QString guarded = exportThroughDialog(&page, action, page.banner(), u"guard.csv"_s);
    const QByteArray guardedBytes = readFile(guarded);
    QVERIFY2(guardedBytes.contains("\r\n'-cmd1@example.com,"), guardedBytes.constData());
    QVERIFY(!guardedBytes.contains("\r\n-cmd"));
}

void TestTables::applicationsExportHasNoSecret()
{
    QStringList secrets;
    for (const QString &name : {u"ci-alpha"_s, u"ci-beta"_s}) {
        auto *job = RunaiClient(m_session.get()).createApplication(name);
        QSignalSpy done(job, &ApiJob::finished);
        job->start();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
        secrets.append(job->result().secret);
        QVERIFY(!secrets.last().isEmpty());
    }
    ApplicationsPage page(nullptr);
    page.resize(1000, 700);
    page.show();
    page.setSession(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.model()->rowCount() >= 2, kWaitMs);
    QAction *action = page.exportCsvAction();
    QVERIFY(page.actions()->toolBar()->actions().contains(action));
    QVERIFY(form<QTableView>(&page, "tableView")->actions().contains(action));
    form<QTableView>(&page, "tableView")
            ->sortByColumn(ApplicationsModel::NameColumn, Qt::DescendingOrder);

    const QString path = exportThroughDialog(&page, action, page.banner(), u"apps.csv"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
    screenshot(&page, u"tables-applications-exported"_s);
    const QByteArray bytes = readFile(path);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY(!bytes.contains(secret.toUtf8()));
    const Csv::Table csv = Csv::parse(bytes);
    QCOMPARE(csv.records.first().fields,
             (QStringList{u"name"_s, u"clientId"_s, u"enabled"_s, u"createdAt"_s, u"createdBy"_s,
                          u"lastLogin"_s}));
    QCOMPARE(csv.records.size(), page.proxy()->rowCount() + 1);
    QStringList names;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        names.append(csv.records.at(i).fields.first());
    QCOMPARE(names, proxyColumn(page.proxy(), ApplicationsModel::NameColumn));
    QCOMPARE(names.first(), u"ci-beta"_s); // descending, as shown

    // The filter (the proxy: the API cannot filter applications) narrows what is exported.
    typeInto(page.filterEdit(), u"BETA"_s);
    QCOMPARE(page.proxy()->rowCount(), 1);
    const QString filtered = exportThroughDialog(&page, action, page.banner(), u"beta.csv"_s);
    const Csv::Table one = Csv::parse(readFile(filtered));
    QCOMPARE(one.records.size(), 2);
    QCOMPARE(one.records.at(1).fields.first(), u"ci-beta"_s);
    // It searches name, client ID and creator, not the secret column's "Not stored here".
    typeInto(page.filterEdit(), u"stored"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    QCOMPARE(form<QStackedWidget>(&page, "tableStack")->currentWidget(),
             form<QWidget>(&page, "placeholderPage"));
    QVERIFY2(form<QLabel>(&page, "placeholderLabel")
                     ->text()
                     .contains(u"No applications match \"stored\""_s),
             qPrintable(form<QLabel>(&page, "placeholderLabel")->text()));
    QVERIFY(!action->isEnabled());
    typeInto(page.filterEdit(), u"run.ai"_s); // the creator
    QCOMPARE(page.proxy()->rowCount(), 2);
    QCOMPARE(form<QStackedWidget>(&page, "tableStack")->currentWidget(),
             form<QWidget>(&page, "tablePage"));
}

void TestTables::exportToUnwritablePlaceShowsTheError()
{
    UsersPage page;
    page.show();
    page.setSession(m_session.get());
    waitLoaded(page);
    page.exportCsvAction()->trigger();
    QFileDialog *save = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((save = findOpenDialog<QFileDialog>(&page)), kWaitMs);
    // fileSelected is what the page listens to; a directory that does not exist cannot hold it.
    Q_EMIT save->fileSelected(u"/nonexistent-runai-dir/users.csv"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.banner()->kind(), MessageBanner::Kind::Error, kWaitMs);
    QVERIFY2(page.banner()->text().contains(u"could not be exported"_s),
             qPrintable(page.banner()->text()));
    save->close();
}

void TestTables::searchAsksTheServer()
{
    QCOMPARE(m_server->seedUsers(2000, u"seed%1@example.com"_s), 2000);
    UsersPage page;
    page.resize(1000, 640);
    page.show();
    RequestLog log(m_session.get());
    page.setSession(m_session.get());
    // Stop after the first page: most users are not in the table, so a result that holds
    // them can only come from the server.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 500, kWaitMs);
    page.findChild<QPushButton *>(u"stopLoadingButton"_s)->click();
    QVERIFY(!page.isLoading());
    // In email order the seed99.. addresses come last (at most 3 pages of 500 arrived).
    QVERIFY(page.model()->rowCount() <= 1500);
    QVERIFY(page.model()->rowOfUsername(u"seed999@example.com"_s) < 0);

    QElapsedTimer typed;
    typed.start();
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"seed99"_s);
    // Not yet: the server is asked once typing pauses. Meanwhile the proxy filters what is
    // loaded, and an empty result says the console is being searched, not "no match".
    QVERIFY(page.lastQuery().search.isEmpty());
    if (page.proxy()->rowCount() == 0)
        QVERIFY2(form<QLabel>(&page, "placeholderLabel")
                         ->text()
                         .contains(u"Searching the console"_s),
                 qPrintable(form<QLabel>(&page, "placeholderLabel")->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search == u"seed99"_s, kWaitMs);
    QVERIFY(typed.elapsed() >= UsersPage::SearchDelayMs - 20);
    waitLoaded(page);
    QVERIFY(page.searchesOnServer());
    // seed99, seed990..999: 11 users, all of them, and only them, in the model (not filtered
    // here: the server's result).
    QCOMPARE(page.model()->rowCount(), 11);
    QCOMPARE(page.proxy()->rowCount(), 11);
    QVERIFY(page.model()->rowOfUsername(u"seed999@example.com"_s) >= 0);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->user(r).username.startsWith(u"seed99"_s));
    QVERIFY(log.any([](const QUrlQuery &q) {
        return q.queryItemValue(u"search"_s) == u"seed99"_s && q.hasQueryItem(u"offset"_s);
    }));
    QCOMPARE(form<QLabel>(&page, "listTitle")->text(), u"Users matching \"seed99\" (11)"_s);
    screenshot(&page, u"tables-users-server-search"_s);

    // Nothing matches: said so, not an empty table.
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"nobody-like-this"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search == u"nobody-like-this"_s, kWaitMs);
    waitLoaded(page);
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(form<QStackedWidget>(&page, "tableStack")->currentWidget(),
             form<QWidget>(&page, "placeholderPage"));
    QVERIFY2(form<QLabel>(&page, "placeholderLabel")
                     ->text()
                     .contains(u"No users match \"nobody-like-this\""_s),
             qPrintable(form<QLabel>(&page, "placeholderLabel")->text()));
    QVERIFY(!page.exportCsvAction()->isEnabled());
    screenshot(&page, u"tables-users-no-match"_s);

    // Cleared: the whole list again, from the server.
    form<QLineEdit>(&page, "searchEdit")->clear();
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search.isEmpty() && !page.isLoading(), kWaitMs);
    QCOMPARE(page.model()->rowCount(), 2001);
}

void TestTables::searchKeepsOldRowsAndCancelsOnRetype()
{
    QCOMPARE(m_server->seedUsers(2000, u"seed%1@example.com"_s), 2000);
    UsersPage page;
    page.show();
    page.setSession(m_session.get());
    waitLoaded(page);
    QCOMPARE(page.model()->rowCount(), 2001);
    RequestLog log(m_session.get());
    m_server->faults().setLatency(std::chrono::milliseconds(400));

    typeInto(form<QLineEdit>(&page, "searchEdit"), u"seed1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoading(), kWaitMs);
    QCOMPARE(page.lastQuery().search, u"seed1"_s);
    // The old rows stay (filtered here) while the server is asked: no empty table.
    QCOMPARE(page.model()->rowCount(), 2001);
    QCOMPARE(form<QStackedWidget>(&page, "tableStack")->currentWidget(),
             form<QWidget>(&page, "tablePage"));
    QVERIFY(page.proxy()->rowCount() > 0);

    // Typing again cancels the running load at once; its answer never lands.
    QTest::keyClicks(form<QLineEdit>(&page, "searchEdit"), u"23"_s);
    QVERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 2001);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search == u"seed123"_s, kWaitMs);
    waitLoaded(page);
    m_server->faults().clear();
    // seed123, seed1230..1239: 11.
    QCOMPARE(page.model()->rowCount(), 11);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->user(r).username.startsWith(u"seed123"_s));
    // Requests for "seed12" never went out (the debounce), and the "seed1" answer was dropped.
    QVERIFY(!log.any(
            [](const QUrlQuery &q) { return q.queryItemValue(u"search"_s) == u"seed12"_s; }));
}

void TestTables::sortAsksTheServer()
{
    QCOMPARE(m_server->seedUsers(1200, u"sort%1@example.com"_s), 1200);
    UsersPage page;
    page.resize(1000, 640);
    page.show();
    RequestLog log(m_session.get());
    page.setSession(m_session.get());
    waitLoaded(page);
    // The first load already asks the server for the email order; the proxy passes it through (it never sorts).
    QCOMPARE(page.lastQuery().sortBy, u"username"_s);
    QCOMPARE(page.lastQuery().sortOrder, u"asc"_s);
    QCOMPARE(page.model()->sortColumn(), -1);
    QCOMPARE(page.model()->user(0).username, u"sort1000@example.com"_s); // '0' < '@'
    QHeaderView *header = form<QTableView>(&page, "tableView")->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::EmailColumn));

    // A click on the Email header flips the order; the server sorts, the model stands back.
    const int x = header->sectionViewportPosition(UsersModel::EmailColumn) + 20;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page.lastQuery().sortBy, u"username"_s);
    QCOMPARE(page.lastQuery().sortOrder, u"desc"_s);
    waitLoaded(page);
    QVERIFY(page.sortsOnServer());
    QCOMPARE(page.model()->sortColumn(), -1);
    QCOMPARE(page.model()->rowCount(), 1201);
    QVERIFY(log.any([](const QUrlQuery &q) {
        return q.queryItemValue(u"sortBy"_s) == u"username"_s
               && q.queryItemValue(u"sortOrder"_s) == u"desc"_s;
    }));
    // The server's order, as received (text order, descending): the admin "test@" first.
    QStringList shown = proxyColumn(page.proxy(), UsersModel::EmailColumn);
    QCOMPARE(shown.first(), u"test@run.ai"_s);
    QCOMPARE(shown.at(1), u"sort9@example.com"_s); // '@' sorts after the digits
    QCOMPARE(shown.at(2), u"sort99@example.com"_s);
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.toCaseFolded() > b.toCaseFolded();
    });
    QCOMPARE(shown, sorted);

    // Created by creation time, from the server; a column the server cannot sort (ID): the
    // model sorts the loaded rows, no reload.
    header->setSortIndicator(UsersModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(page.lastQuery().sortBy, u"creationTime"_s);
    waitLoaded(page);
    QCOMPARE(page.model()->user(0).username, u"test@run.ai"_s);
    QCOMPARE(page.model()->user(1).username, u"sort1@example.com"_s);
    const qsizetype requests = log.queries.size();
    header->setSortIndicator(UsersModel::IdColumn, Qt::AscendingOrder);
    QVERIFY(!page.isLoading());
    QCOMPARE(page.model()->sortColumn(), int(UsersModel::IdColumn));
    QTest::qWait(100);
    QCOMPARE(log.queries.size(), requests);
}

void TestTables::serverWithoutSearchFallsBackToProxy()
{
    QCOMPARE(m_server->seedUsers(600, u"seed%1@example.com"_s), 600);
    UsersPage page;
    page.show();
    page.setSession(m_session.get());
    waitLoaded(page);
    RequestLog log(m_session.get());
    // An older console: `search` is an unknown parameter (the count and the first page).
    m_server->faults().failNext(u"/api/v1/users"_s, 400, 2);
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"seed11"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page.searchesOnServer(), kWaitMs);
    waitLoaded(page);
    QTRY_VERIFY_WITH_TIMEOUT(page.lastQuery().search.isEmpty() && !page.isLoading(), kWaitMs);
    QVERIFY(!page.banner()->isVisibleTo(&page)); // nothing to tell the user
    // The whole list, filtered here: seed11, seed110..119.
    QCOMPARE(page.model()->rowCount(), 601);
    QCOMPARE(page.proxy()->rowCount(), 11);
    // Remembered: typing again filters here and asks nothing.
    const qsizetype requests = log.queries.size();
    typeInto(form<QLineEdit>(&page, "searchEdit"), u"seed12"_s);
    QCOMPARE(page.proxy()->rowCount(), 11);
    QTest::qWait(UsersPage::SearchDelayMs + 200);
    QVERIFY(!page.isLoading());
    QCOMPARE(log.queries.size(), requests);
}

void TestTables::manyApplicationsGoInInChunks()
{
    // 5,000 applications through the sandbox's API, 8 registrations in flight.
    constexpr int total = 5000;
    int started = 0;
    int done = 0;
    int failed = 0;
    std::function<void()> next = [&] {
        if (started >= total)
            return;
        auto *job = RunaiClient(m_session.get()).createApplication(u"bulk-%1"_s.arg(++started));
        connect(job, &ApiJob::finished, this, [&](ApiJob *j) {
            ++done;
            failed += j->succeeded() ? 0 : 1;
            next();
        });
        job->start();
    };
    for (int i = 0; i < 8; ++i)
        next();
    QTRY_VERIFY_WITH_TIMEOUT(done == total, 120000);
    QCOMPARE(failed, 0);

    ApplicationsPage page(nullptr);
    page.resize(1000, 700);
    page.show();
    page.setSession(m_session.get());
    QVERIFY(page.isLoading());
    QList<int> inserted;
    connect(page.model(), &QAbstractItemModel::rowsInserted, this,
            [&] { inserted.append(page.model()->rowCount()); });
    connect(page.model(), &QAbstractItemModel::modelReset, this,
            [&] { inserted.append(page.model()->rowCount()); });
    // A probe on the event loop: the longest gap between two turns while rows go in.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QList<qint64> gaps;
    QTimer probe;
    probe.setInterval(0);
    connect(&probe, &QTimer::timeout, this, [&] {
        // Every turn while loading; the one that parsed the answer (in app/api) included.
        longestGap = std::max(longestGap, sinceTick.elapsed());
        if (!inserted.isEmpty())
            gaps.append(sinceTick.elapsed());
        sinceTick.restart();
    });
    sinceTick.start();
    probe.start();
    QPushButton *stop = page.findChild<QPushButton *>(u"stopLoadingButton"_s);
    QVERIFY(stop->isVisibleTo(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 60000);
    probe.stop();
    QCOMPARE(page.model()->rowCount(), total + 0);
    // Chunk by chunk, each on its own event-loop turn: 500, 1000, ... 5000.
    QCOMPARE(inserted.size(), total / ApplicationsPage::InsertChunkRows);
    QCOMPARE(inserted.first(), ApplicationsPage::InsertChunkRows);
    QCOMPARE(inserted.last(), total);
    std::sort(gaps.begin(), gaps.end());
    qInfo("5,000 applications: longest event-loop gap while rows went in %lld ms (median %lld "
          "ms over %lld turns); longest while loading, answer parse included, %lld ms",
          gaps.isEmpty() ? 0 : gaps.last(), gaps.isEmpty() ? 0 : gaps.at(gaps.size() / 2),
          qint64(gaps.size()), longestGap);
    QVERIFY(!stop->isVisibleTo(&page));
    QVERIFY(form<QLabel>(&page, "listTitle")->text().contains(QLocale().toString(total)));
    // The proxy sorts all of them (by name: bulk-1, bulk-10, bulk-100, ...).
    QCOMPARE(page.proxy()->index(0, ApplicationsModel::NameColumn).data().toString(), u"bulk-1"_s);
    screenshot(&page, u"tables-applications-5000"_s);

    // Stop right after the first chunk: the rows so far stay, the rest is dropped.
    inserted.clear();
    bool clicked = false;
    connect(page.model(), &QAbstractItemModel::modelReset, this, [&] {
        // Queued now, so it runs before the page's next chunk (queued after this reset).
        QTimer::singleShot(0, this, [&] {
            if (!std::exchange(clicked, true))
                QTest::mouseClick(stop, Qt::LeftButton);
        });
    });
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(clicked, kWaitMs);
    QVERIFY(!page.isLoading());
    QVERIFY(!stop->isVisibleTo(&page));
    QCOMPARE(page.model()->rowCount(), ApplicationsPage::InsertChunkRows);
    QTest::qWait(100);
    QCOMPARE(page.model()->rowCount(), ApplicationsPage::InsertChunkRows);
    QVERIFY(form<QLabel>(&page, "listTitle")->text().contains(u"500"_s));
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
