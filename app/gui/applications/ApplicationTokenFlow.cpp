// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationTokenFlow.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/credentials/ClientSecretDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "secrets/KeychainBridge.h"

#include <QPushButton>

namespace runai {

ApplicationTokenFlow::ApplicationTokenFlow(KeychainBridge *keychain, MessageBanner *banner,
                                           QPushButton *getTokenButton, QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_keychain(keychain)
    , m_banner(banner)
    , m_getTokenButton(getTokenButton)
{ }

ApplicationTokenFlow::~ApplicationTokenFlow()
{
    // The page's widgets may be gone already (the page deletes them first): no answer now.
    for (ApiJob *job : {m_tokenJob.data(), m_identityJob.data()})
        rowactions::abandon(job, this);
}

void ApplicationTokenFlow::setSession(Session *session)
{
    m_session = session;
    if (m_tokenJob)
        m_tokenJob->abandon();
}

bool ApplicationTokenFlow::isBusy() const
{
    return m_tokenJob || m_readingSecret;
}

ObjectNoun ApplicationTokenFlow::noun() const
{
    return ObjectNoun::of(m_session);
}

void ApplicationTokenFlow::getToken(const Application &app, bool secretStored)
{
    if (!m_session || isBusy() || app.id.isEmpty())
        return;
    if (!m_keychain || !secretStored) {
        auto *dialog = new ClientSecretDialog(app.name, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, app, dialog] { requestToken(app, dialog->secret()); });
        dialog->open();
        return;
    }
    m_readingSecret = true;
    m_getTokenButton->setEnabled(false);
    m_banner->showInfo(tr("Reading the client secret of \"%1\" from the keychain…").arg(app.name));
    m_keychain->read(ClientSecretSaver::keyFor(m_session, app.clientId), this,
                     [this, app](const QString &secret, const SecretDiagnosis &diagnosis) {
                         m_readingSecret = false;
                         if (!diagnosis.isOk() || secret.isEmpty()) {
                             m_banner->showError(tr("The client secret of \"%1\" could not be "
                                                    "read from the keychain: %2")
                                                         .arg(app.name, diagnosis.message()));
                             Q_EMIT stateChanged();
                             return;
                         }
                         requestToken(app, secret);
                     });
}

void ApplicationTokenFlow::requestToken(const Application &app, const QString &secret)
{
    if (!m_session || m_tokenJob)
        return;
    m_getTokenButton->setEnabled(false);
    m_banner->showInfo(tr("Getting a token for \"%1\" (client credentials)…").arg(app.name));
    TokenJob *job = RunaiClient(m_session).clientCredentialsToken(app.clientId, secret, app.name);
    m_tokenJob = job;
    connect(job, &ApiJob::finished, this,
            [this, app, secret](ApiJob *done) { tokenFinished(done, app, secret); });
    job->start();
}

void ApplicationTokenFlow::tokenFinished(ApiJob *job, const Application &app, const QString &secret)
{
    m_tokenJob = nullptr;
    Q_EMIT stateChanged();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(
            noun().pick(tr("Get application token"), tr("Get service account token")), app.name,
            job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcApplicationsPage) << "token failed:" << error.logString();
        m_banner->showError(tr("No token for \"%1\": %2").arg(app.name, error.userMessage()));
        return;
    }
    m_banner->showSuccess(tr("The console issued a token to \"%1\".").arg(app.name));
    auto *dialog = new TokenDialog(app.name, static_cast<TokenJob *>(job)->result(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUseIdentityToolTip(
            noun().pick(tr("Work as this application from now on, to see what it is allowed to do"),
                        tr("Work as this service account from now on, to see what it is allowed "
                           "to do")));
    connect(dialog, &TokenDialog::useIdentityRequested, this, [this, app, secret, dialog] {
        dialog->close();
        useIdentity(app, secret);
    });
    dialog->open();
}

void ApplicationTokenFlow::useIdentity(const Application &app, const QString &secret)
{
    if (!m_session || m_identityJob)
        return;
    m_banner->showInfo(tr("Switching to the identity of \"%1\"…").arg(app.name));
    TokenJob *job = RunaiClient(m_session).signInApplication(app.clientId, secret, app.name);
    m_identityJob = job;
    connect(job, &ApiJob::finished, this, [this, name = app.name](ApiJob *done) {
        m_identityJob = nullptr;
        if (done->succeeded()) {
            m_banner->showSuccess(
                    noun().pick(tr("You now work as \"%1\". Lists and actions show what this "
                                   "application may do. Sign out to return."),
                                tr("You now work as \"%1\". Lists and actions show what this "
                                   "service account may do. Sign out to return."))
                            .arg(name));
            Q_EMIT identityChanged();
        } else if (done->error().kind() != ApiError::Kind::Cancelled) {
            m_banner->showError(done->error().userMessage());
        }
    });
    job->start();
}

} // namespace runai
