// SPDX-License-Identifier: MIT
// Tools → Network log, below the window: the bounded recorder (older calls drop, sequence numbers
// tell how many), redaction of query values named like credentials, the table model and its
// filter, the bug-report file (header, one line per call, owner-only), and a real flow against the
// in-process sandbox recorded from ApiJob: sign-in refused and accepted, a 409 with the server's
// own message, a GET retried after a 503, a 401 replayed after a renewal, a call abandoned in
// flight, durations that include the server's latency.
#include "ApiTestSupport.h"
#include "api/NetworkLog.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/Redactor.h"
#include "models/NetworkLogModel.h"
#include "models/NetworkLogReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

NetworkLogEntry entry(const QString &path, int status, const QString &outcome = u"None"_s)
{
    NetworkLogEntry e;
    e.started = QDateTime::currentDateTimeUtc();
    e.method = "GET";
    e.host = u"console.example.com"_s;
    e.path = path;
    e.httpStatus = status;
    e.outcome = outcome;
    return e;
}

// The entries of `log` whose method and path (query ignored) match.
QList<NetworkLogEntry> calls(const NetworkLog &log, const QByteArray &method, const QString &path)
{
    QList<NetworkLogEntry> out;
    for (const NetworkLogEntry &e : log.entries()) {
        if (e.method == method && e.path.section(u'?', 0, 0) == path)
            out << e;
    }
    return out;
}

} // namespace

class TestNetworkLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedRing();
    void modelBoundedAndFiltered();
    void queryValuesRedacted();
    void reportFile();
    void sandboxFlow();
};

void TestNetworkLog::boundedRing()
{
    NetworkLog log(5);
    QSignalSpy recorded(&log, &NetworkLog::recorded);
    for (int i = 0; i < 12; ++i)
        log.record(entry(u"/api/v1/users/%1"_s.arg(i), 200));
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.dropped(), quint64(7));
    QCOMPARE(recorded.count(), 12);
    const auto kept = log.entries();
    QCOMPARE(kept.first().sequence, quint64(8));
    QCOMPARE(kept.first().path, u"/api/v1/users/7"_s);
    QCOMPARE(kept.last().sequence, quint64(12));
    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.dropped(), quint64(0));
    log.record(entry(u"/x"_s, 200));
    QCOMPARE(log.entries().first().sequence, quint64(13)); // numbering goes on: no confusion

    // A long server message is cut: memory per entry stays small.
    QCOMPARE(NetworkLogEntry::loggedMessage(QString(5000, u'm')).size(),
             NetworkLogEntry::MaxMessageChars);
    QUrlQuery longQuery;
    longQuery.addQueryItem(u"search"_s, QString(5000, u'q'));
    QCOMPARE(NetworkLogEntry::loggedTarget(u"/api/v1/users"_s, longQuery).size(),
             NetworkLogEntry::MaxPathChars);
}

void TestNetworkLog::modelBoundedAndFiltered()
{
    NetworkLogModel model(3);
    NetworkLogFilterModel filter;
    filter.setSourceModel(&model);
    model.append(entry(u"/api/v1/users"_s, 200));
    model.append(entry(u"/api/v1/apps"_s, 409, u"Conflict"_s));
    model.append(entry(u"/api/v1/token"_s, 0, u"Timeout"_s));
    model.append(entry(u"/api/v1/authorization/roles"_s, 200));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, NetworkLogModel::PathColumn).data().toString(), u"/api/v1/apps"_s);
    QCOMPARE(model.index(0, NetworkLogModel::StatusColumn).data().toString(), u"409"_s);
    QCOMPARE(model.index(1, NetworkLogModel::StatusColumn).data().toString(), u"Timeout"_s);
    QVERIFY(model.index(0, NetworkLogModel::StatusColumn)
                    .data(NetworkLogModel::ErrorRole)
                    .toBool());
    QVERIFY(!model.index(2, 0).data(NetworkLogModel::ErrorRole).toBool());
    NetworkLogEntry retried = entry(u"/api/v1/users"_s, 200);
    retried.sequence = 7;
    retried.operation = u"list users"_s;
    retried.requestId = u"req-42"_s;
    retried.attempt = 2;
    retried.replay = true;
    NetworkLogModel one(1);
    one.append(retried);
    const QString tip = one.index(0, NetworkLogModel::TimeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Call 7: list users"_s) && tip.contains(u"req-42"_s), qPrintable(tip));
    QCOMPARE(one.index(0, NetworkLogModel::StatusColumn).data().toString(),
             u"200 (try 2) (after renewal)"_s);

    filter.setErrorsOnly(true);
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilterFixedString(u"TOKEN"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setErrorsOnly(false);
    filter.setFilterFixedString(u"roles"_s);
    QCOMPARE(filter.rowCount(), 1);

    QList<NetworkLogEntry> many;
    for (int i = 0; i < 10; ++i)
        many << entry(u"/p%1"_s.arg(i), 200);
    model.setEntries(many);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, NetworkLogModel::PathColumn).data().toString(), u"/p9"_s);
}

