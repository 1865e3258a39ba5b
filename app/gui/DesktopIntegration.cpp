// SPDX-License-Identifier: MIT
#include "gui/DesktopIntegration.h"

#include "gui/LanguageMenu.h"
#include "gui/WindowStateKeeper.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/Icons.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace runai {

DesktopIntegration::DesktopIntegration(const Window &parts)
    : QObject(parts.window)
    , m_window(parts)
{
    setObjectName(u"desktopIntegration"_s);
    QMainWindow *window = parts.window;

    m_viewMenu = new QMenu(tr("Vie&w"), window);
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_languageMenu = new LanguageMenu(m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);
    window->menuBar()->insertMenu(parts.helpMenu->menuAction(), m_viewMenu);
    connect(m_languageMenu, &LanguageMenu::languageChosen, window,
            [window](const QString &, const QString &message) {
                window->statusBar()->showMessage(message, 15'000);
            });

    addExportAction();
    addSessionActions();
    // Before the first paint: the window's remembered geometry (the tables come with the pages).
    m_state = new WindowStateKeeper(m_window.window, u"mainWindow"_s);
}

void DesktopIntegration::attachPages(ApplicationsPage *applications, UsersPage *users)
{
    m_applications = applications;
    m_users = users;
    connectSessionActions();
    prepareTables();
    resolveShortcutClashes();
}

void DesktopIntegration::resolveShortcutClashes()
{
    // A key bound both by a menu action (window-wide) and by a page's own QShortcut is ambiguous
    // while the focus is on that page, and Qt then runs neither ("Ambiguous shortcut overload").
    // The menu actions do the same job for the current page, so they keep the key.
    QList<QKeySequence> windowKeys;
    QList<QMenu *> menus;
    const auto topLevel = m_window.window->menuBar()->actions();
    for (QAction *action : topLevel) {
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                menus.append(action->menu());
            else if (action->shortcutContext() != Qt::WidgetShortcut)
                windowKeys.append(action->shortcuts());
        }
    }
    for (QWidget *page :
         {static_cast<QWidget *>(m_applications), static_cast<QWidget *>(m_users)}) {
        const auto shortcuts = page->findChildren<QShortcut *>();
        for (QShortcut *shortcut : shortcuts) {
            if (windowKeys.contains(shortcut->key()))
                shortcut->setEnabled(false);
        }
    }
}

void DesktopIntegration::addExportAction()
{
    // File → Export Table to CSV…: the current page's own export (Users or Applications).
    QMainWindow *window = m_window.window;
    auto *exportCsv = new QAction(tr("&Export Table to CSV…"), window);
    exportCsv->setObjectName(u"exportTableAction"_s);
    m_window.fileMenu->insertAction(m_window.quit, exportCsv);
    m_window.fileMenu->insertSeparator(m_window.quit);
    QTabWidget *tabs = m_window.tabs;
    // The pages may not exist yet (built on first use): null QPointers compare unequal to any
    // tab, so nothing is exported before they are.
    connect(exportCsv, &QAction::triggered, this, [this, tabs] {
        QWidget *page = tabs->currentWidget();
        if (page && page == m_users)
            m_users->exportCsvAction()->trigger();
        else if (page && page == m_applications)
            m_applications->exportCsvAction()->trigger();
    });
    connect(m_window.fileMenu, &QMenu::aboutToShow, this, [this, exportCsv, tabs] {
        const bool signedIn = m_window.pages->currentWidget() == tabs;
        QWidget *page = tabs->currentWidget();
        exportCsv->setEnabled(
                signedIn && page
                && (page == m_users ? m_users->exportCsvAction()->isEnabled()
                                    : page == m_applications
                                              && m_applications->exportCsvAction()->isEnabled()));
    });
}

void DesktopIntegration::addSessionActions()
{
    QMainWindow *window = m_window.window;
    QMenu *session = m_window.sessionMenu;
    QAction *before = m_window.refresh;

    m_newApplication = new QAction(icons::icon(u"application"_s), tr("&New application"), window);
    m_newApplication->setObjectName(u"actionNewApplication"_s);
    m_newApplication->setShortcuts(QKeySequence::New);
    m_getToken = new QAction(icons::icon(u"token"_s), tr("Get &token"), window);
    m_getToken->setObjectName(u"actionGetToken"_s);
    m_getToken->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newUser = new QAction(icons::icon(u"user-add"_s), tr("&Create user"), window);
    m_newUser->setObjectName(u"actionNewUser"_s);
    m_newUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_findUser = new QAction(tr("&Find user"), window);
    m_findUser->setObjectName(u"actionFindUser"_s);
    m_findUser->setShortcuts(QKeySequence::Find);
    for (QAction *action : {m_newApplication, m_getToken, m_newUser, m_findUser}) {
        // Window-wide, so they work wherever the focus is; listed in the menu with their keys.
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(before->isEnabled());
        connect(before, &QAction::enabledChanged, action, &QAction::setEnabled);
        session->insertAction(before, action);
    }
    session->insertSeparator(before);
    m_window.signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
}

void DesktopIntegration::connectSessionActions()
{
    ApplicationsPage *apps = m_applications;
    UsersPage *users = m_users;
    QTabWidget *tabs = m_window.tabs;
    connect(m_newApplication, &QAction::triggered, this, [tabs, apps] {
        tabs->setCurrentWidget(apps);
        apps->focusForm();
    });
    connect(m_getToken, &QAction::triggered, this, [tabs, apps] {
        tabs->setCurrentWidget(apps);
        // Without a selected row (or while a token is on its way) there is nothing to get: the
        // table takes the focus, so the arrow keys can choose an application.
        QTableView *table = apps->tableView();
        if (!table->selectionModel()->selectedRows().isEmpty() && !apps->isGettingToken())
            apps->getToken();
        else
            table->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_newUser, &QAction::triggered, this, [tabs, users] {
        tabs->setCurrentWidget(users);
        users->focusForm();
    });
    connect(m_findUser, &QAction::triggered, this, [tabs, users] {
        tabs->setCurrentWidget(users);
        users->focusSearch();
    });
}

void DesktopIntegration::prepareTables()
{
    struct Table
    {
        QTableView *view;
        QString name;
        QString description;
    };
    QList<Table> tables = {
            // Its description names the console's objects: ApplicationsPage::applyNoun() sets it.
            {m_applications->tableView(), u"applications"_s, QString()},
            {m_users->tableView(), u"users"_s,
             tr("Arrow keys choose a user; the context menu (Menu key) has more actions.")},
    };
    // Tables on the other tabs (the activity log, ...) are found by looking, so pages added
    // later get the same treatment without being listed here.
    QTabWidget *tabs = m_window.tabs;
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        if (page == m_applications || page == m_users)
            continue;
        const auto views = page->findChildren<QTableView *>();
        for (QTableView *view : views) {
            const QString name = page->objectName().isEmpty() ? u"page%1"_s.arg(i)
                                                              : page->objectName();
            tables.append({view, name + u'/' + view->objectName(), QString()});
        }
    }
    for (const Table &table : std::as_const(tables)) {
        // Tab moves on to the next control instead of trapping the keyboard in the cells.
        table.view->setTabKeyNavigation(false);
        // Screen readers read a cell together with its column header, so the header stays.
        table.view->horizontalHeader()->setVisible(true);
        if (table.view->accessibleDescription().isEmpty() && !table.description.isEmpty())
            table.view->setAccessibleDescription(table.description);
        m_state->track(table.view->horizontalHeader(), table.name);
    }
}

} // namespace runai
