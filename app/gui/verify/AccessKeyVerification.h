// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QTableView;
class QWidget;

namespace runai {

class KeychainBridge;
class Session;

// Verify access on the Access keys page (issue 15): one button for the signed-in user's own
// selected key (its secret usually in the keychain) and one for the selected key of the
// administrators' "All users' access keys" list (acting as its owner; its secret pasted). Kept
// out of the page, which only hands over its buttons, tables and what is selected (so the two do
// not include each other); enabled while a key is selected.
class AccessKeyVerification : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QPushButton *ownButton;
        QTableView *ownTable;
        QPushButton *adminButton;
        QTableView *adminTable;
    };
    // What the page has now: its session (nullptr when signed out) and the selected keys.
    struct Selection
    {
        std::function<Session *()> session;
        std::function<AccessKey()> ownKey;
        std::function<AccessKey()> anyKey; // in the administrators' list
    };

    // The dialogs open over `page`, which owns this.
    AccessKeyVerification(QWidget *page, KeychainBridge *keychain, const Widgets &widgets,
                          Selection selection);

    void verifyOwnKey();
    void verifyAnyKey();
    void updateButtons();

private:
    QWidget *m_page;
    QPointer<KeychainBridge> m_keychain;
    Widgets m_widgets;
    Selection m_selection;
};

} // namespace runai
