// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace runai {

class ApplicationsPage;
class LanguageMenu;
class UsersPage;
class WindowStateKeeper;

// What makes the main window behave like a native desktop program, kept out of MainWindow:
//  - View → Language (LanguageMenu), applied at the next start;
//  - menu entries with standard shortcuts for the common actions (new application, get token,
//    new user, find user), enabled while signed in, and File → Export Table to CSV… for the
//    page shown;
//  - the window's geometry and its tables' column widths remembered (WindowStateKeeper);
//  - tables a keyboard can leave with Tab, and that tell a screen reader what they hold;
//  - one owner per key: page shortcuts that duplicate a menu action's key are switched off.
// It works on the parts of the window it is given, never on the window class or its form.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QMainWindow *window; // parent of the integration, its menus and actions
        QMenu *fileMenu;
        QAction *quit; // Export Table to CSV… goes in before it
        QMenu *sessionMenu;
        QAction *refresh; // enabled while signed in; the new actions go in before it
        QAction *signOut;
        QMenu *helpMenu; // View goes in before it
        QStackedWidget *pages; // the sign-in page, or `tabs` once signed in
        QTabWidget *tabs; // empty until the window builds its pages
    };

    // Menus, actions and the window's geometry: what the window needs before its first paint.
    explicit DesktopIntegration(const Window &window);
    // The pages exist now (the window builds them on first use): the actions that work on them,
    // their tables' column widths and keyboard behaviour, their shortcuts.
    void attachPages(ApplicationsPage *applications, UsersPage *users);

    QMenu *viewMenu() const { return m_viewMenu; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }
    WindowStateKeeper *stateKeeper() const { return m_state; }
    QAction *newApplicationAction() const { return m_newApplication; }
    QAction *getTokenAction() const { return m_getToken; }
    QAction *newUserAction() const { return m_newUser; }
    QAction *findUserAction() const { return m_findUser; }

private:
    void addExportAction();
    void addSessionActions();
    void connectSessionActions();
    void prepareTables();
    void resolveShortcutClashes();

    Window m_window;
    QPointer<ApplicationsPage> m_applications; // null until attachPages()
    QPointer<UsersPage> m_users;
    QAction *m_exportCsv = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    WindowStateKeeper *m_state = nullptr;
    QAction *m_newApplication = nullptr;
    QAction *m_getToken = nullptr;
    QAction *m_newUser = nullptr;
    QAction *m_findUser = nullptr;
};

} // namespace runai
