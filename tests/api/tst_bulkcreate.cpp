// SPDX-License-Identifier: MIT
// BulkUserCreator against the in-process sandbox over loopback HTTP: every row ends in a known
// state, 429 slows the import instead of failing rows, a lost answer never creates twice,
// cancel and retry.
#include "ApiTestSupport.h"
#include "api/BulkUserCreator.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using O = BulkUserCreator::Outcome;

class TestBulkCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsAllWithBoundedParallelism();
    void conflictAndInvalidRows();
    void rateLimitSlowsDownInsteadOfFailing();
    void farConsoleGetsMoreThanSixInFlight();
    void unavailableHalvesAndLooksUpFirst();
    void lostAnswerIsLookedUpNotRepeated();
    void droppedRequestIsSentAgainOnce();
    void cancelLeavesEveryRowKnown();
    void retryFailedRows();

private:
    QList<BulkUserCreator::Request> requests(const QString &prefix, int n) const;
    bool runToEnd(BulkUserCreator &c, int timeoutMs = 20000);
    qint64 serverCount(const QString &search);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestBulkCreate::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(u"2.20"_s));
    QVERIFY(m_server->start());
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
    const sandbox::SandboxOptions o;
    QVERIFY(run(RunaiClient(m_session.get()).signIn(o.adminEmail, o.adminPassword))->succeeded());
}

void TestBulkCreate::cleanup()
{
    m_session.reset();
    m_server.reset();
}

QList<BulkUserCreator::Request> TestBulkCreate::requests(const QString &prefix, int n) const
{
    QList<BulkUserCreator::Request> out;
    for (int i = 0; i < n; ++i)
        out.append({u"%1-%2@example.com"_s.arg(prefix).arg(i), false, false});
    return out;
}

bool TestBulkCreate::runToEnd(BulkUserCreator &c, int timeoutMs)
{
    QSignalSpy done(&c, &BulkUserCreator::finished);
    c.start();
    return done.wait(timeoutMs) && done.count() == 1 && !c.isRunning();
}

qint64 TestBulkCreate::serverCount(const QString &search)
{
    UserQuery q;
    q.search = search;
    auto job = run(RunaiClient(m_session.get()).countUsers(q));
    return job->succeeded() ? job->result() : -1;
}

void TestBulkCreate::createsAllWithBoundedParallelism()
{
    BulkUserCreator c(m_session.get());
    QCOMPARE(c.maxInFlight(), InFlightController::DefaultCeiling);
    QCOMPARE(c.currentLimit(), InFlightController::StartLimit);
    c.setMaxInFlight(4);
    c.setRequests(requests(u"par"_s, 40));
    int maxSending = 0;
    connect(&c, &BulkUserCreator::rowChanged, this,
            [&] { maxSending = std::max(maxSending, c.count(O::InFlight)); });
    QSignalSpy progress(&c, &BulkUserCreator::progress);
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 40);
    QCOMPARE(c.doneCount(), 40);
    QVERIFY2(maxSending <= 4 && maxSending >= 2, qPrintable(QString::number(maxSending)));
    QCOMPARE(progress.count(), 40);
    QCOMPARE(progress.last().at(0).toInt(), 40);
    QVERIFY(c.rate() > 0);
    QSet<QString> passwords;
    for (const auto &r : c.rows()) {
        QVERIFY(!r.userId.isEmpty());
        QVERIFY(!r.tempPassword.isEmpty());
        QCOMPARE(r.attempts, 1);
        passwords.insert(r.tempPassword);
    }
    QCOMPARE(passwords.size(), 40);
    QCOMPARE(serverCount(u"par-"_s), 40);
}

void TestBulkCreate::conflictAndInvalidRows()
{
    QVERIFY(run(RunaiClient(m_session.get()).createUser(u"taken@example.com"_s))->succeeded());
    BulkUserCreator c(m_session.get());
    c.setRequests({{u"taken@example.com"_s, {}, {}},
                   {u"not-an-email"_s, {}, {}},
                   {u"fresh@example.com"_s, true, {}}});
    QVERIFY(runToEnd(c));
    QCOMPARE(c.row(0).outcome, O::AlreadyExists);
    QCOMPARE(c.row(1).outcome, O::Invalid);
    QVERIFY(!c.row(1).message.isEmpty());
    QVERIFY(c.row(1).tempPassword.isEmpty());
    QCOMPARE(c.row(2).outcome, O::Created);
}

void TestBulkCreate::rateLimitSlowsDownInsteadOfFailing()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 429, 3, "1");
    BulkUserCreator c(m_session.get());
    c.setRequests(requests(u"rl"_s, 20));
    QSignalSpy limited(&c, &BulkUserCreator::rateLimited);
    QElapsedTimer t;
    t.start();
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 20);
    QCOMPARE(c.rateLimitedCount(), 3);
    QVERIFY(!limited.isEmpty());
    QCOMPARE(limited.first().at(0).toInt(), 1);
    // Nothing was sent during the pause the server asked for.
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
    QVERIFY(c.lowestLimit() < InFlightController::StartLimit); // halved, then grew back
    for (const auto &r : c.rows())
        QCOMPARE(r.attempts, 1); // a refused request does not count as an attempt
    QCOMPARE(serverCount(u"rl-"_s), 20);
}

