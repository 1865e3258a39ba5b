// SPDX-License-Identifier: MIT
// UserListLoader against the sandbox: pages of 500 in order, progress with the counted total,
// server-side search, cancel, and the 2.18 server without paging; pages parsed on a pool thread
// but handed over on the GUI thread, a page that is not JSON, deleting the loader mid-parse.
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserListLoader.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestUserListLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void pagesInOrder_data();
    void pagesInOrder();
    void searchIsServerSide();
    void cancelStopsLoading();
    void failedPageEndsWithError();
    void pagesArriveOnTheGuiThread();
    void pageThatIsNotJsonEndsWithBadResponse();
    void deletedWhileParsing();
    void pagesGoOutInBursts();
    void stopsOnePagePastTheAnnouncedCount();
    void stopsAtTheCeilingWithoutACount();

private:
    void serve(const QString &mode, int seed);
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestUserListLoader::serve(const QString &mode, int seed)
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(mode));
    QVERIFY(m_server->start());
    QCOMPARE(m_server->seedUsers(seed, u"seed%1@example.com"_s), seed);
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
    const sandbox::SandboxOptions o;
    QVERIFY(run(RunaiClient(m_session.get()).signIn(o.adminEmail, o.adminPassword))->succeeded());
}

void TestUserListLoader::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestUserListLoader::pagesInOrder_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("window");
    QTest::newRow("2.20, 1234 users, 3 pages at once") << u"2.20"_s << 1234 << 3;
    QTest::newRow("2.20, exactly 2 pages with admin") << u"2.20"_s << 999 << 3;
    QTest::newRow("2.24, one at a time") << u"2.24"_s << 700 << 1;
    QTest::newRow("2.18, no count") << u"2.18"_s << 1100 << 3;
}

void TestUserListLoader::pagesInOrder()
{
    QFETCH(QString, mode);
    QFETCH(int, seed);
    QFETCH(int, window);
    serve(mode, seed);
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(window);
    UserList all;
    QList<qsizetype> pageSizes;
    connect(&loader, &UserListLoader::pageLoaded, this, [&](const UserList &page) {
        all += page;
        pageSizes << page.size();
    });
    QSignalSpy progress(&loader, &UserListLoader::progress);
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.count(), 1);
    QVERIFY(!done.first().at(0).value<ApiError>().isError());
    QCOMPARE(all.size(), seed + 1); // the admin too
    QCOMPARE(loader.loadedCount(), seed + 1);
    QSet<QString> ids;
    for (const auto &u : all)
        ids.insert(u.id);
    QCOMPARE(ids.size(), all.size()); // no page twice
    if (mode != u"2.18"_s) {
        QVERIFY(pageSizes.size() >= 2);
        for (qsizetype i = 0; i + 1 < pageSizes.size(); ++i)
            QCOMPARE(pageSizes.at(i), 500);
        QCOMPARE(loader.expectedTotal(), seed + 1);
        QCOMPARE(progress.last().at(1).toLongLong(), seed + 1);
        // Creation order: the admin first, then seed1, seed2, ...
        QCOMPARE(all.at(1).username, u"seed1@example.com"_s);
        QCOMPARE(all.last().username, u"seed%1@example.com"_s.arg(seed));
    }
}

void TestUserListLoader::searchIsServerSide()
{
    serve(u"2.20"_s, 1200);
    UserListLoader loader(m_session.get());
    UserQuery q;
    q.search = u"seed11"_s; // seed11, seed110..119, seed1100..1199
    q.sortBy = u"username"_s;
    q.sortOrder = u"desc"_s;
    loader.setQuery(q);
    UserList all;
    connect(&loader, &UserListLoader::pageLoaded, this, [&](const UserList &page) { all += page; });
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(all.size(), 1 + 10 + 100);
    QCOMPARE(loader.expectedTotal(), 111);
    // Descending on the address: '@' sorts after digits, so seed11@ comes first.
    QCOMPARE(all.first().username, u"seed11@example.com"_s);
    QCOMPARE(all.at(1).username, u"seed119@example.com"_s);
}

