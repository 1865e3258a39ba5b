// SPDX-License-Identifier: MIT
// Issue 15, the access review's pure parts: the flags a reviewer filters on, whose rules apply to
// whom (ReviewRuleIndex), and the CSV / HTML exports (values, escaping, the filter).

#include "core/Csv.h"
#include "core/ReviewReport.h"
#include "core/ReviewRuleIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(4, 0), Qt::UTC);

ReviewRule rule(const QString &role, ReviewRule::Via via = ReviewRule::Via::Direct)
{
    ReviewRule r;
    r.roleName = role;
    r.scopeType = u"tenant"_s;
    r.scopeName = u"1"_s;
    r.via = via;
    return r;
}

AccessRule accessRule(const QString &type, const QString &subject, const QString &role)
{
    AccessRule r;
    r.subjectType = type;
    r.subjectId = subject;
    r.roleName = role;
    r.scopeType = u"project"_s;
    r.scopeName = u"team-a"_s;
    return r;
}
} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flags_data()
    {
        QTest::addColumn<int>("lastLoginDaysAgo"); // -1: never
        QTest::addColumn<QString>("role"); // empty: no rule
        QTest::addColumn<int>("enabled"); // -1: not in the API
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("expected");
        using F = ReviewFlags;
        QTest::newRow("fresh editor") << 3 << u"Editor"_s << 1 << u"system"_s << true << 0;
        QTest::newRow("never signed in")
                << -1 << u"Editor"_s << -1 << u""_s << true << int(F::NeverSignedIn);
        QTest::newRow("stale at 91 days")
                << 91 << u"Editor"_s << -1 << u"system"_s << true << int(F::Stale);
        QTest::newRow("90 days is not stale")
                << 90 << u"Editor"_s << -1 << u"system"_s << true << 0;
        QTest::newRow("admin") << 1 << u"System administrator"_s << -1 << u"system"_s << true
                               << int(F::SystemAdministrator);
        QTest::newRow("no rule, disabled") << 1 << u""_s << 0 << u"admin@example.com"_s << true
                                           << int(F::NoAccessRule | F::Disabled);
        QTest::newRow("creator gone")
                << 1 << u"Editor"_s << 1 << u"Gone@Example.com"_s << true << int(F::CreatorGone);
        QTest::newRow("creator unknown while loading")
                << 1 << u"Editor"_s << 1 << u"gone@example.com"_s << false << 0;
    }
    void flags()
    {
        QFETCH(int, lastLoginDaysAgo);
        QFETCH(QString, role);
        QFETCH(int, enabled);
        QFETCH(QString, createdBy);
        QFETCH(bool, complete);
        QFETCH(int, expected);
        ReviewEntry e;
        e.name = u"x"_s;
        if (lastLoginDaysAgo >= 0)
            e.lastLogin = kNow.addDays(-lastLoginDaysAgo);
        if (!role.isEmpty())
            e.rules = {rule(role)};
        if (enabled >= 0)
            e.enabled = enabled == 1;
        e.createdBy = createdBy;
        const QSet<QString> identities{u"admin@example.com"_s};
        ReviewFlags::Context c{kNow, 90, &identities, complete};
        QCOMPARE(int(ReviewFlags::of(e, c)), expected);
    }

    void everyoneRuleIsNoOwnRule()
    {
        ReviewEntry e;
        e.lastLogin = kNow;
        e.rules = {rule(u"Viewer"_s, ReviewRule::Via::Everyone)};
        QVERIFY(ReviewFlags::of(e, {kNow, 90, nullptr, true}).testFlag(ReviewFlags::NoAccessRule));
    }

    void ruleIndexResolvesSubjects()
    {
        const ReviewRuleIndex index({accessRule(u"user"_s, u"ALICE@example.com"_s, u"Editor"_s),
                                     accessRule(u"user"_s, u"u-1"_s, u"Viewer"_s),
                                     accessRule(u"group"_s, u"ops"_s, u"L1 researcher"_s),
                                     accessRule(u"app"_s, u"ci-bot"_s, u"ML engineer"_s),
                                     accessRule(u"all-authenticated-users"_s,
                                                u"all-authenticated-users"_s, u"Viewer"_s)});
        const ReviewRuleList alice = index.forUser(u"u-1"_s, u"alice@example.com"_s, {u"ops"_s});
        QCOMPARE(alice.size(), 4);
        QCOMPARE(alice.at(2).via, ReviewRule::Via::Group);
        QCOMPARE(alice.at(2).text(), u"L1 researcher on project team-a (via group ops)"_s);
        QCOMPARE(alice.at(3).via, ReviewRule::Via::Everyone);
        // 2.24 renamed "app" to "service-account": old rules still count, by name or client ID.
        QCOMPARE(index.forApplication(u"id-9"_s, u"ci-bot"_s, u"ci-bot"_s, true).size(), 2);
        QCOMPARE(index.forApplication(u"id-9"_s, u"other"_s, u"other"_s, false).size(), 0);
    }

    void csvHoldsValuesAndHonoursTheFilter()
    {
        ReviewSnapshot s;
        s.date = kNow;
        s.complete = true;
        ReviewEntry a;
        a.type = ReviewEntry::Type::ServiceAccount;
        a.name = u"=cmd|' /C calc'!A0"_s; // server text a spreadsheet must not run
        a.clientId = u"ci"_s;
        a.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.enabled = false;
        a.rules = {rule(u"Editor"_s)};
        ReviewEntry u;
        u.name = u"bob@example.com"_s;
        u.lastLogin = kNow;
        u.rules = {rule(u"Editor"_s)};
        s.entries = {a, u};
        const Csv::Table table = Csv::parse(ReviewReport::csv(s));
        QCOMPARE(table.records.size(), 3);
        const QStringList first = table.records.at(1).fields;
        QCOMPARE(first.at(1), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(first.at(4), u"2026-01-02T03:04:05Z"_s);
        QCOMPARE(first.at(5), QString()); // never signed in: empty
        QCOMPARE(first.at(6), u"false"_s);
        QCOMPARE(table.records.at(2).fields.at(6), QString()); // users have no enabled state
        s.filter.show = ReviewFilter::Show::AnyFlag;
        int rows = 0;
        ReviewReport::csv(s, &rows);
        QCOMPARE(rows, 1);
    }

    void htmlIsSelfContainedAndEscaped()
    {
        ReviewSnapshot s;
        s.date = kNow;
        s.console = u"https://console.example.com"_s;
        s.reviewer = u"auditor@example.com"_s;
        ReviewEntry e;
        e.name = u"<script>alert(1)</script>"_s;
        s.entries = {e};
        const QString html = QString::fromUtf8(ReviewReport::html(s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(html.contains(u"2026-12-05 04:00 UTC"_s));
        QVERIFY(html.contains(u"auditor@example.com"_s));
        QVERIFY(!html.contains(u"src="_s) && !html.contains(u"href="_s));
        QVERIFY(html.contains(u"this review is partial"_s)); // not complete
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
