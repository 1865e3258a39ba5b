// SPDX-License-Identifier: MIT
// InFlightController: slow start while the round trip holds, halving on 429/503 and on rising
// latency (not below the start for latency alone), the user's ceiling.
#include "api/InFlightController.h"

#include <QTest>

using namespace runai;

class TestInFlightController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAtSixAndDoublesWhileLatencyHolds();
    void neverPassesTheCeiling();
    void overloadHalvesOncePerRoundTripThenGrowsByOne();
    void overloadGoesDownToOne();
    void risingLatencyHalvesButNotBelowTheStart();
    void lowerCeilingTakesEffectAtOnce();
    void restartForgetsTheRun();

private:
    // One round trip's worth of answers, each after `ms`.
    static void roundTrip(InFlightController &c, double ms)
    {
        const int n = c.limit();
        for (int i = 0; i < n; ++i)
            c.answered(ms);
    }
};

void TestInFlightController::startsAtSixAndDoublesWhileLatencyHolds()
{
    InFlightController c;
    QCOMPARE(c.ceiling(), InFlightController::DefaultCeiling);
    QCOMPARE(c.limit(), 6);
    QVERIFY(c.isSlowStart());
    for (int i = 0; i < 5; ++i)
        c.answered(80);
    QCOMPARE(c.limit(), 6); // a round trip is `limit` answers
    c.answered(80);
    QCOMPARE(c.limit(), 12);
    QCOMPARE(c.baselineMs(), 80.0);
    roundTrip(c, 82); // within 1.5x + 5 ms of the quickest round trip
    QCOMPARE(c.limit(), 24);
}

void TestInFlightController::neverPassesTheCeiling()
{
    InFlightController c(20);
    for (int i = 0; i < 10; ++i)
        roundTrip(c, 80);
    QCOMPARE(c.limit(), 20);
    InFlightController one(0); // clamped
    QCOMPARE(one.ceiling(), 1);
    QCOMPARE(one.limit(), 1);
    InFlightController many(1000);
    QCOMPARE(many.ceiling(), InFlightController::MaxCeiling);
}

void TestInFlightController::overloadHalvesOncePerRoundTripThenGrowsByOne()
{
    InFlightController c;
    roundTrip(c, 80);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 24);
    c.overloaded();
    QCOMPARE(c.limit(), 12);
    QVERIFY(!c.isSlowStart());
    // The other 23 requests sent under the old limit answer 429 too: no further halving.
    for (int i = 0; i < 23; ++i)
        c.overloaded();
    QCOMPARE(c.limit(), 12);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 13); // additive growth after the first trouble
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 14);
    c.overloaded(); // a new round trip's refusal halves again
    QCOMPARE(c.limit(), 7);
}

void TestInFlightController::overloadGoesDownToOne()
{
    InFlightController c;
    c.overloaded();
    QCOMPARE(c.limit(), 3);
    for (int i = 0; i < 5; ++i)
        c.overloaded(); // the rest of the first six
    QCOMPARE(c.limit(), 3);
    c.overloaded();
    QCOMPARE(c.limit(), 1);
    for (int i = 0; i < 10; ++i)
        c.overloaded();
    QCOMPARE(c.limit(), 1);
}

void TestInFlightController::risingLatencyHalvesButNotBelowTheStart()
{
    InFlightController c;
    roundTrip(c, 80);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 24);
    roundTrip(c, 200); // > 80 * 1.5 + 5: a queue is building
    QCOMPARE(c.limit(), 12);
    QVERIFY(!c.isSlowStart());
    for (int i = 0; i < 23; ++i)
        c.answered(200); // still due from before the decrease: no second halving
    QCOMPARE(c.limit(), 12);
    roundTrip(c, 200);
    QCOMPARE(c.limit(), 6);
    roundTrip(c, 200);
    roundTrip(c, 200);
    QCOMPARE(c.limit(), 6); // latency alone never goes below the start
    InFlightController grown;
    grown.overloaded(); // 3, then one by one
    for (int i = 0; i < 5; ++i)
        grown.answered(80);
    for (int round = 0; round < 4; ++round)
        roundTrip(grown, 80);
    QCOMPARE(grown.limit(), 7);
    roundTrip(grown, 200);
    QCOMPARE(grown.limit(), 6); // not 7 / 2
    // A loopback console: 1 ms, then 3 ms is noise within the slack, not a queue.
    InFlightController near;
    roundTrip(near, 1);
    roundTrip(near, 3);
    QCOMPARE(near.limit(), 24);
}

void TestInFlightController::lowerCeilingTakesEffectAtOnce()
{
    InFlightController c;
    roundTrip(c, 80);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 24);
    c.setCeiling(8);
    QCOMPARE(c.limit(), 8);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 8);
    c.setCeiling(16); // raising the ceiling lets it grow again, it does not jump
    QCOMPARE(c.limit(), 8);
    roundTrip(c, 80);
    QCOMPARE(c.limit(), 16);
}

void TestInFlightController::restartForgetsTheRun()
{
    InFlightController c;
    roundTrip(c, 80);
    c.overloaded();
    c.restart();
    QCOMPARE(c.limit(), 6);
    QVERIFY(c.isSlowStart());
    QCOMPARE(c.baselineMs(), -1.0);
    InFlightController small(4);
    QCOMPARE(small.limit(), 4); // the start is never above the ceiling
}

QTEST_APPLESS_MAIN(TestInFlightController)
#include "tst_inflightcontroller.moc"
