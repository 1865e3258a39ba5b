// SPDX-License-Identifier: MIT
#pragma once

// Shared set-up for the GUI tests: an isolated settings/keychain-index location, and small
// helpers that drive the real widgets with QTest events. Every wait is bounded.

#include "../support/FormLookup.h"
#include "api/ConsoleCapabilities.h"
#include "gui/MainWindow.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/session/SignInPage.h"
#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace runai::test {

inline constexpr int kWaitMs = 15000;

// Settings and the keychain index go to a throwaway directory, never the user's real ones.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("runai-access-console-tests"));
    // One settings file per test program: CTest runs GUI tests side by side, and a shared file
    // would let one test's clear() or profile wipe another's saved profile mid-test.
    QCoreApplication::setApplicationName(
            QStringLiteral("runai-access-tests-")
            + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    // Test mode settings survive between runs (~/.qttest): start every test from nothing.
    QSettings().clear();
}

template<typename T>
T *findOpenDialog(QWidget *root)
{
    const auto dialogs = root->findChildren<T *>();
    for (T *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// Every control a keyboard can reach must tell a screen reader what it is.
inline QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        if (w->focusProxy())
            continue; // the proxy is checked itself
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QLatin1StringView(w->metaObject()->className())));
    }
    return unnamed;
}

// After sign-in the window asks the console once which endpoints it has (GETs on several paths,
// /api/v1/users/count and /api/v1/access-keys among them). A test that arms a fault for the
// next request to a path waits for that probe first, so the fault hits the request it means.
inline bool consoleProbed(const MainWindow *window)
{
    const Session *session = window->session();
    if (!session)
        return false;
    const auto source = session->capabilities().source();
    return source == ConsoleCapabilities::Source::Probed
           || source == ConsoleCapabilities::Source::Pinned;
}

inline void typeInto(QWidget *edit, const QString &text)
{
    edit->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->clear();
    QTest::keyClicks(edit, text);
}

// Shows a window at the size its test's screenshots and layouts expect; false if it was not
// exposed in time (the caller QVERIFYs it).
[[nodiscard]] inline bool showTestWindow(QWidget *window, QSize size)
{
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window);
}

// The window as the GUI tests open it: settings in a throwaway place, a throwaway keychain index
// beside the real Secret Service, the main window shown at the test's size. A test class derives
// from this instead of QObject, opens the window from init() (QVERIFY(openWindow(size))) and
// closes it from cleanup().
// The members keep the names the tests use; the window is declared last, so it never outlives
// the store it was given.
class GuiTestCase : public QObject
{
protected:
    // QTEST_MAIN makes the test object after the application: the settings are isolated before
    // the first test slot runs.
    GuiTestCase() { isolateSettings(); }

    [[nodiscard]] bool openWindow(QSize size)
    {
        closeWindow();
        if (!m_dir.isValid())
            return false;
        m_store = std::make_unique<KeychainSecretStore>(
                m_dir.filePath(QStringLiteral("index.ini")));
        m_window = std::make_unique<MainWindow>(m_store.get());
        return showTestWindow(m_window.get(), size);
    }

    void closeWindow()
    {
        m_window.reset();
        m_store.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

// Types the console's address, the email and the password into the sign-in page, as a user
// would (the caller clicks Sign in, after ticking what it needs).
inline void fillSignInPage(MainWindow *window, const QUrl &console, const QString &email,
                           const QString &password)
{
    SignInPage *page = window->signInPage();
    typeInto(form<QLineEdit>(page, "consoleUrlEdit"), console.toString());
    typeInto(form<QLineEdit>(page, "emailEdit"), email);
    typeInto(form<QLineEdit>(page, "passwordEdit"), password);
}

inline void click(QAbstractButton *button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + QStringLiteral(" disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace runai::test
