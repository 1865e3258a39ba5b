// SPDX-License-Identifier: MIT
// The whole flow with the keyboard alone (issue 8): sign in, register an application, copy its
// client secret, get a token, create a user, copy the temporary password, sign out. Every step
// is a key event sent to whatever has the focus (QApplication::focusWidget()) or a shortcut; the
// test never clicks and never calls a slot. Each control the flow tabs to must show that it has
// the focus (it renders differently focused), and must have an accessible name.
// Runs against the in-process sandbox and the real Secret Service (label keychain).

#include "GuiTestSupport.h"

#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "models/UsersModel.h"
#include "sandbox/LocalSandbox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestKeyboardFlow : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(openWindow(QSize(1000, 720)));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { closeWindow(); }

    void wholeFlowWithKeysOnly()
    {
        // --- Sign in: Alt+B fills in the local sandbox, Alt+I signs in.
        SignInPage *signIn = m_window->signInPage();
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sandbox()->isRunning(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!form<QLineEdit>(signIn, "passwordEdit")->text().isEmpty(),
                                 kWaitMs);
        press(Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);

        // --- Register: the form has the focus after sign-in; type the name and press Enter.
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        QCOMPARE(QApplication::focusWidget(), form<QLineEdit>(apps, "nameEdit"));
        const QString name = u"kbd-%1"_s.arg(QRandomGenerator::global()->bounded(100000));
        QTest::keyClicks(QApplication::focusWidget(), name);
        press(Qt::Key_Return);
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(credentials->isActiveWindow(), kWaitMs);
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        QVERIFY(!secret.isEmpty());

        // --- Copy the client secret: Tab to its Copy button, Space.
        QGuiApplication::clipboard()->clear();
        tabTo(form<SecretField>(credentials, "clientSecretField")->copyButton());
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(ClipboardGuard::shared()->isGuarding());
        // Confirm and close, still by keys.
        tabTo(form<QCheckBox>(credentials, "confirmCheck"));
        press(Qt::Key_Space);
        QVERIFY(form<QCheckBox>(credentials, "confirmCheck")->isChecked());
        tabTo(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        press(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);

        // --- Get a token for the new application (selected after registering): Ctrl+T.
        backToMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(form<QPushButton>(apps, "getTokenButton")->isEnabled(), kWaitMs);
        press(Qt::Key_T, Qt::ControlModifier);
        TokenDialog *tokenDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(tokenDialog->isActiveWindow(), kWaitMs);
        const QString token = form<SecretField>(tokenDialog, "accessTokenField")->text();
        QCOMPARE(token.count(u'.'), 2);
        tabTo(form<SecretField>(tokenDialog, "accessTokenField")->copyButton());
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        press(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);

        // --- Create a user: Ctrl+Shift+N goes to the Users page's email field.
        backToMainWindow();
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        UsersPage *users = m_window->usersPage();
        QCOMPARE(m_window->tabs()->currentWidget(), users);
        QCOMPARE(QApplication::focusWidget(), form<QLineEdit>(users, "emailEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        const QString email = u"kbd.user%1@example.com"_s.arg(
                QRandomGenerator::global()->bounded(100000));
        QTest::keyClicks(QApplication::focusWidget(), email);
        press(Qt::Key_Return);
        TemporaryPasswordDialog *passwordDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (passwordDialog = findOpenDialog<TemporaryPasswordDialog>(m_window.get())),
                kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(passwordDialog->isActiveWindow(), kWaitMs);
        const QString temporary = form<SecretField>(passwordDialog, "passwordField")->text();
        QVERIFY(!temporary.isEmpty());
        tabTo(form<SecretField>(passwordDialog, "passwordField")->copyButton());
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), temporary);
        tabTo(form<QCheckBox>(passwordDialog, "confirmCheck"));
        press(Qt::Key_Space);
        tabTo(form<QDialogButtonBox>(passwordDialog, "buttonBox")->button(QDialogButtonBox::Close));
        press(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QVERIFY(users->model()->rowOfUsername(email) >= 0);

        // --- Find the user (Ctrl+F), then sign out (Ctrl+Shift+Q).
        backToMainWindow();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), form<QLineEdit>(users, "searchEdit"));
        QTest::keyClicks(QApplication::focusWidget(), email);
        QCOMPARE(users->proxy()->rowCount(), 1);
        press(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session(), kWaitMs);
        QCOMPARE(form<QStackedWidget>(m_window.get(), "pageStack")->currentWidget(), signIn);
        // Back at the password field, ready to sign in again.
        QCOMPARE(QApplication::focusWidget(), form<QLineEdit>(signIn, "passwordEdit"));
    }

    void tablesCanBeLeftWithTab()
    {
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
                !form<QLineEdit>(m_window->signInPage(), "passwordEdit")->text().isEmpty(),
                kWaitMs);
        press(Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        // The Users page always lists at least the administrator.
        press(Qt::Key_F, Qt::ControlModifier);
        UsersPage *users = m_window->usersPage();
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, kWaitMs);
        QTableView *view = form<QTableView>(users, "tableView");
        // F5 reloads the page the focus is on (one binding, not an ambiguous pair).
        QCOMPARE(QApplication::focusWidget(), form<QLineEdit>(users, "searchEdit"));
        press(Qt::Key_F5);
        QVERIFY(users->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        tabTo(view);
        // The table reads its column headers to a screen reader.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table && table->tableInterface());
        QVERIFY(table->tableInterface()->columnCount() > 1);
        QAccessibleInterface *cell = table->tableInterface()->cellAt(0, 0);
        QVERIFY(cell && cell->tableCellInterface());
        const auto headers = cell->tableCellInterface()->columnHeaderCells();
        // Qt 6.4 hands header cells out unowned (LeakSanitizer reports them): give them to the
        // accessibility cache, which owns every interface it has an id for.
        for (QAccessibleInterface *header : headers)
            QAccessible::uniqueId(header);
        QVERIFY(!headers.isEmpty());
        QCOMPARE(headers.first()->text(QAccessible::Name),
                 users->model()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!view->accessibleDescription().isEmpty());
        // Arrow keys move the current row; Tab leaves the table instead of walking its cells.
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != view);
    }

