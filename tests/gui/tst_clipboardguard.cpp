// SPDX-License-Identifier: MIT
// The clipboard guard against the real platform clipboard: offscreen (clipboard only) and, when
// registered as tst_clipboardguard_x11, a real X server where the selection exists too.
#include "../support/FormLookup.h"

#include "gui/credentials/CredentialExportDialog.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretField.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    static bool carriesHint(QClipboard::Mode mode)
    {
        const QMimeData *mime = clipboard()->mimeData(mode);
        return mime && mime->hasFormat(u"x-kde-passwordManagerHint"_s);
    }
    // What the platform's PRIMARY selection holds (empty where there is none, e.g. offscreen).
    static QString primary()
    {
        return clipboard()->supportsSelection() ? clipboard()->text(QClipboard::Selection)
                                                : QString();
    }
    // Every way to select text with mouse and keyboard, on a widget that shows a secret.
    static void trySelecting(QWidget *w)
    {
        w->activateWindow();
        w->setFocus();
        const QPoint left(4, w->height() / 2);
        const QPoint right(w->width() - 4, w->height() / 2);
        QTest::mousePress(w, Qt::LeftButton, {}, left);
        QTest::mouseMove(w, right);
        QTest::mouseRelease(w, Qt::LeftButton, {}, right);
        QTest::mouseDClick(w, Qt::LeftButton, {}, QPoint(w->width() / 3, w->height() / 2));
        QTest::keyClick(w, Qt::Key_Home);
        QTest::keyClick(w, Qt::Key_End, Qt::ShiftModifier);
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    }
    // Opens `w`'s context menu like a right click and returns the menu it pops up.
    static QMenu *contextMenu(QWidget *w)
    {
        const QPoint at(5, 5);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, w->mapToGlobal(at));
        QApplication::sendEvent(w, &event);
        return w->window()->findChild<QMenu *>();
    }
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
        QSettings().remove(u"security/clipboardClearSeconds"_s);
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
            QSettings().setValue(u"security/clipboardClearSeconds"_s, stored);
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
        QCOMPARE(QSettings().value(u"security/clipboardClearSeconds"_s).toInt(), 33);
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

    // Issue 12 item 4: once shown, a secret field's text cannot be selected (X11 would put it on
    // PRIMARY unguarded), and every copy shortcut goes through the guard.
    void shownSecretFieldSelectsNothing()
    {
        const QString secret = u"shown-secret-4711"_s;
        SecretField field;
        ClipboardGuard guard;
        field.setClipboardGuard(&guard);
        field.setText(secret);
        field.resize(400, 40);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        field.setRevealed(true);
        QLineEdit *edit = field.lineEdit();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        trySelecting(edit);
        QVERIFY2(!primary().contains(secret), "the shown secret reached PRIMARY");
        QVERIFY2(!edit->hasSelectedText(), qPrintable(edit->selectedText()));
        QVERIFY(!guard.isGuarding());
        // Selected while masked, then shown: the selection goes.
        field.setRevealed(false);
        edit->selectAll();
        field.setRevealed(true);
        QVERIFY(!edit->hasSelectedText());
        QVERIFY(!primary().contains(secret));
        // An editable field too (the proxy password, the sign-in again dialog).
        field.setReadOnly(false);
        trySelecting(edit);
        QVERIFY(!edit->hasSelectedText());
        QVERIFY(!primary().contains(secret));
        QCOMPARE(field.text(), secret);
        // Delete to the end of the line (Ctrl+K where the platform binds it): QLineEdit copies
        // the deleted text to the clipboard; here it is deleted, not copied.
        const QList<QKeySequence> deleteToEnd = QKeySequence::keyBindings(
                QKeySequence::DeleteEndOfLine);
        if (!deleteToEnd.isEmpty()) {
            edit->setCursorPosition(5);
            QTest::keySequence(edit, deleteToEnd.first());
            QCOMPARE(field.text(), secret.left(5));
            QVERIFY2(!clipboard()->text().contains(secret.mid(5)), "Ctrl+K copied the secret");
            QVERIFY(!primary().contains(secret.mid(5)));
        }
    }

    // Every way to copy a secret field's text, the copy keys (shown or masked) and the context
    // menu's Copy, goes through the guard; the menu offers neither Select nor Cut.
    void secretFieldCopiesGoThroughTheGuard_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::addColumn<int>("key"); // 0: the context menu's Copy
        QTest::newRow("shown, Ctrl+C") << true << int(Qt::Key_C);
        QTest::newRow("shown, Ctrl+Insert") << true << int(Qt::Key_Insert);
        QTest::newRow("masked, Ctrl+C") << false << int(Qt::Key_C);
        QTest::newRow("shown, context menu") << true << 0;
    }
    void secretFieldCopiesGoThroughTheGuard()
    {
        QFETCH(bool, shown);
        QFETCH(int, key);
        const QString secret = u"copied-secret-0815"_s;
        SecretField field;
        ClipboardGuard guard;
        field.setClipboardGuard(&guard);
        field.setText(secret);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        field.setRevealed(shown);
        QMenu *menu = nullptr;
        if (key) {
            field.lineEdit()->setFocus();
            QTest::keyClick(field.lineEdit(), Qt::Key(key), Qt::ControlModifier);
        } else {
            menu = contextMenu(field.lineEdit());
            QVERIFY(menu);
            for (QAction *action : menu->actions())
                QVERIFY2(!action->text().contains(u"Select"_s)
                                 && !action->text().contains(u"Cut"_s),
                         qPrintable(action->text()));
            auto *copy = menu->findChild<QAction *>(u"guardedCopyAction"_s);
            QVERIFY(copy);
            QVERIFY(copy->isEnabled());
            copy->trigger();
        }
        QCOMPARE(clipboard()->text(), secret);
        QVERIFY(carriesHint(QClipboard::Clipboard));
        QVERIFY(guard.isGuarding());
        if (menu) {
            menu->close();
            ClipboardGuard::shared()->clearNow();
        }
    }

    // The credential-export preview, with "Show the secret" ticked.
    void shownExportPreviewSelectsNothingAndCopiesGuarded()
    {
        const QString secret = u"export-secret-5150"_s;
        CredentialExportDialog dialog(
                {u"https://runai.example.com"_s, u"ci-bot"_s, u"ci-bot"_s, secret},
                CredentialExport::CliFlavour::AccessKey);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Under the preview: what the format does about command lines (issue 12 item 7).
        dialog.setFormat(CredentialExport::Format::CliLogin);
        QVERIFY(dialog.exportText().contains(u"--secret-file="_s));
        QVERIFY(form<QLabel>(&dialog, "commandLineNoteLabel")->text().contains(u"history"_s));
        dialog.setFormat(CredentialExport::Format::DotEnv);
        QCOMPARE(form<QLabel>(&dialog, "commandLineNoteLabel")->text(),
                 CredentialExport::commandLineNote(CredentialExport::Format::DotEnv));
        form<QCheckBox>(&dialog, "showSecretCheck")->setChecked(true);
        QPlainTextEdit *preview = form<QPlainTextEdit>(&dialog, "previewEdit");
        QVERIFY(preview->toPlainText().contains(secret));
        trySelecting(preview->viewport());
        trySelecting(preview);
        QVERIFY2(!primary().contains(secret), "the shown export reached PRIMARY");
        QVERIFY2(!preview->textCursor().hasSelection(),
                 qPrintable(preview->textCursor().selectedText()));
        QVERIFY(!carriesHint(QClipboard::Clipboard));
        // Ctrl+C copies the whole export, through the guard.
        preview->setFocus();
        QTest::keyClick(preview, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard()->text(), dialog.exportText());
        QVERIFY(carriesHint(QClipboard::Clipboard));
        ClipboardGuard::shared()->clearNow();
        QVERIFY(clipboard()->text().isEmpty());
        // So does the context menu's Copy.
        QMenu *menu = contextMenu(preview->viewport());
        QVERIFY(menu);
        auto *copy = menu->findChild<QAction *>(u"guardedCopyAction"_s);
        QVERIFY(copy);
        for (QAction *action : menu->actions())
            QVERIFY2(!action->text().contains(u"Select"_s), qPrintable(action->text()));
        copy->trigger();
        QCOMPARE(clipboard()->text(), dialog.exportText());
        QVERIFY(carriesHint(QClipboard::Clipboard));
        menu->close();
        ClipboardGuard::shared()->clearNow();
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
