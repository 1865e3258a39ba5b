// SPDX-License-Identifier: MIT
// UserListLoader against the sandbox: pages of 500 in order, progress with the counted total,
// server-side search, cancel, and the 2.18 server without paging.
#include "ApiTestSupport.h"
#include "RunaiClient.h"
#include "Session.h"
#include "UserListLoader.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestUserListLoader)
#include "tst_userlistloader.moc"