void TestBulkCreate::farConsoleGetsMoreThanSixInFlight()
{
    // 30 ms away: 6 in flight would be the whole speed; the answers keep their pace as more go
    // out, so the creator doubles and the session opens connections beyond Qt's 6.
    m_server->faults().setLatency(std::chrono::milliseconds(30));
    BulkUserCreator c(m_session.get());
    c.setMaxInFlight(20);
    c.setRequests(requests(u"far"_s, 60));
    int maxSending = 0;
    connect(&c, &BulkUserCreator::rowChanged, this,
            [&] { maxSending = std::max(maxSending, c.inFlight()); });
    QSignalSpy lanes(m_session.get(), &Session::connectionLaneOpened);
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 60);
    QVERIFY2(maxSending > 6 && maxSending <= 20, qPrintable(QString::number(maxSending)));
    QVERIFY(!lanes.isEmpty()); // the 7th request at once went over another connection
    QCOMPARE(serverCount(u"far-"_s), 60);
}

void TestBulkCreate::unavailableHalvesAndLooksUpFirst()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 503, 2);
    BulkUserCreator c(m_session.get());
    c.setRequests(requests(u"busy"_s, 12));
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 12);
    QVERIFY(c.lowestLimit() < InFlightController::StartLimit);
    int sentTwice = 0;
    for (const auto &r : c.rows())
        sentTwice += r.attempts == 2 ? 1 : 0; // looked up, not there, sent again
    QCOMPARE(sentTwice, 2);
    QCOMPARE(serverCount(u"busy-"_s), 12);
}

void TestBulkCreate::lostAnswerIsLookedUpNotRepeated()
{
    m_server->faults().dropAfterHandlingNext(u"/api/v1/users"_s, 1);
    BulkUserCreator c(m_session.get());
    c.setMaxInFlight(1); // so the first row is the one whose answer is lost
    c.setRequests(requests(u"lost"_s, 3));
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 3);
    QCOMPARE(c.row(0).attempts, 1); // looked up, not sent again
    QVERIFY(!c.row(0).userId.isEmpty());
    QVERIFY(c.row(0).tempPassword.isEmpty());
    QVERIFY(!c.row(0).message.isEmpty());
    QVERIFY(!c.row(1).tempPassword.isEmpty());
    QCOMPARE(serverCount(u"lost-"_s), 3);
}

void TestBulkCreate::droppedRequestIsSentAgainOnce()
{
    m_server->faults().dropNext(u"/api/v1/users"_s, 1); // not handled: the user does not exist
    BulkUserCreator c(m_session.get());
    c.setMaxInFlight(1);
    c.setRequests(requests(u"drop"_s, 2));
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Created), 2);
    QCOMPARE(c.row(0).attempts, 2);
    QVERIFY(!c.row(0).tempPassword.isEmpty());
    QCOMPARE(serverCount(u"drop-"_s), 2);
}

void TestBulkCreate::cancelLeavesEveryRowKnown()
{
    m_server->faults().setLatency(std::chrono::milliseconds(40));
    BulkUserCreator c(m_session.get());
    c.setMaxInFlight(2);
    c.setRequests(requests(u"cancel"_s, 30));
    QSignalSpy done(&c, &BulkUserCreator::finished);
    connect(&c, &BulkUserCreator::progress, &c, [&c](int d) {
        if (d == 3)
            c.cancel();
    });
    c.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    QVERIFY(!c.isRunning());
    const int created = c.count(O::Created);
    QVERIFY2(created >= 3 && created <= 5, qPrintable(QString::number(created)));
    QCOMPARE(created + c.count(O::Cancelled), 30);
    m_server->faults().clear();
    // What the report says is what the server has.
    QCOMPARE(serverCount(u"cancel-"_s), created);
    QTest::qWait(100); // no late request goes out after finished()
    QCOMPARE(serverCount(u"cancel-"_s), created);
}

void TestBulkCreate::retryFailedRows()
{
    m_server->faults().failNext(u"/api/v1/users"_s, 500, 2);
    BulkUserCreator c(m_session.get());
    c.setMaxInFlight(1);
    c.setRequests(requests(u"retry"_s, 5));
    QVERIFY(runToEnd(c));
    QCOMPARE(c.count(O::Failed), 2);
    QCOMPARE(c.count(O::Created), 3);
    QVERIFY(!c.row(0).message.isEmpty());
    QSignalSpy done(&c, &BulkUserCreator::finished);
    c.retryFailed();
    QVERIFY(done.wait(10000));
    QCOMPARE(c.count(O::Created), 5);
    QCOMPARE(c.count(O::Failed), 0);
    QCOMPARE(serverCount(u"retry-"_s), 5);
}

QTEST_GUILESS_MAIN(TestBulkCreate)
#include "tst_bulkcreate.moc"
