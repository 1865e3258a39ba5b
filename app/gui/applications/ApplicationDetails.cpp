// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationDetails.h"

#include "api/Session.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/widgets/SecretField.h"
#include "models/ApplicationsModel.h"
#include "secrets/KeychainBridge.h"

#include <QGroupBox>
#include <QLabel>

namespace runai {

ApplicationDetails::ApplicationDetails(const Form &form, ApplicationsModel *model,
                                       KeychainBridge *keychain,
                                       std::function<Application()> selected, QWidget *page)
    : QObject(page)
    , m_form(form)
    , m_model(model)
    , m_keychain(keychain)
    , m_selected(std::move(selected))
{
    m_form.clientIdField->setMode(SecretField::Mode::Plain);
    m_form.clientIdField->setLabelText(tr("Client ID"));
    m_form.clientIdField->setReadOnly(true);
    m_form.clientSecretField->setLabelText(tr("Client secret"));
    m_form.clientSecretField->setReadOnly(true);
    m_form.clientSecretField->setOnDemand(true);
    connect(m_form.clientSecretField, &SecretField::secretRequested, this,
            &ApplicationDetails::requestSecret);
    if (m_keychain) {
        connect(m_keychain, &KeychainBridge::indexChanged, this,
                &ApplicationDetails::updateStoredSecrets);
        connect(m_keychain, &KeychainBridge::storeChanged, this, [this] {
            m_model->setSecretsKeptForSessionOnly(!m_keychain->isPersistent());
            update();
        });
    }
}

void ApplicationDetails::setSession(Session *session)
{
    m_session = session;
}

ObjectNoun ApplicationDetails::noun() const
{
    return ObjectNoun::of(m_session);
}

void ApplicationDetails::updateStoredSecrets()
{
    if (!m_keychain || !m_session) {
        m_model->setStoredSecrets({});
        return;
    }
    m_model->setStoredSecrets(
            m_keychain->knownIdentities(ClientSecretSaver::keyFor(m_session, {}).consoleUrl,
                                        QString(SecretKind::ClientSecret)));
    update();
}

void ApplicationDetails::update()
{
    const Application app = m_selected();
    const bool selected = !app.id.isEmpty();
    m_form.group->setEnabled(selected);
    const QString previousId = m_form.clientIdField->text();
    m_form.clientIdField->setText(app.clientId);
    if (previousId != app.clientId || !selected)
        m_form.clientSecretField->clear();
    const bool stored = selected && m_model->isSecretStored(app.clientId);
    m_form.clientSecretField->setEnabled(stored);
    if (!selected) {
        m_form.group->setTitle(
                noun().pick(tr("Selected application"), tr("Selected service account")));
        m_form.clientSecretField->setPlaceholderText({});
        m_form.statusLabel->setText(noun().pick(tr("Select an application in the table."),
                                                tr("Select a service account in the table.")));
    } else {
        m_form.group->setTitle(
                noun().pick(tr("Selected application: %1"), tr("Selected service account: %1"))
                        .arg(app.name));
        const bool persistent = !m_keychain || m_keychain->isPersistent();
        m_form.clientSecretField->setPlaceholderText(
                !stored      ? QString()
                : persistent ? tr("Stored in the keychain — Show or Copy reads it")
                             : tr("Kept for this session — Show or Copy reads it"));
        m_form.statusLabel->setText(
                !stored ? tr("This program does not hold the client secret (the console shows it "
                             "only once, at registration). Get token asks for it.")
                        : secretLocationText());
    }
}

QString ApplicationDetails::secretLocationText() const
{
    return !m_keychain || m_keychain->isPersistent()
                   ? tr("The client secret is kept in the system keychain.")
                   : tr("The client secret is kept in memory for this session only.");
}

void ApplicationDetails::requestSecret()
{
    const Application app = m_selected();
    if (!m_keychain || app.id.isEmpty()) {
        m_form.clientSecretField->failSecretRequest();
        return;
    }
    m_form.statusLabel->setText(tr("Reading the client secret from the keychain…"));
    m_keychain->read(
            ClientSecretSaver::keyFor(m_session, app.clientId), this,
            [this, clientId = app.clientId](const QString &secret,
                                            const SecretDiagnosis &diagnosis) {
                if (m_selected().clientId != clientId) {
                    m_form.clientSecretField->failSecretRequest();
                    return;
                }
                if (!diagnosis.isOk()) {
                    m_form.clientSecretField->failSecretRequest();
                    m_form.statusLabel->setText(
                            tr("The client secret could not be read: %1").arg(diagnosis.message()));
                    return;
                }
                m_form.statusLabel->setText(secretLocationText());
                m_form.clientSecretField->provideSecret(secret);
            });
}

} // namespace runai
