// SPDX-License-Identifier: MIT
#include "gui/rotation/RotationCredentials.h"

#include "api/Session.h"
#include "core/Application.h"
#include "core/CredentialExport.h"
#include "core/LogCategories.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainBridge.h"

namespace runai {

RotationCredentials::RotationCredentials(KeychainBridge *keychain, ClientSecretSaver *saver,
                                         MessageBanner *banner, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_keychain(keychain)
    , m_saver(saver)
    , m_banner(banner)
    , m_parent(dialogParent)
{ }

void RotationCredentials::showOnce(Session *session, const Application &successor,
                                   const QString &secret)
{
    const ObjectNoun noun = ObjectNoun::of(session);
    auto *dialog = new ApplicationCredentialsDialog(successor.name, successor.clientId, secret,
                                                    m_parent, noun);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntroText(
            noun.pick(tr("<b>%1</b> is the successor. Give these credentials to every program "
                         "that signs in as the old application; the old secret keeps working "
                         "until you disable it."),
                      tr("<b>%1</b> is the successor. Give these credentials to every program "
                         "that signs in as the old service account; the old secret keeps "
                         "working until you disable it."))
                    .arg(successor.name.toHtmlEscaped()));
    dialog->open();
    ClientSecretSaver::Texts texts;
    texts.noKeychain = tr("no keychain is available.");
    texts.noSecret = tr("the console did not send a secret.");
    texts.savedInKeychain = tr("Saved in the %1. The rotation can export it again later.");
    texts.keptForSession = tr("Kept for this session only (no keychain is available): it is gone "
                              "when the program quits.");
    texts.notSaved = [](const QString &name, const QString &error) {
        return tr("The successor \"%1\" was created, but its client secret could not be saved "
                  "in the keychain: %2")
                .arg(name, error);
    };
    m_saver->save(ClientSecretSaver::keyFor(session, successor.clientId), successor.name, secret,
                  dialog, texts, [this] { Q_EMIT saveAnswered(); });
}

bool RotationCredentials::isStored(const Session *session, const QString &clientId) const
{
    return m_keychain && !clientId.isEmpty()
           && m_keychain->isKnown(ClientSecretSaver::keyFor(session, clientId));
}

void RotationCredentials::exportCredentials(Session *session, const QString &name,
                                            const QString &clientId)
{
    if (!m_keychain || !session)
        return;
    QPointer<Session> guarded = session;
    m_keychain->read(
            ClientSecretSaver::keyFor(session, clientId), this,
            [this, guarded, name, clientId](const QString &secret, const SecretDiagnosis &d) {
                if (!d.isOk() || secret.isEmpty() || !guarded) {
                    m_banner->showError(tr("The client secret of \"%1\" could not be "
                                           "read from the keychain: %2")
                                                .arg(name, d.message()));
                    return;
                }
                const ExportedCredentials credentials{guarded->baseUrl().toString(), name, clientId,
                                                      secret};
                const auto flavour = CredentialExport::cliFlavourFor(
                        guarded->applicationsApi() == Session::ApplicationsApi::ServiceAccounts);
                auto *dialog = new CredentialExportDialog(credentials, flavour, m_parent,
                                                          ObjectNoun::of(guarded));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
}

void RotationCredentials::forget(const Session *session, const QString &clientId,
                                 const QString &name)
{
    if (!isStored(session, clientId))
        return;
    m_keychain->remove(ClientSecretSaver::keyFor(session, clientId), this,
                       [this, name](const SecretDiagnosis &d) {
                           if (d.isOk())
                               return;
                           qCInfo(lcRotation) << "keychain remove failed:" << d.kindName();
                           m_banner->showWarning(tr("\"%1\" was deleted, but its client secret "
                                                    "could not be erased from the keychain: %2")
                                                         .arg(name, d.message()));
                       });
}

} // namespace runai
