// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeysPage.h"
#include "ui_AccessKeysPage.h"

#include "api/LostCreateCheck.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "gui/access/AccessKeyCreateRecovery.h"
#include "gui/access/AccessKeyDialogs.h"
#include "gui/access/AccessKeySecrets.h"
#include "gui/access/AccessKeyTable.h"
#include "gui/access/AccessKeysAdminSection.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/verify/AccessKeyVerification.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/Theme.h"
#include "models/AccessKeysModel.h"

#include <QShortcut>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
// The contract's limit (runai-api.md 2.3/9): the create button says so before the console does.
constexpr int MaxKeysPerUser = 20;
} // namespace

AccessKeysPage::AccessKeysPage(KeychainBridge *keychain, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccessKeysPage>())
{
    m_ui->setupUi(this);
    m_table = new AccessKeyTable(m_ui->ownTable,
                                 {AccessKeysModel::NameColumn,
                                  AccessKeysModel::OwnerColumn,
                                  {{AccessKeysModel::NameColumn, 150},
                                   {AccessKeysModel::ClientIdColumn, 280},
                                   {AccessKeysModel::SecretColumn, 140},
                                   {AccessKeysModel::CreatedColumn, 140}}},
                                 this);
    m_model = m_table->model();

    m_ui->createButton->setIcon(icons::icon(u"keychain"_s));
    m_ui->getTokenButton->setIcon(icons::icon(u"token"_s));
    m_ui->refreshButton->setIcon(icons::icon(u"refresh"_s));
    m_ui->nameEdit->setAccessibleName(tr("Access key name"));
    m_ui->adminNoteLabel->setVisible(false);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AccessKeysPage::validateName);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &AccessKeysPage::createKey);
    connect(m_ui->createButton, &QPushButton::clicked, this, &AccessKeysPage::createKey);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &AccessKeysPage::getToken);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &AccessKeysPage::regenerateSecret);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AccessKeysPage::exportCredentials);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AccessKeysPage::deleteKey);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccessKeysPage::refresh);
    connect(m_ui->ownTable, &QTableView::activated, this, &AccessKeysPage::getToken);
    connect(m_ui->ownTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessKeysPage::updateActions);
    connect(m_table, &AccessKeyTable::deleteRequested, this, &AccessKeysPage::deleteKey);
    auto *reload = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &AccessKeysPage::refresh);
    m_secrets = new AccessKeySecrets(keychain, m_ui->banner, this);
    connect(m_secrets, &AccessKeySecrets::changed, this, &AccessKeysPage::updateStoredSecrets);
    connect(m_secrets, &AccessKeySecrets::readingChanged, this, &AccessKeysPage::updateActions);

    m_recovery = new AccessKeyCreateRecovery(m_ui->banner, m_ui->nameEdit, this,
                                             [this] { return !m_job.isNull(); });
    connect(m_recovery, &AccessKeyCreateRecovery::activityChanged, this,
            &AccessKeysPage::updateActions);
    connect(m_recovery, &AccessKeyCreateRecovery::settled, this, [this] {
        refresh();
        updateActions();
    });
    connect(m_recovery, &AccessKeyCreateRecovery::secretIssued, m_secrets,
            &AccessKeySecrets::showAndKeep);
    connect(m_recovery, &AccessKeyCreateRecovery::createAgainRequested, this,
            &AccessKeysPage::createKey);

    m_admin = new AccessKeysAdminSection(
            {m_ui->adminGroup, m_ui->adminNoteLabel, m_ui->createdByEdit, m_ui->clientIdFilterEdit,
             m_ui->searchButton, m_ui->adminDeleteButton, m_ui->adminTable, m_ui->banner},
            this);
    connect(m_admin, &AccessKeysAdminSection::keyDeleted, this, [this](const AccessKey &key) {
        if (m_model->rowOf(key.id) >= 0) {
            m_secrets->forget(key);
            refresh();
        }
    });
    // issue 15: Verify access for the selected own key, or any user's key (administrators)
    new AccessKeyVerification(
            this, keychain,
            {m_ui->verifyButton, m_ui->ownTable, m_ui->adminVerifyButton, m_ui->adminTable},
            {[this] { return m_session.data(); }, [this] { return selectedKey(); },
             [this] {
                 return m_admin->selectedKey();
             }});
    setSession(nullptr);
}

AccessKeysPage::~AccessKeysPage()
{
    for (ApiJob *job : {m_listJob.data(), m_job.data()}) {
        if (job)
            job->abandon();
    }
}

bool AccessKeysPage::isBusy() const
{
    // A lost create being checked or remedied is a change in progress too.
    return m_job || m_secrets->isReading() || m_recovery->isActive();
}

