// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QAction;
class QKeySequence;
class QObject;
class QString;
class QTableView;
class QToolBar;
class QWidget;

namespace runai {

class ApiJob;

// What the lifecycle actions of the Applications and Users tables (ApplicationActions,
// UserActions) have in common: the same kind of actions, tool bar and context menu, one job at a
// time, and dialogs that belong to the session they were opened in.
namespace rowactions {

// An action of a page: tool tip with its shortcut, active only while the page has the focus.
QAction *makeAction(QWidget *page, const QString &text, const QString &tip,
                    const QKeySequence &shortcut);
// A text-only tool bar with `actions`, each button named for screen readers.
QToolBar *makeToolBar(QWidget *page, const QString &objectName, const QString &accessibleName,
                      const QList<QAction *> &actions);
// The table's context menu: `actions`, a separator, then `deleteAction`; the page gets the
// shortcuts of `actions` (Del stays with the table).
void addToTable(QWidget *page, QTableView *table, const QList<QAction *> &actions,
                QAction *deleteAction);
// Gives up a running job without hearing from it again.
void abandon(ApiJob *job, QObject *receiver);
// Questions, offers, rule lists and exports belong to the session they were opened in.
void closeSessionDialogs(QWidget *page);

} // namespace rowactions
} // namespace runai
