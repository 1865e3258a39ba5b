// SPDX-License-Identifier: MIT
// Issue 12: what the api layer logs is a set of structured fields chosen to be safe (method, path,
// query names, status, outcome, duration, byte count, the transport error's name), never a body,
// a query value or the server's message, which a server may use to echo back what it was sent.
// The user still sees the server's message. Uses texts the redactor cannot recognise, so only
// leaving them out of the log keeps them out.
#include "../support/LogCapture.h"
#include "ApiTestSupport.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/UserQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestSafeLogFields : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { LogCapture::install(u"runai.*=true"_s); }
    void cleanupTestCase() { LogCapture::remove(); }

    void noPeerTextInLogs()
    {
        auto options = sandboxOptions(u"2.24"_s);
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        Session session(fastSettings(server.baseUrl()));
        RunaiClient client(&session);
        QVERIFY(run(client.signIn(options.adminEmail, options.adminPassword))->succeeded());
        LogCapture::take();

        // A query value: its name is logged, its value is not.
        UserQuery query;
        query.search = u"pin-4711-q"_s;
        auto list = run(client.listUsers(query));
        QVERIFY2(list->succeeded(), qPrintable(list->error().logString()));

        // A JSON error: the user sees the server's message, the log does not.
        server.faults().failNext(u"/api/v1/users"_s, 400);
        auto refused = run(client.listUsers());
        QVERIFY(!refused->succeeded());
        QVERIFY2(refused->error().userMessage().contains(u"Injected failure"_s),
                 qPrintable(refused->error().userMessage()));

        // A gateway's HTML page (a body): retried, then reported without its text.
        server.faults().html502Next(u"/api/v1/users"_s, 10);
        QVERIFY(!run(client.listUsers())->succeeded());
        server.faults().clear();

        const QStringList lines = LogCapture::take();
        const QString all = lines.join(u'\n');
        for (const QString &leak : {u"pin-4711-q"_s, u"Injected failure"_s, u"told to fail"_s,
                                    u"nginx"_s, u"Bad Gateway"_s})
            QVERIFY2(!all.contains(leak), qPrintable(leak + u" in:\n"_s + all));
        // The structured fields are there.
        QVERIFY2(all.contains(u"/api/v1/users?search=…"_s), qPrintable(all));
        QVERIFY2(all.contains(u"status 400"_s), qPrintable(all));
        QVERIFY2(all.contains(u"server-message-withheld"_s), qPrintable(all));
        QVERIFY2(all.contains(u"non-JSON error body (text/html"_s), qPrintable(all));
        QVERIFY2(all.contains(u"bytes"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestSafeLogFields)
#include "tst_safelogfields.moc"