MessageBanner *AccessKeysPage::banner() const
{
    return m_ui->banner;
}

QString AccessKeysPage::consoleKey() const
{
    return m_session ? m_session->baseUrl().toString() : QString();
}

void AccessKeysPage::setSession(Session *session)
{
    for (ApiJob *job : {m_listJob.data(), m_job.data()}) {
        if (job)
            job->abandon();
    }
    m_listJob = nullptr;
    m_job = nullptr;
    m_recovery->abandon(); // another user's keys, or none: the check was about the last one's
    m_session = session;
    m_secrets->setConsole(consoleKey());
    m_availability = Availability::Unknown;
    m_model->clear();
    m_ui->banner->clear();
    m_ui->nameEdit->clear();
    m_ui->nameEdit->setEnabled(true); // a create abandoned above may have left it disabled
    m_admin->setSession(session);
    updateStoredSecrets();
    if (!session) {
        showPlaceholder(tr("Sign in as a user to manage your access keys."));
    } else {
        showPlaceholder(tr("Loading your access keys…"));
        refresh();
    }
    validateName();
    updateActions();
}

void AccessKeysPage::showPlaceholder(const QString &text)
{
    m_ui->placeholderLabel->setText(text);
    m_ui->contentStack->setCurrentWidget(m_ui->placeholderPage);
}

AccessKey AccessKeysPage::selectedKey() const
{
    return m_table->selectedKey();
}

void AccessKeysPage::validateName()
{
    const QString name = m_ui->nameEdit->text();
    const bool full = m_model->rowCount() >= MaxKeysPerUser;
    bool ok = false;
    if (full) {
        m_ui->nameHint->setStyleSheet(theme::hintStyle(m_ui->nameHint, true));
        m_ui->nameHint->setText(tr("You have %1 access keys, the most a user may have. Delete one "
                                   "to create another.")
                                        .arg(MaxKeysPerUser));
    } else if (name.isEmpty()) {
        m_ui->nameHint->setStyleSheet({});
        m_ui->nameHint->setText(tr("Lowercase letters, digits, '-' and '_'. Starts with a letter "
                                   "and ends with a letter or digit."));
    } else {
        const auto result = InputValidation::applicationName(name);
        ok = result.ok;
        m_ui->nameHint->setStyleSheet(ok ? QString() : theme::hintStyle(m_ui->nameHint, true));
        m_ui->nameHint->setText(ok ? tr("\"%1\" is a valid access key name.").arg(name)
                                   : result.reason);
    }
    m_ui->createButton->setEnabled(ok && m_session && !isBusy()
                                   && m_availability == Availability::Available);
}

void AccessKeysPage::updateActions()
{
    const AccessKey key = selectedKey();
    const bool ready = m_session && !key.id.isEmpty() && !isBusy();
    m_ui->getTokenButton->setEnabled(ready);
    m_ui->regenerateButton->setEnabled(ready);
    m_ui->deleteButton->setEnabled(ready);
    const bool stored = !key.id.isEmpty() && m_model->isSecretStored(key.clientId);
    m_ui->exportButton->setEnabled(ready && stored && m_secrets->isAvailable());
    m_ui->exportButton->setToolTip(
            key.id.isEmpty() || stored
                    ? tr("Export the key as .env, JSON, a Kubernetes Secret or a runai login "
                         "command")
                    : tr("This program does not hold the secret of %1: regenerate it to export "
                         "the key.")
                              .arg(key.name));
    m_ui->refreshButton->setEnabled(m_session && !isLoading());
    validateName();
}

void AccessKeysPage::updateStoredSecrets()
{
    m_model->setStoredSecrets(m_secrets->storedClientIds());
    updateActions();
}

void AccessKeysPage::startJob(ApiJob *job)
{
    m_job = job;
    job->start();
    updateActions();
}

// -------------------------------------------------------------------------------------- list

void AccessKeysPage::refresh()
{
    if (!m_session || m_listJob)
        return;
    // Session::capabilities() (when it exists) could tell "no access keys" before asking; the
    // list's own 404 says the same and needs no other knowledge.
    auto *job = RunaiClient(m_session).listAccessKeys();
    m_listJob = job;
    connect(job, &ApiJob::finished, this, &AccessKeysPage::listFinished);
    job->start();
    updateActions();
    if (m_admin->state() == AccessKeysAdminSection::State::Shown)
        m_admin->search();
}

