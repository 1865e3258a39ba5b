// SPDX-License-Identifier: MIT
#include "gui/verify/AccessKeyVerification.h"

#include "gui/verify/VerifyAccessDialog.h"
#include "secrets/KeychainBridge.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace runai {

AccessKeyVerification::AccessKeyVerification(QWidget *page, KeychainBridge *keychain,
                                             const Widgets &widgets, Selection selection)
    : QObject(page)
    , m_page(page)
    , m_keychain(keychain)
    , m_widgets(widgets)
    , m_selection(std::move(selection))
{
    // Every letter of "Verify access" is some other control's mnemonic on this page, so the own
    // key's button has the shortcut the other pages give their Verify access action instead.
    m_widgets.ownButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_widgets.ownButton, &QPushButton::clicked, this, &AccessKeyVerification::verifyOwnKey);
    connect(m_widgets.adminButton, &QPushButton::clicked, this,
            &AccessKeyVerification::verifyAnyKey);
    for (QTableView *table : {m_widgets.ownTable, m_widgets.adminTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AccessKeyVerification::updateButtons);
        connect(table->model(), &QAbstractItemModel::modelReset, this,
                &AccessKeyVerification::updateButtons);
    }
    updateButtons();
}

void AccessKeyVerification::updateButtons()
{
    const bool signedIn = m_selection.session();
    m_widgets.ownButton->setEnabled(signedIn && !m_selection.ownKey().id.isEmpty());
    m_widgets.adminButton->setEnabled(signedIn && !m_selection.anyKey().id.isEmpty());
}

void AccessKeyVerification::verifyOwnKey()
{
    const AccessKey key = m_selection.ownKey();
    if (Session *session = m_selection.session(); session && !key.id.isEmpty())
        VerifyAccessDialog::openForAccessKey(m_page, session, m_keychain, key, {}); // yours
}

void AccessKeyVerification::verifyAnyKey()
{
    const AccessKey key = m_selection.anyKey();
    if (Session *session = m_selection.session(); session && !key.id.isEmpty())
        VerifyAccessDialog::openForAccessKey(m_page, session, m_keychain, key, key.createdBy);
}

} // namespace runai