void TestUserListLoader::cancelStopsLoading()
{
    serve(u"2.20"_s, 3000);
    m_server->faults().setLatency(std::chrono::milliseconds(30));
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(1);
    QSignalSpy done(&loader, &UserListLoader::finished);
    connect(&loader, &UserListLoader::pageLoaded, &loader, &UserListLoader::cancel);
    loader.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(loader.loadedCount(), 500);
    QVERIFY(!loader.isRunning());
    QTest::qWait(100);
    QCOMPARE(done.count(), 1);
}

void TestUserListLoader::failedPageEndsWithError()
{
    serve(u"2.20"_s, 1200);
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(1);
    // The count and the first page go through; then a 403 (not retried) on the second page.
    UserList all;
    connect(&loader, &UserListLoader::pageLoaded, this, [&](const UserList &page) {
        all += page;
        m_server->faults().failNext(u"/api/v1/users"_s, 403, 5);
    });
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).value<ApiError>().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(all.size(), 500);
}

void TestUserListLoader::pagesArriveOnTheGuiThread()
{
    // Parsing happens on pool threads; pageLoaded must still come on the loader's thread
    // (models are not thread-safe), in order, and repeated strings are shared between rows.
    serve(u"2.20"_s, 2600);
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(4);
    UserList all;
    bool allOnGuiThread = true;
    connect(
            &loader, &UserListLoader::pageLoaded, this,
            [&](const UserList &page) {
                allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread();
                all += page;
            },
            Qt::DirectConnection);
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(20000));
    QVERIFY(!done.first().at(0).value<ApiError>().isError());
    QVERIFY(allOnGuiThread);
    QCOMPARE(all.size(), 2601);
    for (qsizetype i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).username, u"seed%1@example.com"_s.arg(i));
    // "system" created every seeded user: one string for all of them, within a page.
    QCOMPARE(all.at(1).createdBy, u"system"_s);
    QCOMPARE(all.at(1).createdBy.constData(), all.at(499).createdBy.constData());
    QCOMPARE(all.at(600).createdBy.constData(), all.at(999).createdBy.constData());
}

void TestUserListLoader::pageThatIsNotJsonEndsWithBadResponse()
{
    serve(u"2.20"_s, 1200);
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(1);
    UserList all;
    connect(&loader, &UserListLoader::pageLoaded, this, [&](const UserList &page) {
        all += page;
        m_server->faults().nonJsonNext(u"/api/v1/users"_s);
    });
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    const auto error = done.first().at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(error.httpStatus(), 200);
    QVERIFY2(!error.operation().isEmpty(), qPrintable(error.logString()));
    QCOMPARE(error.requestPath(), u"/api/v1/users"_s);
    QCOMPARE(all.size(), 500);
    QVERIFY(!loader.isRunning());
}

void TestUserListLoader::deletedWhileParsing()
{
    // Deleting the loader while pages are fetched and parsed must drop them quietly: no signal
    // afterwards, no crash when a parse finishes for a job that is gone (ASan builds check the
    // memory side).
    serve(u"2.20"_s, 6000);
    // The first page is handed over at once; with a little latency the next ones are still
    // being fetched or parsed then.
    m_server->faults().setLatency(std::chrono::milliseconds(20));
    QPointer<UserListLoader> loader = new UserListLoader(m_session.get());
    loader->setPagesInFlight(6);
    int pagesAfterDelete = 0;
    bool deleteRequested = false;
    bool deleted = false;
    // Pages of one burst may still arrive after deleteLater() (it acts on the next event-loop
    // turn): what must not happen is a page from a loader that is gone.
    connect(loader, &QObject::destroyed, this, [&] { deleted = true; });
    connect(loader, &UserListLoader::pageLoaded, this, [&] {
        if (deleted) {
            ++pagesAfterDelete;
        } else if (!deleteRequested) {
            deleteRequested = true;
            loader->deleteLater();
        }
    });
    QSignalSpy done(loader.data(), &UserListLoader::finished);
    loader->start();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isNull(), 10000);
    QCOMPARE(done.count(), 0); // deleted, not finished
    QTest::qWait(300); // parses still running finish into nothing
    QCOMPARE(pagesAfterDelete, 0);
    m_server->faults().clear();
    // The session still works afterwards.
    UserListLoader again(m_session.get());
    QSignalSpy againDone(&again, &UserListLoader::finished);
    again.start();
    QVERIFY(againDone.wait(20000));
    QCOMPARE(again.loadedCount(), 6001);
}

