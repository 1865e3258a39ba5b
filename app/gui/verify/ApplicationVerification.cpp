// SPDX-License-Identifier: MIT
#include "gui/verify/ApplicationVerification.h"

#include "api/Session.h"
#include "core/ObjectNoun.h"
#include "gui/verify/VerifyAccessDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "secrets/KeychainBridge.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationVerification::ApplicationVerification(const Widgets &widgets, KeychainBridge *keychain,
                                                 std::function<Application()> selected)
    : QObject(widgets.page)
    , m_widgets(widgets)
    , m_keychain(keychain)
    , m_selected(std::move(selected))
{
    m_action = rowactions::makeAction(m_widgets.page, tr("Verif&y access…"), {},
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_action, &QAction::triggered, this, &ApplicationVerification::verifySelected);
    // Beside Access rules, the first row action, in the tool bar and in the table's menu.
    QToolBar *bar = m_widgets.toolBar;
    bar->insertAction(bar->actions().value(1), m_action);
    if (QWidget *button = bar->widgetForAction(m_action))
        button->setAccessibleName(tr("Verify access"));
    m_widgets.view->insertAction(m_widgets.view->actions().value(1), m_action);
    m_widgets.page->addAction(m_action);
    connect(m_widgets.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationVerification::updateAction);
    connect(m_widgets.view->model(), &QAbstractItemModel::modelReset, this,
            &ApplicationVerification::updateAction);
    updateAction();
}

void ApplicationVerification::setSession(Session *session)
{
    m_session = session;
    updateAction();
}

void ApplicationVerification::updateAction()
{
    m_action->setEnabled(m_session && !m_selected().id.isEmpty());
    const QString tip = ObjectNoun::of(m_session).pick(
            tr("Check on the console what the selected application may do"),
            tr("Check on the console what the selected service account may do"));
    m_action->setToolTip(
            u"%1 (%2)"_s.arg(tip, m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setStatusTip(tip);
}

void ApplicationVerification::verifySelected()
{
    const Application app = m_selected();
    if (m_session && !app.id.isEmpty())
        VerifyAccessDialog::openForApplication(m_widgets.page, m_session, m_keychain, app);
}

void ApplicationVerification::offerOnBanner(const Application &app)
{
    m_widgets.banner->setAction(tr("Check what it can &do now"), [this, app] {
        if (m_session)
            VerifyAccessDialog::openForApplication(m_widgets.page, m_session, m_keychain, app);
    });
}

} // namespace runai