void AccessKeysPage::listFinished(ApiJob *job)
{
    m_listJob = nullptr;
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (job->error().kind() == ApiError::Kind::NotFound) {
        // Access keys came with Run:ai 2.24: an older console has no such path at all.
        m_availability = Availability::Absent;
        showPlaceholder(tr("This console has no access keys (Run:ai 2.24 and later).") + u"\n\n"_s
                        + tr("Scripts can sign in with an application's Client ID and secret "
                             "instead (Applications tab)."));
        updateActions();
        return;
    }
    if (!job->succeeded()) {
        qCInfo(lcAccessKeysPage) << "list failed:" << job->error().logString();
        m_ui->banner->showError(job->error().userMessage());
        // Refused for the lack of a session: loaded again once the user signed in again.
        const bool retries = job->error().kind() == ApiError::Kind::Unauthorized && m_session
                             && m_session->retryWhenSessionIsBack(this, [this] { refresh(); });
        if (m_availability != Availability::Available)
            showPlaceholder(retries ? tr("Your access keys could not be loaded. They load again "
                                         "as soon as you are signed in again.")
                                    : tr("Your access keys could not be loaded. Press F5 to try "
                                         "again."));
        updateActions();
        return;
    }
    m_availability = Availability::Available;
    m_table->setKeys(static_cast<AccessKeyListJob *>(job)->result());
    m_ui->contentStack->setCurrentWidget(m_ui->keysPage);
    updateActions();
}

// ------------------------------------------------------------------------------------ create

void AccessKeysPage::createKey()
{
    if (!m_session || isBusy() || !m_ui->createButton->isEnabled())
        return;
    const QString name = m_ui->nameEdit->text();
    m_ui->banner->showInfo(tr("Creating the access key \"%1\"…").arg(name));
    m_ui->nameEdit->setEnabled(false);
    m_recovery->abandon(); // a new create: the last lost one's message is replaced
    auto *job = RunaiClient(m_session).createAccessKey(name);
    connect(job, &ApiJob::finished, this,
            [this, name](ApiJob *done) { createFinished(done, name); });
    m_createSentAt = QDateTime::currentDateTimeUtc();
    startJob(job);
}

void AccessKeysPage::createFinished(ApiJob *job, const QString &name)
{
    m_job = nullptr;
    m_createAnsweredAt = QDateTime::currentDateTimeUtc();
    m_ui->nameEdit->setEnabled(true);
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Create access key"), name, job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcAccessKeysPage) << "create failed:" << error.logString();
        if (LostCreateCheck::mayHaveCreated(error)) {
            // Never sent again blindly: the user's keys show whether the console made it.
            m_recovery->start(m_session, name, m_createSentAt, m_createAnsweredAt);
            return;
        }
        if (error.kind() == ApiError::Kind::Conflict)
            m_ui->banner->showError(
                    tr("You already have an access key named \"%1\". Choose another name.")
                            .arg(name)
                    + (error.serverMessage().isEmpty()
                               ? QString()
                               : u' ' + tr("The server said: %1").arg(error.serverMessage())));
        else
            m_ui->banner->showError(error.userMessage());
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        return;
    }
    NewAccessKey created = static_cast<NewAccessKeyJob *>(job)->result();
    const QString secret = std::exchange(created.secret, QString());
    const AccessKey key = std::move(created.key);
    m_ui->banner->showSuccess(tr("Access key \"%1\" created.").arg(key.name));
    m_ui->nameEdit->clear();
    m_secrets->showAndKeep(key, secret, false);
    refresh();
}

// ------------------------------------------------------------------------------------- token

void AccessKeysPage::getToken()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || isBusy())
        return;
    m_secrets->obtain(key, m_model->isSecretStored(key.clientId), true,
                      [this, key](const QString &secret) { requestToken(key, secret); });
}

void AccessKeysPage::requestToken(const AccessKey &key, const QString &secret)
{
    if (!m_session || isBusy())
        return;
    m_ui->banner->showInfo(tr("Getting a token with the access key \"%1\"…").arg(key.name));
    // The grant applications use: client_credentials with the key's client ID.
    TokenJob *job = RunaiClient(m_session).clientCredentialsToken(key.clientId, secret);
    connect(job, &ApiJob::finished, this, [this, key](ApiJob *done) {
        m_job = nullptr;
        updateActions();
        if (done->error().kind() == ApiError::Kind::Cancelled)
            return;
        ActivityRecorder::record(tr("Get access key token"), key.name, done->error());
        if (!done->succeeded()) {
            m_ui->banner->showError(tr("No token for the access key \"%1\": %2")
                                            .arg(key.name, done->error().userMessage()));
            return;
        }
        m_ui->banner->showSuccess(tr("The console issued a token for \"%1\".").arg(key.name));
        AccessKeyDialogs::openToken(this, key, static_cast<TokenJob *>(done)->result(),
                                    m_session ? m_session->identity() : QString());
    });
    startJob(job);
}

