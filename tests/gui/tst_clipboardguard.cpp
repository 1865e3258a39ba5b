// SPDX-License-Identifier: MIT
// The clipboard guard against the real platform clipboard: offscreen (clipboard only) and, when
// registered as tst_clipboardguard_x11, a real X server where the selection exists too.
#include "ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace runai;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static QList<QClipboard::Mode> modes()
    {
        QList<QClipboard::Mode> m{QClipboard::Clipboard};
        if (clipboard()->supportsSelection())
            m << QClipboard::Selection;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"runai-tests"_s);
        QCoreApplication::setApplicationName(u"tst_clipboardguard"_s);
        qInfo() << "platform" << QGuiApplication::platformName() << "selection"
                << clipboard()->supportsSelection();
        if (qEnvironmentVariableIsSet("RUNAI_EXPECT_SELECTION"))
            QVERIFY2(clipboard()->supportsSelection(), "this run must exercise the X11 selection");
    }

    void init()
    {
        for (auto mode : modes())
            clipboard()->clear(mode);
        QSettings().remove(QLatin1StringView(ClipboardGuard::ClearDelaySettingsKey));
    }

    void secretCarriesPasswordManagerHintsEverywhere()
    {
        ClipboardGuard guard;
        guard.copySecret(u"s3cr3t-value"_s);
        for (auto mode : modes()) {
            const QMimeData *mime = clipboard()->mimeData(mode);
            QVERIFY(mime);
            QCOMPARE(mime->text(), u"s3cr3t-value"_s);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
            QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
#endif
        }
        QVERIFY(guard.isGuarding());
    }

    void plainCopyIsNotGuarded()
    {
        ClipboardGuard guard;
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        guard.copyPlain(u"ci-bot"_s);
        QCOMPARE(clipboard()->text(), u"ci-bot"_s);
        QVERIFY(!clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QVERIFY(!guard.isGuarding());
        QCOMPARE(countdown.count(), 0);
        guard.clearNow();
        QCOMPARE(clipboard()->text(), u"ci-bot"_s); // a client ID stays
    }

    void countdownThenClearsBoth()
    {
        ClipboardGuard guard;
        guard.setClearDelay(2'500);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QElapsedTimer clock;
        clock.start();
        guard.copySecret(u"wipe-me"_s);
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.first().first().toInt(), 3); // rounded up, never more than the delay
        QVERIFY(cleared.wait(6'000));
        QVERIFY2(clock.elapsed() >= 2'400, qPrintable(QString::number(clock.elapsed())));
        // The user saw it count down: 3, then 2 and 1 from the ticks, then 0.
        QList<int> shown;
        for (const auto &args : countdown)
            shown << args.first().toInt();
        QVERIFY2(shown.contains(2) && shown.contains(1), qPrintable(QDebug::toString(shown)));
        QCOMPARE(shown.last(), 0);
        for (auto mode : modes())
            QVERIFY2(clipboard()->text(mode).isEmpty(), qPrintable(clipboard()->text(mode)));
        QVERIFY(!guard.isGuarding());
        QCOMPARE(guard.secondsLeft(), 0);
    }

    void leavesWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.setClearDelay(300);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"old-secret"_s);
        // The user copies something else into each place before the wipe.
        for (auto mode : modes())
            clipboard()->setText(u"user text %1"_s.arg(int(mode)), mode);
        QVERIFY(cleared.wait(5'000));
        for (auto mode : modes())
            QCOMPARE(clipboard()->text(mode), u"user text %1"_s.arg(int(mode)));
    }

    void selectionReplacedClipboardStillWiped()
    {
        if (!clipboard()->supportsSelection())
            QSKIP("no selection on this platform (the X11 run covers it)");
        ClipboardGuard guard;
        guard.copySecret(u"half-kept"_s);
        clipboard()->setText(u"selected by hand"_s, QClipboard::Selection);
        guard.clearNow();
        QVERIFY(clipboard()->text(QClipboard::Clipboard).isEmpty());
        QCOMPARE(clipboard()->text(QClipboard::Selection), u"selected by hand"_s);
    }

    void delayComesFromTheSettings_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("absent: default 20 s") << QVariant() << 20'000;
        QTest::newRow("45 s") << QVariant(45) << 45'000;
        QTest::newRow("too short: 5 s") << QVariant(1) << 5'000;
        QTest::newRow("too long: 10 min") << QVariant(100'000) << 600'000;
        QTest::newRow("garbage: default") << QVariant(u"soon"_s) << 20'000;
    }

    void delayComesFromTheSettings()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, expectedMs);
        if (stored.isValid())
            QSettings().setValue(QLatin1StringView(ClipboardGuard::ClearDelaySettingsKey), stored);
        ClipboardGuard guard;
        guard.loadClearDelay();
        QCOMPARE(guard.clearDelay(), expectedMs);
        guard.copySecret(u"x"_s);
        QVERIFY(guard.secondsLeft() <= expectedMs / 1000);
        QVERIFY(guard.secondsLeft() >= expectedMs / 1000 - 1);
    }

    void savedDelayIsUsedByTheSharedGuard()
    {
        ClipboardGuard guard;
        guard.saveClearDelay(33);
        QCOMPARE(guard.clearDelay(), 33'000);
        QCOMPARE(
                QSettings().value(QLatin1StringView(ClipboardGuard::ClearDelaySettingsKey)).toInt(),
                33);
        // The application-wide guard reads the setting when it is first needed.
        QCOMPARE(ClipboardGuard::shared()->clearDelay(), 33'000);
    }

    void destroyedGuardWipes()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(u"gone-with-the-guard"_s);
        }
        for (auto mode : modes())
            QVERIFY(clipboard()->text(mode).isEmpty());
    }

    // Last: runs the application's event loop to its end, which is what emits aboutToQuit.
    void quitWipes()
    {
        ClipboardGuard guard;
        guard.setClearDelay(60'000);
        guard.copySecret(u"until-quit"_s);
        QString atQuit;
        // Connected after the guard's own handler, so it sees the clipboard after the wipe.
        connect(qApp, &QCoreApplication::aboutToQuit, this,
                [&atQuit] { atQuit = clipboard()->text(QClipboard::Clipboard) + u"|"_s; });
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QTimer watchdog; // bounded: a missing quit fails instead of hanging
        watchdog.setSingleShot(true);
        connect(&watchdog, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        watchdog.start(5'000);
        QCOMPARE(QCoreApplication::exec(), 0);
        QCOMPARE(atQuit, u"|"_s);
        QVERIFY(!guard.isGuarding());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
