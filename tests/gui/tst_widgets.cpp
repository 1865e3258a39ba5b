// SPDX-License-Identifier: MIT
#include "api/AccessSubject.h"
#include "api/ConsoleCapabilities.h"
#include "core/User.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace runai;

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void iconsAreCompiledIn()
    {
        QVERIFY(QFile::exists(u":/runai/icons/copy.svg"_s) || (icons::icon(u"copy"_s), true));
        icons::icon(u"copy"_s); // initialises the resources
        for (const char *name : {"copy", "reveal", "conceal", "refresh", "sign-out", "info",
                                 "warning", "error", "success", "close", "token", "keychain"})
            QVERIFY2(QFile::exists(u":/runai/icons/%1.svg"_s.arg(QLatin1StringView(name))), name);
        QVERIFY(QFile::exists(u":/runai/runai-access.svg"_s));
    }

    void bannerShowsAndDismisses()
    {
        QWidget parent;
        auto &banner = *new MessageBanner(&parent);
        parent.show();
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
        banner.showError(u"Wrong password"_s);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner.text(), u"Wrong password"_s);
        auto *dismiss = banner.findChild<QToolButton *>(u"dismissButton"_s);
        QVERIFY(dismiss);
        QVERIFY(!dismiss->accessibleName().isEmpty());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
    }

    void secretFieldMasksRevealsAndCopiesGuarded()
    {
        ClipboardGuard guard;
        SecretField field;
        field.setClipboardGuard(&guard);
        field.setLabelText(u"Client secret"_s);
        field.setReadOnly(true);
        field.setText(u"top-secret"_s);
        field.show();
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(field.lineEdit()->accessibleName(), u"Client secret"_s);
        QCOMPARE(field.revealButton()->accessibleName(), u"Show Client secret"_s);
        QCOMPARE(field.copyButton()->accessibleName(), u"Copy Client secret"_s);

        QTest::mouseClick(field.revealButton(), Qt::LeftButton);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(field.revealButton()->accessibleName(), u"Hide Client secret"_s);
        QTest::mouseClick(field.revealButton(), Qt::LeftButton);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);

        QSignalSpy copied(&field, &SecretField::copied);
        QTest::mouseClick(field.copyButton(), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), u"top-secret"_s);
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
        QVERIFY(guard.isGuarding());
    }

    void plainFieldCopiesWithoutGuard()
    {
        ClipboardGuard guard;
        SecretField field;
        field.setClipboardGuard(&guard);
        field.setMode(SecretField::Mode::Plain);
        field.setText(u"ci-bot"_s);
        field.show();
        QVERIFY(field.revealButton()->isHidden());
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(field.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ci-bot"_s);
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
                u"x-kde-passwordManagerHint"_s));
        QVERIFY(!guard.isGuarding());
    }

    void onDemandFieldAsksForTheSecretOnce()
    {
        ClipboardGuard guard;
        SecretField field;
        field.setClipboardGuard(&guard);
        field.setOnDemand(true);
        field.show();
        QSignalSpy requested(&field, &SecretField::secretRequested);
        QTest::mouseClick(field.copyButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        // While the keychain answers, the buttons cannot start a second read.
        QVERIFY(!field.copyButton()->isEnabled());
        field.copy();
        QCOMPARE(requested.count(), 1);
        field.provideSecret(u"from-keychain"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"from-keychain"_s);
        QVERIFY(field.copyButton()->isEnabled());

        SecretField reveal;
        reveal.setOnDemand(true);
        reveal.show();
        QSignalSpy revealRequested(&reveal, &SecretField::secretRequested);
        QTest::mouseClick(reveal.revealButton(), Qt::LeftButton);
        QCOMPARE(revealRequested.count(), 1);
        QCOMPARE(reveal.lineEdit()->echoMode(), QLineEdit::Password);
        reveal.provideSecret(u"shown"_s);
        QCOMPARE(reveal.lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal.text(), u"shown"_s);

        SecretField failing;
        failing.setOnDemand(true);
        QSignalSpy failRequested(&failing, &SecretField::secretRequested);
        failing.copy();
        failing.failSecretRequest();
        QVERIFY(failing.copyButton()->isEnabled());
        QVERIFY(failing.text().isEmpty());
        failing.copy();
        QCOMPARE(failRequested.count(), 2);
    }

    void guardClearsOnlyItsOwnText()
    {
        ClipboardGuard guard;
        guard.setClearDelay(200);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"secret-1"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"secret-1"_s);
        QVERIFY(guard.secondsLeft() >= 1);
        QVERIFY(cleared.wait(3000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // The user copied something else meanwhile: it is left alone.
        guard.copySecret(u"secret-2"_s);
        QGuiApplication::clipboard()->setText(u"user text"_s);
        QVERIFY(cleared.wait(3000));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"user text"_s);
        QCOMPARE(guard.secondsLeft(), 0);
    }

    void guardClearsWhenDestroyed()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(u"secret-3"_s);
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void defaultDelayIsTwentySeconds()
    {
        ClipboardGuard guard;
        QCOMPARE(guard.clearDelay(), 20000);
        guard.copySecret(u"x"_s);
        QVERIFY2(guard.secondsLeft() > 18 && guard.secondsLeft() <= 20,
                 qPrintable(QString::number(guard.secondsLeft())));
        guard.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void remainingLifetime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << qint64(0) << u"expired"_s;
        QTest::newRow("negative") << qint64(-5) << u"expired"_s;
        QTest::newRow("seconds") << qint64(42) << u"42 s"_s;
        QTest::newRow("few minutes") << qint64(250) << u"4 min 10 s"_s;
        QTest::newRow("an hour") << qint64(3599) << u"59 min"_s;
        QTest::newRow("day") << qint64(86400) << u"24 h 0 min"_s;
    }
    void remainingLifetime()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(SessionStatusBar::formatRemaining(seconds), expected);
    }

    void statusBarShowsConnection()
    {
        SessionStatusBar bar;
        bar.show();
        QVERIFY(bar.signOutButton()->isHidden());
        bar.setConnection(QUrl(u"https://console.example.com"_s), u"admin@example.com"_s,
                          QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(bar.consoleText().contains(u"console.example.com"_s));
        QVERIFY(bar.identityText().contains(u"admin@example.com"_s));
        QVERIFY(bar.lifetimeText().contains(u"49 min"_s)
                || bar.lifetimeText().contains(u"50 min"_s));
        QVERIFY(!bar.signOutButton()->isHidden());
        QSignalSpy signOut(&bar, &SessionStatusBar::signOutRequested);
        QTest::mouseClick(bar.signOutButton(), Qt::LeftButton);
        QCOMPARE(signOut.count(), 1);
        bar.setExpiry(QDateTime::currentDateTimeUtc().addSecs(-1));
        QCOMPARE(bar.lifetimeText(), u"Token expired"_s);
        bar.setConsoleDescription(u"Run:ai 3.0 API: service accounts"_s);
        QCOMPARE(bar.consoleDescription(), u"Run:ai 3.0 API: service accounts"_s);
        bar.clearConnection();
        QCOMPARE(bar.consoleText(), u"Not signed in"_s);
        QVERIFY(bar.consoleDescription().isEmpty());
    }

    void consoleSummaryPerGeneration()
    {
        using G = ConsoleCapabilities::Generation;
        QCOMPARE(ConsoleCapabilities::forGeneration(G::V300).summary(),
                 u"Run:ai 3.0 API: service accounts, access keys, OAuth2 tokens"_s);
        QCOMPARE(ConsoleCapabilities::forGeneration(G::V218).summary(),
                 u"Run:ai 2.18–2.19 API: applications (app tokens)"_s);
        for (G g : {G::V218, G::V220, G::V224, G::V300}) {
            QCOMPARE(ConsoleCapabilities::forGeneration(g).generation(), g);
            QCOMPARE(ConsoleCapabilities::generationFromKey(ConsoleCapabilities::generationKey(g)),
                     g);
        }
        auto pinned = ConsoleCapabilities::forGeneration(G::V224);
        pinned.setSource(ConsoleCapabilities::Source::Pinned);
        QVERIFY(pinned.summary().endsWith(u"(pinned in the profile)"_s));
        QVERIFY(ConsoleCapabilities().summary().contains(u"not detected"_s));
    }

    void allAuthenticatedUsersRuleIsNamed()
    {
        // 3.0's built-in rule names no subject: it applies to everyone, not to an unknown one.
        User user;
        user.id = u"u-1"_s;
        user.username = u"ann@example.com"_s;
        const AccessSubject subject = AccessSubject::forUser(user);
        AccessRule everyone;
        everyone.subjectType = u"all-authenticated-users"_s;
        everyone.subjectId = u"all"_s;
        QVERIFY(AccessSubject::appliesToEveryone(everyone));
        QVERIFY(subject.owns(everyone));
        QCOMPARE(AccessSubject::subjectTypeName(everyone.subjectType),
                 u"All authenticated users"_s);
        QCOMPARE(AccessSubject::everyoneQuery().subjectType, u"all-authenticated-users"_s);
        AccessRule other;
        other.subjectType = u"user"_s;
        other.subjectId = u"someone-else"_s;
        QVERIFY(!subject.owns(other));
        QCOMPARE(AccessSubject::subjectTypeName(u"service-account"_s), u"Service account"_s);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