void TestUserListLoader::pagesGoOutInBursts()
{
    // One page every ~30 ms (latency, one request at a time): handed over one by one, a view
    // would repaint 30 times a second. The loader holds them and lets them out together, at
    // most every 100 ms (the first page at once), still one pageLoaded per page, in order.
    serve(u"2.20"_s, 4000);
    m_server->faults().setLatency(std::chrono::milliseconds(30));
    UserListLoader loader(m_session.get());
    loader.setPagesInFlight(1);
    QElapsedTimer clock;
    QList<qint64> at;
    UserList all;
    connect(&loader, &UserListLoader::pageLoaded, this, [&](const UserList &page) {
        at << clock.elapsed();
        all += page;
    });
    QSignalSpy done(&loader, &UserListLoader::finished);
    clock.start();
    loader.start();
    QVERIFY(done.wait(20000));
    m_server->faults().clear();
    QVERIFY(!done.first().at(0).value<ApiError>().isError());
    QCOMPARE(all.size(), 4001);
    QCOMPARE(at.size(), 9);
    for (qsizetype i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).username, u"seed%1@example.com"_s.arg(i));
    // Either the same burst (back to back) or a new one, 100 ms after the last (a timer may
    // fire a few ms early).
    int bursts = 1;
    for (qsizetype i = 1; i < at.size(); ++i) {
        const qint64 gap = at.at(i) - at.at(i - 1);
        QVERIFY2(gap < 15 || gap >= 90, qPrintable(u"gap of %1 ms"_s.arg(gap)));
        bursts += gap >= 90 ? 1 : 0;
    }
    QVERIFY2(bursts < at.size(), qPrintable(u"%1 bursts"_s.arg(bursts)));
}

// Issue 12, item 8: a console whose list keeps growing past the count it announced (here it
// grows by 1,200 users right after answering /users/count, so every page comes full) cannot make
// the loader page for ever: it stops one page past the count, with a message.
void TestUserListLoader::stopsOnePagePastTheAnnouncedCount()
{
    serve(u"2.20"_s, 1000);
    UserListLoader loader(m_session.get());
    bool grown = false;
    connect(&loader, &UserListLoader::progress, this, [&](qint64, qint64 total) {
        if (total >= 0 && !std::exchange(grown, true))
            QCOMPARE(m_server->seedUsers(1200, u"late%1@example.com"_s), 1200);
    });
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(20000));
    QVERIFY(grown);
    QVERIFY(!done.first().at(0).value<ApiError>().isError());
    QCOMPARE(loader.expectedTotal(), 1001);
    // Pages at offsets 0, 500, 1000 and 1500 (< 1001 + 500), then no more: 2,000 of 2,201.
    QCOMPARE(loader.loadedCount(), 2000);
    const QLocale locale;
    QVERIFY2(loader.limitMessage().contains(u"announced %1 users"_s.arg(locale.toString(1001)))
                     && loader.limitMessage().contains(u"stops at %1"_s.arg(locale.toString(2000))),
             qPrintable(loader.limitMessage()));
    // A list that did not grow ends with its short page and no message.
    UserListLoader again(m_session.get());
    QSignalSpy doneAgain(&again, &UserListLoader::finished);
    again.start();
    QVERIFY(doneAgain.wait(20000));
    QCOMPARE(again.loadedCount(), 2201);
    QVERIFY(again.limitMessage().isEmpty());
}

void TestUserListLoader::stopsAtTheCeilingWithoutACount()
{
    serve(u"2.20"_s, 1600);
    // No count (the console fails it): without the ceiling the pages are read until a short one.
    m_server->faults().failNext(u"/api/v1/users/count"_s, 500, 10);
    UserListLoader loader(m_session.get());
    loader.setMaxUsers(1000);
    QSignalSpy done(&loader, &UserListLoader::finished);
    loader.start();
    QVERIFY(done.wait(20000));
    QVERIFY(!done.first().at(0).value<ApiError>().isError());
    QCOMPARE(loader.expectedTotal(), -1);
    QCOMPARE(loader.loadedCount(), 1000);
    QVERIFY2(loader.limitMessage().contains(u"stops at %1 users"_s.arg(QLocale().toString(1000))),
             qPrintable(loader.limitMessage()));
}

QTEST_GUILESS_MAIN(TestUserListLoader)
#include "tst_userlistloader.moc"
