// SPDX-License-Identifier: MIT
// The 403 advice: which permission and action each API request needs, and the sentence every
// "not allowed" message ends with.

#include "core/AccessHint.h"
#include "core/ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestAccessHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requirement_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("action");
        QTest::newRow("list apps")
                << QByteArray("GET") << u"/api/v1/apps"_s << u"Applications"_s << u"read"_s;
        QTest::newRow("create sa") << QByteArray("POST") << u"/api/v1/service-accounts"_s
                                   << u"Service accounts"_s << u"create"_s;
        QTest::newRow("regenerate") << QByteArray("POST") << u"/api/v1/apps/abc/secret"_s
                                    << u"Applications"_s << u"update"_s;
        QTest::newRow("disable") << QByteArray("PATCH") << u"/api/v1/service-accounts/abc"_s
                                 << u"Service accounts"_s << u"update"_s;
        QTest::newRow("delete app") << QByteArray("DELETE") << u"/api/v1/apps/abc"_s
                                    << u"Applications"_s << u"delete"_s;
        QTest::newRow("create user")
                << QByteArray("POST") << u"/api/v1/users"_s << u"Users"_s << u"create"_s;
        QTest::newRow("reset password")
                << QByteArray("POST") << u"/api/v1/users/7/password"_s << u"Users"_s << u"update"_s;
        QTest::newRow("logout") << QByteArray("POST") << u"/api/v1/users/7/logout"_s << u"Users"_s
                                << u"update"_s;
        QTest::newRow("count users")
                << QByteArray("GET") << u"/api/v1/users/count"_s << u"Users"_s << u"read"_s;
        QTest::newRow("list rules")
                << QByteArray("GET") << u"/api/v1/authorization/access-rules?subjectType=app"_s
                << u"Access rules"_s << u"read"_s;
        QTest::newRow("add rule") << QByteArray("POST") << u"/api/v1/authorization/access-rules"_s
                                  << u"Access rules"_s << u"create"_s;
        QTest::newRow("delete rule")
                << QByteArray("DELETE") << u"/api/v1/authorization/access-rules/4"_s
                << u"Access rules"_s << u"delete"_s;
        QTest::newRow("roles") << QByteArray("get") << u"/api/v1/authorization/roles"_s
                               << u"Roles"_s << u"read"_s;
        QTest::newRow("own access keys")
                << QByteArray("GET") << u"/api/v1/access-keys"_s << u"Access keys"_s << u"read"_s;
        QTest::newRow("create access key") << QByteArray("POST") << u"/api/v1/access-keys"_s
                                           << u"Access keys"_s << u"create"_s;
        QTest::newRow("every user's keys")
                << QByteArray("GET") << u"/api/v1/administration/access-keys?createdBy=x"_s
                << u"Access keys"_s << u"read"_s;
        QTest::newRow("delete any key")
                << QByteArray("DELETE") << u"/api/v1/administration/access-keys/k1"_s
                << u"Access keys"_s << u"delete"_s;
        QTest::newRow("token") << QByteArray("POST") << u"/api/v1/token"_s << QString()
                               << QString();
        QTest::newRow("own password")
                << QByteArray("POST") << u"/api/v1/me/password"_s << QString() << QString();
        QTest::newRow("not api") << QByteArray("GET") << u"/index.html"_s << QString() << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString() << QString();
        QTest::newRow("options") << QByteArray("OPTIONS") << u"/api/v1/users"_s << QString()
                                 << QString();
    }
    void requirement()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, permission);
        QFETCH(QString, action);
        const auto r = AccessHint::requirementFor(verb, path);
        QCOMPARE(r.permission, permission);
        QCOMPARE(r.action, action);
        QCOMPARE(r.isKnown(), !permission.isEmpty());
    }

    void sentence()
    {
        const QString s = AccessHint::ruleSentence(u"ci-bot"_s, "DELETE", u"/api/v1/users/7"_s);
        QVERIFY2(s.contains(u"\"ci-bot\""_s), qPrintable(s));
        QVERIFY2(s.contains(u"System administrator"_s), qPrintable(s));
        QVERIFY2(s.contains(u"tenant"_s), qPrintable(s));
        QVERIFY2(s.contains(u"\"Users\" permission to delete"_s), qPrintable(s));
        QVERIFY(AccessHint::ruleSentence(u"x"_s, "POST", u"/api/v1/token"_s).isEmpty());
    }

    void forbiddenMessageNamesIdentityAndRule()
    {
        ApiError e(ApiError::Kind::Forbidden);
        e.setHttpStatus(403);
        e.setIdentity(u"ci-bot"_s);
        e.setOperation(u"list users"_s);
        e.setRequest("GET", u"/api/v1/users"_s);
        const QString text = e.userMessage();
        QVERIFY2(text.startsWith(u"\"ci-bot\" is not allowed to list users."_s), qPrintable(text));
        QVERIFY2(text.contains(u"System administrator role on the tenant scope"_s),
                 qPrintable(text));

        // Without a known request the general advice stays.
        ApiError plain(ApiError::Kind::Forbidden);
        plain.setIdentity(u"ci-bot"_s);
        plain.setOperation(u"do it"_s);
        QVERIFY(plain.userMessage().contains(u"An administrator must add an access rule"_s));
        QVERIFY(!plain.userMessage().contains(u"System administrator"_s));

        // Other kinds never get the access advice.
        ApiError notFound(ApiError::Kind::NotFound);
        notFound.setRequest("GET", u"/api/v1/users/1"_s);
        QVERIFY(!notFound.userMessage().contains(u"access rule"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessHint)
#include "tst_accesshint.moc"
