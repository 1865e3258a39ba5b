// SPDX-License-Identifier: MIT
// The console's clock against ours, from the Date header (IMF-fixdate, whole seconds): the
// estimate is an interval that holds the true skew, narrows with each answer, and starts again
// when an answer does not fit (a clock was set).

#include "api/ClockSkew.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestClockSkew : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesImfFixdateOnly()
    {
        const QDateTime d = ClockSkew::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(d.isValid());
        QCOMPARE(d, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(!ClockSkew::parseHttpDate("").isValid());
        QVERIFY(!ClockSkew::parseHttpDate("Sun, 06 Nov 1994 08:49:37 +0100").isValid());
        QVERIFY(!ClockSkew::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT").isValid());
        QVERIFY(!ClockSkew::parseHttpDate("Sun, 31 Feb 1994 08:49:37 GMT").isValid());
    }

    void intervalHoldsTheSkewAndNarrows()
    {
        // The console runs 90.4 s ahead; its Date header truncates to the second.
        const qint64 trueSkewMs = 90'400;
        const QDateTime t0(QDate(2026, 12, 4), QTime(22, 0, 0, 100), Qt::UTC);
        ClockSkew skew;
        QVERIFY(!skew.isKnown());
        const auto answer = [&](const QDateTime &sent, qint64 roundTripMs, qint64 serverAtMs) {
            const QDateTime server = sent.addMSecs(serverAtMs + trueSkewMs);
            const QDateTime truncated = server.addMSecs(-server.time().msec());
            skew.observe(sent, sent.addMSecs(roundTripMs),
                         QLocale::c()
                                 .toString(truncated, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                 .toLatin1());
        };
        answer(t0, 800, 400);
        QVERIFY(skew.isKnown());
        QVERIFY(skew.lowestMs() <= trueSkewMs && trueSkewMs <= skew.highestMs());
        const qint64 firstWidth = skew.highestMs() - skew.lowestMs();
        QVERIFY(firstWidth <= 1800); // round trip + the header's second
        answer(t0.addSecs(5).addMSecs(333), 20, 10);
        QVERIFY(skew.lowestMs() <= trueSkewMs && trueSkewMs <= skew.highestMs());
        QVERIFY(skew.highestMs() - skew.lowestMs() < firstWidth);
        // A garbled header changes nothing.
        const qint64 low = skew.lowestMs();
        skew.observe(t0, t0.addMSecs(10), "yesterday");
        QCOMPARE(skew.lowestMs(), low);
    }

    void aRepeatedDateHeaderNarrowsAgain()
    {
        // Answers within one second of the console's clock carry the same header; each still
        // counts (the parsed header is kept between answers, not the answer).
        ClockSkew skew;
        const QDateTime t0(QDate(2026, 12, 4), QTime(22, 0, 0), Qt::UTC);
        const QByteArray header = "Fri, 04 Dec 2026 22:00:00 GMT";
        skew.observe(t0, t0.addMSecs(50), header);
        QCOMPARE(skew.lowestMs(), -50);
        QCOMPARE(skew.highestMs(), 1000);
        skew.observe(t0.addMSecs(600), t0.addMSecs(610), QByteArray(header.constData()));
        QCOMPARE(skew.lowestMs(), -50);
        QCOMPARE(skew.highestMs(), 400);
        skew.observe(t0.addMSecs(700), t0.addMSecs(710), "Fri, 04 Dec 2026 22:00:01 GMT");
        QCOMPARE(skew.lowestMs(), 290);
        QCOMPARE(skew.highestMs(), 400);
    }

    void startsAgainWhenTheClockMoves()
    {
        ClockSkew skew;
        const QDateTime t0(QDate(2026, 12, 4), QTime(22, 0, 0), Qt::UTC);
        skew.observe(t0, t0.addMSecs(50), "Fri, 04 Dec 2026 22:00:00 GMT");
        QVERIFY(skew.lowestMs() <= 0 && 0 <= skew.highestMs());
        // The console's clock was set an hour ahead.
        skew.observe(t0.addSecs(10), t0.addSecs(10).addMSecs(50), "Fri, 04 Dec 2026 23:00:10 GMT");
        QVERIFY(skew.lowestMs() <= 3'600'000 && 3'600'000 <= skew.highestMs());
        QVERIFY(skew.lowestMs() > 3'590'000);
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
