// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace runai {

class LanguageMenu;
class MainWindow;
class WindowStateKeeper;

// What makes the main window behave like a native desktop program, kept out of MainWindow:
//  - View → Language (LanguageMenu), applied at the next start;
//  - menu entries with standard shortcuts for the common actions (new application, get token,
//    new user, find user), enabled while signed in;
//  - the window's geometry and its tables' column widths remembered (WindowStateKeeper);
//  - tables a keyboard can leave with Tab, and that tell a screen reader what they hold;
//  - one owner per key: page shortcuts that duplicate a menu action's key are switched off.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    explicit DesktopIntegration(MainWindow *window);

    QMenu *viewMenu() const { return m_viewMenu; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }
    WindowStateKeeper *stateKeeper() const { return m_state; }
    QAction *newApplicationAction() const { return m_newApplication; }
    QAction *getTokenAction() const { return m_getToken; }
    QAction *newUserAction() const { return m_newUser; }
    QAction *findUserAction() const { return m_findUser; }

private:
    void addSessionActions();
    void prepareTables();
    void resolveShortcutClashes();

    MainWindow *m_window = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    WindowStateKeeper *m_state = nullptr;
    QAction *m_newApplication = nullptr;
    QAction *m_getToken = nullptr;
    QAction *m_newUser = nullptr;
    QAction *m_findUser = nullptr;
};

} // namespace runai