void TestNetworkLog::queryValuesRedacted()
{
    const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s;
    QUrlQuery query;
    query.addQueryItem(u"search"_s, u"ann@example.com"_s);
    query.addQueryItem(u"access_token"_s, u"s3cr3t-value"_s);
    query.addQueryItem(u"codeVerifier"_s, u"verifier-value"_s);
    query.addQueryItem(u"clientSecret"_s, u"secret-value"_s);
    query.addQueryItem(u"apiKey"_s, u"key-value"_s);
    query.addQueryItem(u"note"_s, jwt);
    const QString target = NetworkLogEntry::loggedTarget(u"/api/v1/users"_s, query);
    QVERIFY2(target.startsWith(u"/api/v1/users?search=ann@example.com&"_s), qPrintable(target));
    for (const QString &secret :
         {u"s3cr3t-value"_s, u"verifier-value"_s, u"secret-value"_s, u"key-value"_s, jwt})
        QVERIFY2(!target.contains(secret), qPrintable(target));
    QCOMPARE(target.count(Redactor::marker()), 5);
    // A JWT in the path itself (never sent by us, but a caller's mistake must not leak).
    QVERIFY(!NetworkLogEntry::loggedTarget(u"/x/"_s + jwt, {}).contains(jwt));
}

void TestNetworkLog::reportFile()
{
    QList<NetworkLogEntry> entries{entry(u"/api/v1/users"_s, 200),
                                   entry(u"/api/v1/apps"_s, 409, u"Conflict"_s)};
    entries[1].message = u"application dup-app already exists"_s;
    entries[1].method = "POST";
    NetworkLogReport::Header header;
    header.consoleHost = u"console.example.com"_s;
    header.dropped = 4;
    const QList<QByteArray> lines = NetworkLogReport::text(header, entries).split('\n');
    QCOMPARE(lines.size(), 4); // header, two entries, the empty rest after the last newline
    const QJsonObject head = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(head.value(u"version"_s).toString(), QStringLiteral(RUNAI_VERSION_STRING));
    QCOMPARE(head.value(u"qtVersion"_s).toString(), QString::fromLatin1(qVersion()));
    QCOMPARE(head.value(u"consoleHost"_s).toString(), u"console.example.com"_s);
    QCOMPARE(head.value(u"droppedOlderEntries"_s).toInt(), 4);
    QVERIFY(!head.value(u"savedAt"_s).toString().isEmpty());
    const QJsonObject second = QJsonDocument::fromJson(lines[2]).object();
    QCOMPARE(second.value(u"status"_s).toInt(), 409);
    QCOMPARE(second.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(second.value(u"message"_s).toString(), u"application dup-app already exists"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"network.jsonl"_s);
    NetworkLogReport report;
    QSignalSpy finished(&report, &NetworkLogReport::finished);
    QVERIFY(report.start(path, header, entries));
    QVERIFY(!report.start(path, header, entries)); // one at a time
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(2).toString(), QString());
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QFile file(path);
    QCOMPARE(
            file.permissions()
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);

    // A folder that does not exist: the error comes back, nothing is written.
    QVERIFY(report.start(dir.filePath(u"missing/network.jsonl"_s), header, entries));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.last().at(2).toString().isEmpty());
}