private:
    // After a dialog closes, the window manager gives the main window the keyboard again (the
    // offscreen platform has none, so the test does its part).
    void backToMainWindow()
    {
        if (!m_window->isActiveWindow())
            m_window->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget(), kWaitMs);
    }

    // A key press on whatever has the keyboard focus, as a user's keyboard would deliver it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
    }

    // Presses Tab until `target` has the focus (at most 40 times): it must be in the tab chain.
    // Every control on the way must be named for screen readers, and show its focus.
    void tabTo(QWidget *target)
    {
        for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i) {
            press(Qt::Key_Tab);
            checkFocusIsVisible(QApplication::focusWidget());
        }
        QVERIFY2(QApplication::focusWidget() == target,
                 qPrintable(u"Tab never reached %1"_s.arg(target->objectName())));
    }

    void checkFocusIsVisible(QWidget *focused)
    {
        QVERIFY(focused);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focused);
        QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(u"no accessible name: %1 (%2)"_s.arg(
                         focused->objectName(),
                         QLatin1StringView(focused->metaObject()->className()))));
        auto *button = qobject_cast<QAbstractButton *>(focused);
        if (!button)
            return;
        // A focus frame must be drawn: the button looks different with and without focus.
        const QImage withFocus = button->grab().toImage();
        button->clearFocus();
        const QImage withoutFocus = button->grab().toImage();
        button->setFocus(Qt::TabFocusReason);
        // A dialog's default button keeps its highlighted frame without the focus, and the
        // Fusion style draws keyboard focus the same way: nothing to compare there.
        if (auto *push = qobject_cast<QPushButton *>(button); push && push->isDefault())
            return;
        QVERIFY2(withFocus != withoutFocus, qPrintable(u"no visible focus on %1 (%2) in %3"_s.arg(
                                                    button->objectName(), button->accessibleName(),
                                                    button->parentWidget()->objectName())));
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
