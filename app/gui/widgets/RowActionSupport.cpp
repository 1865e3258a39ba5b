// SPDX-License-Identifier: MIT
#include "gui/widgets/RowActionSupport.h"

#include "api/ApiJob.h"
#include "api/Session.h"
#include "gui/access/AccessRulesDialog.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/widgets/ConfirmationDialog.h"

#include <QAction>
#include <QDialog>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai::rowactions {

QAction *makeAction(QWidget *page, const QString &text, const QString &tip,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(text, page);
    action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    action->setShortcut(shortcut);
    // Only while this page has the focus: other pages have their own.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QToolBar *makeToolBar(QWidget *page, const QString &objectName, const QString &accessibleName,
                      const QList<QAction *> &actions)
{
    auto *toolBar = new QToolBar(page);
    toolBar->setObjectName(objectName);
    toolBar->setAccessibleName(accessibleName);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));
    for (QAction *action : actions) {
        toolBar->addAction(action);
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    }
    return toolBar;
}

void addToTable(QWidget *page, QTableView *table, const QList<QAction *> &actions,
                QAction *deleteAction)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions(actions);
    auto *separator = new QAction(page);
    separator->setSeparator(true);
    table->addAction(separator);
    table->addAction(deleteAction);
    page->addActions(actions);
}

void abandon(ApiJob *job, QObject *receiver)
{
    if (!job)
        return;
    job->disconnect(receiver);
    job->abandon();
}

void closeSessionDialogs(QWidget *page)
{
    const auto dialogs = page->findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (qobject_cast<ConfirmationDialog *>(dialog) || qobject_cast<GrantAccessDialog *>(dialog)
            || qobject_cast<AccessRulesDialog *>(dialog)
            || dialog->inherits("runai::CredentialExportDialog")
            || dialog->inherits("runai::VerifyAccessDialog")) // issue 15
            dialog->reject();
    }
}

} // namespace runai::rowactions