// -------------------------------------------------------------------------------- regenerate

void AccessKeysPage::regenerateSecret()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || isBusy())
        return;
    ConfirmationDialog::ask(
            this, tr("Regenerate access key secret"),
            tr("Regenerate the secret of the access key <b>%1</b>?<br><br>The current secret "
               "stops working <b>at once</b>, and so do the tokens obtained with it: every script "
               "or CLI that signs in with it is refused until it gets the new one. The new secret "
               "is shown once and kept in the keychain.")
                    .arg(key.name.toHtmlEscaped()),
            tr("&Regenerate"), [this, key] {
                if (!m_session || isBusy())
                    return;
                m_ui->banner->showInfo(
                        tr("Regenerating the secret of the access key \"%1\"…").arg(key.name));
                auto *job = RunaiClient(m_session).regenerateAccessKeySecret(key.id);
                connect(job, &ApiJob::finished, this,
                        [this, key](ApiJob *done) { regenerateFinished(done, key); });
                startJob(job);
            });
}

void AccessKeysPage::regenerateFinished(ApiJob *job, const AccessKey &key)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Regenerate access key secret"), key.name, job->error());
    if (!job->succeeded()) {
        qCInfo(lcAccessKeysPage) << "regenerate failed:" << job->error().logString();
        m_ui->banner->showError(job->error().userMessage());
        if (job->error().kind() == ApiError::Kind::NotFound)
            refresh();
        return;
    }
    m_ui->banner->showSuccess(tr("The access key \"%1\" has a new secret; the old one and its "
                                 "tokens no longer work.")
                                      .arg(key.name));
    m_secrets->showAndKeep(key, static_cast<IssuedSecretJob *>(job)->result(), true);
}

// ------------------------------------------------------------------------------------ delete

void AccessKeysPage::deleteKey()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || isBusy())
        return;
    const bool stored = m_model->isSecretStored(key.clientId);
    ConfirmationDialog::ask(
            this, tr("Delete access key"),
            tr("Delete the access key <b>%1</b> (client ID %2)?<br><br>Scripts and CLIs that sign "
               "in with it can no longer do so, and the tokens obtained with it stop working at "
               "once.%3 This cannot be undone.")
                    .arg(key.name.toHtmlEscaped(), key.clientId.toHtmlEscaped(),
                         stored ? u' '
                                          + tr("Its secret is also erased from this computer's "
                                               "keychain.")
                                : QString()),
            tr("&Delete %1").arg(key.name), [this, key] {
                if (!m_session || isBusy())
                    return;
                m_ui->banner->showInfo(tr("Deleting the access key \"%1\"…").arg(key.name));
                auto *job = RunaiClient(m_session).deleteAccessKey(key.id);
                connect(job, &ApiJob::finished, this,
                        [this, key](ApiJob *done) { deleteFinished(done, key); });
                startJob(job);
            });
}

void AccessKeysPage::deleteFinished(ApiJob *job, const AccessKey &key)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Delete access key"), key.name, job->error());
    if (!job->succeeded() && job->error().kind() != ApiError::Kind::NotFound) {
        qCInfo(lcAccessKeysPage) << "delete failed:" << job->error().logString();
        m_ui->banner->showError(job->error().userMessage());
        return;
    }
    // Gone either way (404: deleted meanwhile, e.g. by an administrator): its secret is useless.
    m_secrets->forget(key);
    if (job->succeeded())
        m_ui->banner->showSuccess(tr("Access key \"%1\" deleted.").arg(key.name));
    else
        m_ui->banner->showWarning(
                tr("The access key \"%1\" had already been deleted on the console.").arg(key.name));
    refresh();
}

// ------------------------------------------------------------------------------------ export

void AccessKeysPage::exportCredentials()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || isBusy())
        return;
    m_secrets->obtain(key, m_model->isSecretStored(key.clientId), false,
                      [this, key](const QString &secret) {
                          if (!m_session)
                              return;
                          const ExportedCredentials credentials{m_session->baseUrl().toString(),
                                                                key.name, key.clientId, secret};
                          auto *dialog = new CredentialExportDialog(
                                  credentials, CredentialExport::CliFlavour::AccessKey, this);
                          dialog->setAttribute(Qt::WA_DeleteOnClose);
                          dialog->setFormat(CredentialExport::Format::CliLogin);
                          dialog->open();
                      });
}

} // namespace runai
