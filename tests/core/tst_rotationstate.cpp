// SPDX-License-Identifier: MIT
// Issue 15: the rotation's pure parts: the successor's name, which rules still need copying,
// the state kept in the settings file (round trip, per profile, nothing else read back).
#include "core/AppSettings.h"
#include "core/RotationState.h"
#include "core/RotationStore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace runai;
using Step = RotationState::Step;

namespace {
AccessRule rule(int roleId, const QString &scopeType, const QString &scopeId,
                const QString &subjectType = u"service-account"_s)
{
    AccessRule r;
    r.roleId = roleId;
    r.scopeType = scopeType;
    r.scopeId = scopeId;
    r.subjectType = subjectType;
    return r;
}
} // namespace

class TestRotationState : public QObject
{
    Q_OBJECT
private slots:
    void successorName_data()
    {
        QTest::addColumn<QString>("predecessor");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ci-bot"_s << QStringList() << u"ci-bot-2"_s;
        QTest::newRow("-2 taken") << u"ci-bot"_s << QStringList{u"ci-bot-2"_s} << u"ci-bot-3"_s;
        QTest::newRow("-2 and -3 taken")
                << u"ci-bot"_s << QStringList{u"ci-bot-2"_s, u"ci-bot-3"_s} << u"ci-bot-4"_s;
        QTest::newRow("a successor's successor") << u"ci-bot-2"_s << QStringList() << u"ci-bot-3"_s;
        QTest::newRow("-1 is a name, not a number")
                << u"ci-bot-1"_s << QStringList() << u"ci-bot-1-2"_s;
        QTest::newRow("year-like suffix") << u"etl-2025"_s << QStringList() << u"etl-2026"_s;
        QTest::newRow("underscore") << u"a_b"_s << QStringList() << u"a_b-2"_s;
    }
    void successorName()
    {
        QFETCH(QString, predecessor);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(RotationState::successorNameFor(predecessor, taken), expected);
    }

    void rulesToCopy()
    {
        AccessRule deleted = rule(3, u"project"_s, u"p1"_s);
        deleted.deletedAt = QDateTime::currentDateTimeUtc();
        const QList<AccessRule> predecessor{
                rule(1, u"tenant"_s, u"1001"_s, u"app"_s), // 2.24 keeps old "app" rules
                rule(2, u"project"_s, u"p1"_s),
                rule(2, u"project"_s, u"p1"_s), // listed twice: copied once
                rule(5, u"tenant"_s, u"1001"_s, u"all-authenticated-users"_s),
                deleted,
        };
        QList<AccessRule> missing = RotationState::rulesToCopy(predecessor, {});
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).roleId, 1);
        QCOMPARE(missing.at(1).roleId, 2);
        // Half copied: only what the successor lacks (another cluster is another grant).
        AccessRule otherCluster = rule(1, u"tenant"_s, u"1001"_s);
        otherCluster.clusterId = u"c-2"_s;
        missing = RotationState::rulesToCopy(predecessor,
                                             {rule(2, u"project"_s, u"p1"_s), otherCluster});
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().roleId, 1);
        QVERIFY(RotationState::rulesToCopy(predecessor, predecessor).isEmpty());
    }

    void jsonRoundTrip()
    {
        RotationState s;
        s.consoleUrl = u"https://runai.example.com"_s;
        s.predecessorId = u"id-1"_s;
        s.predecessorName = u"ci-bot"_s;
        s.predecessorClientId = u"ci-bot"_s;
        s.successorId = u"id-2"_s;
        s.successorName = u"ci-bot-2"_s;
        s.successorClientId = u"ci-bot-2"_s;
        s.step = Step::RulesCopied;
        s.rulesCopied = 3;
        s.startedAt = QDateTime(QDate(2026, 12, 5), QTime(4, 30, 1, 250), Qt::UTC);
        s.predecessorLastLogin = s.startedAt.addSecs(60);
        const auto back = RotationState::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(*back, s);
        QVERIFY(s.concerns(u"id-1"_s) && s.concerns(u"id-2"_s) && !s.concerns(u"id-3"_s));
        QVERIFY(!s.concerns(QString()));
        // Not ours: no predecessor, or a step this program does not know.
        QJsonObject odd = s.toJson();
        odd[u"step"_s] = u"exploded"_s;
        QVERIFY(!RotationState::fromJson(odd));
        odd = s.toJson();
        odd.remove(u"predecessorId"_s);
        QVERIFY(!RotationState::fromJson(odd));
    }

    void storePerProfile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        RotationStore store(u"p1"_s, &settings);
        RotationStore other(u"p2"_s, &settings);
        RotationState a;
        a.consoleUrl = u"https://a"_s;
        a.predecessorId = u"app-1"_s;
        a.predecessorName = u"one"_s;
        a.successorName = u"one-2"_s;
        store.save(a);
        QCOMPARE(store.all().size(), 1);
        QVERIFY(other.all().isEmpty());
        a.step = Step::SuccessorCreated;
        a.successorId = u"app-9"_s;
        store.save(a); // replaces, keyed by console and predecessor
        QCOMPARE(store.all().size(), 1);
        QVERIFY(store.find(u"https://a"_s, u"app-9"_s));
        QCOMPARE(store.find(u"https://a"_s, u"app-1"_s)->step, Step::SuccessorCreated);
        QVERIFY(!store.find(u"https://b"_s, u"app-1"_s)); // another console
        store.remove(a);
        QVERIFY(store.all().isEmpty());
        // Gone with its profile.
        store.save(a);
        settings.removeProfile(u"p1"_s);
        QVERIFY(store.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRotationState)
#include "tst_rotationstate.moc"
