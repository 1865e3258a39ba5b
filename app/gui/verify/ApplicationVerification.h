// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QTableView;
class QToolBar;
class QWidget;

namespace runai {

class KeychainBridge;
class MessageBanner;
class Session;

// Verify access on the Service accounts / Applications page (issue 15): the "Verify access…"
// action beside Access rules (tool bar, the table's menu, Ctrl+Shift+V) for the selected row,
// and the "Check what it can do now" button on the page's banner right after a registration
// granted a rule. A class of its own so the page's row actions stay one job each.
class ApplicationVerification : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QWidget *page; // owns this; dialogs open over it
        QTableView *view; // the page's table
        QToolBar *toolBar; // the row actions' tool bar
        MessageBanner *banner;
    };

    ApplicationVerification(const Widgets &widgets, KeychainBridge *keychain,
                            std::function<Application()> selected);

    void setSession(Session *session);
    QAction *action() const { return m_action; }

    void verifySelected();
    // After a registration was granted a rule: one click on the banner checks it.
    void offerOnBanner(const Application &app);
    void updateAction();

private:
    Widgets m_widgets;
    QPointer<KeychainBridge> m_keychain;
    std::function<Application()> m_selected;
    QPointer<Session> m_session;
    QAction *m_action = nullptr;
};

} // namespace runai
