// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QGroupBox;
class QLabel;
class QWidget;

namespace runai {

class ApplicationsModel;
class KeychainBridge;
class SecretField;
class Session;

// The Applications page's "Selected application" box: the client ID, the client secret shown
// on demand when this program holds it (read from the keychain only when asked), and where it
// is kept. It also keeps the table's "client secret held" column in step with the keychain.
class ApplicationDetails : public QObject
{
    Q_OBJECT
public:
    // The form's parts this class drives.
    struct Form
    {
        QGroupBox *group = nullptr;
        SecretField *clientIdField = nullptr;
        SecretField *clientSecretField = nullptr;
        QLabel *statusLabel = nullptr;
    };

    // `selected`: the application selected in the page's table (empty id: none).
    ApplicationDetails(const Form &form, ApplicationsModel *model, KeychainBridge *keychain,
                       std::function<Application()> selected, QWidget *page);

    void setSession(Session *session);
    // The selection (or what the console is called, or the keychain) changed.
    void update();
    // Asks the keychain which client secrets it holds for this console.
    void updateStoredSecrets();

private:
    ObjectNoun noun() const;
    void requestSecret();
    // Where a held client secret lives: the keychain, or memory for this session only.
    QString secretLocationText() const;

    Form m_form;
    ApplicationsModel *m_model;
    QPointer<KeychainBridge> m_keychain;
    std::function<Application()> m_selected;
    QPointer<Session> m_session;
};

} // namespace runai