void TestNetworkLog::sandboxFlow()
{
    auto options = sandboxOptions(u"2.24"_s);
    sandbox::SandboxServer server(options);
    QVERIFY(server.start());
    NetworkLog log;
    QVERIFY(NetworkLog::install(&log) == nullptr);
    Session session(fastSettings(server.baseUrl()));
    session.setCredentialsProvider([&](const QString &, Session::SecretCallback reply) {
        reply(SecretBytes::fromString(options.adminPassword));
    });
    RunaiClient client(&session);

    // Sign-in refused, then accepted: both token requests are there, the refusal with its reason.
    auto refused = run(client.signIn(options.adminEmail, u"wrong-Pa55word"_s));
    QVERIFY(!refused->succeeded());
    QVERIFY(run(client.signIn(options.adminEmail, options.adminPassword))->succeeded());
    // 2.24 has the OAuth2 token endpoint: sign-in goes there.
    const auto tokenCalls = calls(log, "POST", u"/api/v2/token"_s);
    QCOMPARE(tokenCalls.size(), 2);
    QVERIFY(tokenCalls[0].tokenRequest);
    QVERIFY(tokenCalls[0].isError());
    QCOMPARE(tokenCalls[0].httpStatus, refused->error().httpStatus());
    QVERIFY(!tokenCalls[0].message.isEmpty());
    QCOMPARE(tokenCalls[1].httpStatus, 200);
    QCOMPARE(tokenCalls[1].outcome, u"None"_s);
    QVERIFY(tokenCalls[1].message.isEmpty());
    QCOMPARE(tokenCalls[1].host,
             u"%1:%2"_s.arg(server.baseUrl().host()).arg(server.baseUrl().port()));
    QVERIFY(qAbs(tokenCalls[1].started.secsTo(QDateTime::currentDateTimeUtc())) < 30);

    // A 409 carries the server's own message, exactly as the error shows it.
    QVERIFY(run(client.createApplication(u"dup-app"_s))->succeeded());
    auto dup = run(client.createApplication(u"dup-app"_s));
    QCOMPARE(dup->error().httpStatus(), 409);
    QVERIFY(!dup->error().serverMessage().isEmpty());
    const NetworkLogEntry conflict = log.entries().last();
    QCOMPARE(conflict.method, QByteArray("POST"));
    QCOMPARE(conflict.httpStatus, 409);
    QCOMPARE(conflict.outcome, u"Conflict"_s);
    QCOMPARE(conflict.message, dup->error().serverMessage());
    QCOMPARE(conflict.operation, dup->error().operation());

    // A GET retried after a 503: two entries, the second marked as the second try. Latency shows
    // in the duration.
    server.faults().setLatency(std::chrono::milliseconds(150));
    server.faults().failNext(u"/api/v1/users"_s, 503);
    QVERIFY(run(client.listUsers())->succeeded());
    server.faults().setLatency(std::chrono::milliseconds(0));
    auto users = calls(log, "GET", u"/api/v1/users"_s);
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0].httpStatus, 503);
    QCOMPARE(users[0].attempt, 1);
    QCOMPARE(users[1].httpStatus, 200);
    QCOMPARE(users[1].attempt, 2);
    QVERIFY2(users[1].durationMs >= 140, qPrintable(QString::number(users[1].durationMs)));
    QVERIFY(users[1].durationMs < 10'000);
    QVERIFY(users[1].started >= users[0].started);

    // A 401 renews the token (by the refresh token) and replays the GET once, marked as such.
    const int before = log.size();
    server.faults().failNext(u"/api/v1/users"_s, 401);
    QVERIFY(run(client.listUsers())->succeeded());
    const auto after = log.entries().mid(before);
    QVERIFY2(after.size() >= 3, qPrintable(QString::number(after.size())));
    QCOMPARE(after.first().httpStatus, 401);
    QVERIFY(!after.first().replay);
    QVERIFY(std::any_of(after.begin(), after.end(),
                        [](const NetworkLogEntry &e) { return e.tokenRequest; }));
    QCOMPARE(after.last().httpStatus, 200);
    QVERIFY(after.last().replay);

    // A call abandoned in flight is recorded as cancelled, with no status.
    server.faults().setLatency(std::chrono::milliseconds(2000));
    auto *slow = client.listUsers();
    slow->setAutoDelete(false);
    std::unique_ptr<ApiJob> owned(slow);
    slow->start();
    QTest::qWait(200);
    const int beforeAbandon = log.size();
    slow->abandon();
    server.faults().setLatency(std::chrono::milliseconds(0));
    QCOMPARE(log.size(), beforeAbandon + 1);
    QCOMPARE(log.entries().last().outcome, u"Cancelled"_s);
    QCOMPARE(log.entries().last().httpStatus, 0);

    // Uninstalled: nothing more is recorded.
    QVERIFY(NetworkLog::install(nullptr) == &log);
    const int total = log.size();
    QVERIFY(run(client.listUsers())->succeeded());
    QCOMPARE(log.size(), total);
}

QTEST_GUILESS_MAIN(TestNetworkLog)
#include "tst_networklog.moc"
