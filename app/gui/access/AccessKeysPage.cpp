// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeysPage.h"
#include "ui_AccessKeysPage.h"
#include "ui_ApplicationCredentialsDialog.h"
#include "ui_TokenDialog.h"

#include "api/LostCreateCheck.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/InputValidation.h"
#include "gui/access/AccessKeySecrets.h"
#include "gui/access/AccessKeysAdminSection.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/ClientSecretDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/Theme.h"
#include "models/AccessKeysModel.h"
#include "models/ModelFormat.h"

#include <QHeaderView>
#include <QLoggingCategory>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccessKeysPage, "runai.gui.accesskeys")

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
    m_model = new AccessKeysModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessKeysModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->ownTable;
    table->setModel(m_proxy);
    table->sortByColumn(AccessKeysModel::NameColumn, Qt::AscendingOrder);
    table->setColumnHidden(AccessKeysModel::OwnerColumn, true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(AccessKeysModel::NameColumn, 150);
    table->setColumnWidth(AccessKeysModel::ClientIdColumn, 280);
    table->setColumnWidth(AccessKeysModel::SecretColumn, 140);
    table->setColumnWidth(AccessKeysModel::CreatedColumn, 140);

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
    connect(table, &QTableView::activated, this, &AccessKeysPage::getToken);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessKeysPage::updateActions);
    // Del belongs to the table only: in a text field it deletes text.
    auto *del = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AccessKeysPage::deleteKey);
    auto *reload = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &AccessKeysPage::refresh);
    m_secrets = new AccessKeySecrets(keychain, this);
    connect(m_secrets, &AccessKeySecrets::changed, this, &AccessKeysPage::updateStoredSecrets);

    m_admin = new AccessKeysAdminSection(this);
    connect(m_admin, &AccessKeysAdminSection::keyDeleted, this, [this](const AccessKey &key) {
        if (m_model->rowOf(key.id) >= 0) {
            forgetSecret(key);
            refresh();
        }
    });
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
    return m_job || m_readingSecret
           || (m_lostCreate && (m_lostCreate->isChecking() || m_lostCreate->isRemedying()));
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
    m_readingSecret = false;
    delete m_lostCreate; // another user's keys, or none: the check was about the last one's
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
    const QModelIndexList rows = m_ui->ownTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->accessKey(m_proxy->mapToSource(rows.first()).row());
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
    const QString keep = selectedKey().id;
    m_model->setAccessKeys(static_cast<AccessKeyListJob *>(job)->result());
    m_ui->contentStack->setCurrentWidget(m_ui->keysPage);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_ui->ownTable->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
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
    delete m_lostCreate; // a new create: the last lost one's message is replaced
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
            recoverLostCreate(name);
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
    AccessKey key = static_cast<AccessKeyJob *>(job)->result();
    const QString secret = std::exchange(key.secret, QString());
    m_ui->banner->showSuccess(tr("Access key \"%1\" created.").arg(key.name));
    m_ui->nameEdit->clear();
    showAndKeepSecret(key, secret, false);
    refresh();
}

void AccessKeysPage::recoverLostCreate(const QString &name)
{
    delete m_lostCreate;
    auto *check = new LostCreateCheck(m_session, LostCreateCheck::Target::AccessKey, name, this);
    check->setRequestWindow(m_createSentAt, m_createAnsweredAt);
    m_lostCreate = check;
    m_ui->banner->showInfo(tr("The console's answer to creating the access key \"%1\" was lost "
                              "on the way. Checking whether it was created…")
                                   .arg(name));
    m_ui->nameEdit->setEnabled(false);
    connect(check, &LostCreateCheck::checked, this, &AccessKeysPage::lostCreateChecked);
    connect(check, &LostCreateCheck::remedied, this, &AccessKeysPage::lostSecretRegenerated);
    connect(check, &LostCreateCheck::remedyFailed, this, [this](LostCreateCheck *c) {
        updateActions();
        m_ui->banner->showError(
                tr("The access key \"%1\" exists, but a new secret could not be made: %2")
                        .arg(c->name(), c->error().userMessage()));
        if (c->outcome() == LostCreateCheck::Outcome::Existing) {
            offerToReplaceExistingSecret(c);
            return;
        }
        m_ui->banner->setAction(tr("&Regenerate secret"), [this, c = QPointer<LostCreateCheck>(c)] {
            if (!c || m_job)
                return;
            c->remedy();
            updateActions();
        });
    });
    check->start();
    updateActions();
}

void AccessKeysPage::lostCreateChecked(LostCreateCheck *check)
{
    m_ui->nameEdit->setEnabled(true);
    const QString name = check->name();
    switch (check->outcome()) {
    case LostCreateCheck::Outcome::Created:
        // Made by this request (its creation time falls within it): nobody ever saw that
        // secret, so replacing it breaks nothing and needs no question.
        m_ui->banner->showWarning(
                tr("The access key \"%1\" was created, but the answer carrying its secret was "
                   "lost, so nobody has the secret. Regenerate it to get a new one (shown once, "
                   "kept in the keychain).")
                        .arg(name));
        m_ui->banner->setAction(tr("&Regenerate secret"), [this, check = QPointer<LostCreateCheck>(
                                                                         check)] {
            if (!check || m_job)
                return;
            m_ui->banner->showInfo(
                    tr("Regenerating the secret of the access key \"%1\"…").arg(check->name()));
            check->remedy();
            updateActions();
        });
        if (m_ui->nameEdit->text() == name)
            m_ui->nameEdit->clear();
        break;
    case LostCreateCheck::Outcome::Existing:
        // An older key of that name (or one whose creation time cannot be placed): a script or
        // CLI may sign in with its secret. Say when it was made and last used; replace nothing
        // without a question that says what breaks.
        m_ui->banner->showWarning(
                tr("You already have an access key named \"%1\": created on %2, last used: %3. "
                   "The console does not show that your request created it, so its secret may "
                   "be in use. Nothing new was created.")
                        .arg(name, modelformat::dateTime(check->createdAt(), tr("an unknown date")),
                             modelformat::dateTime(check->lastLogin(), tr("never"))));
        offerToReplaceExistingSecret(check);
        break;
    case LostCreateCheck::Outcome::NotCreated:
        m_ui->banner->showError(tr("The console's answer was lost and the access key \"%1\" was "
                                   "not created. Nothing was created: it is safe to try again.")
                                        .arg(name));
        m_ui->banner->setAction(tr("&Try again"), [this] { createKey(); });
        check->deleteLater();
        break;
    case LostCreateCheck::Outcome::Unknown:
    case LostCreateCheck::Outcome::Checking:
        m_ui->banner->showError(
                tr("The console's answer to creating the access key \"%1\" was lost, and "
                   "checking whether it was created failed too: %2 Check again before creating "
                   "it again.")
                        .arg(name, check->error().userMessage()));
        m_ui->banner->setAction(tr("&Check again"), [this, name] { recoverLostCreate(name); });
        check->deleteLater();
        break;
    }
    refresh();
    updateActions();
}

void AccessKeysPage::offerToReplaceExistingSecret(LostCreateCheck *check)
{
    m_ui->banner->setAction(tr("Re&generate secret…"), [this,
                                                        check = QPointer<LostCreateCheck>(check)] {
        if (!check)
            return;
        ConfirmationDialog::ask(
                this, tr("Replace the secret of an access key in use?"),
                tr("Regenerate the secret of your access key <b>%1</b>, created on %2?<br><br>"
                   "Every program or CLI login that uses this access key's current secret stops "
                   "working <b>at once</b>, and so do the tokens obtained with it, until it gets "
                   "the new one. Do this only if you know nothing uses it.")
                        .arg(check->name().toHtmlEscaped(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date"))),
                tr("&Regenerate"), [this, check] {
                    if (!check || !m_session || m_job)
                        return;
                    m_ui->banner->showInfo(tr("Regenerating the secret of the access key \"%1\"…")
                                                   .arg(check->name()));
                    check->replaceAfterConfirmation();
                    updateActions();
                });
    });
}

void AccessKeysPage::lostSecretRegenerated(LostCreateCheck *check, const QString &secret)
{
    const AccessKey key = check->accessKey();
    // A key this request made is shown as created; an older one as having a new secret.
    const bool replaced = check->outcome() == LostCreateCheck::Outcome::Existing;
    check->deleteLater();
    m_ui->banner->showSuccess(tr("The access key \"%1\" has a new secret.").arg(key.name));
    showAndKeepSecret(key, secret, replaced);
    refresh();
    updateActions();
}

void AccessKeysPage::showAndKeepSecret(const AccessKey &key, const QString &secret,
                                       bool regenerated)
{
    auto *dialog = new ApplicationCredentialsDialog(key.name, key.clientId, secret, this);
    dialog->setObjectName(u"accessKeySecretDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(regenerated ? tr("New secret for the access key \"%1\"").arg(key.name)
                                       : tr("Access key \"%1\" created").arg(key.name));
    dialog->ui()->introLabel->setText(
            regenerated ? tr("The access key <b>%1</b> has a new secret. The previous one and "
                             "the tokens obtained with it no longer work: update every script "
                             "that uses this key.")
                                  .arg(key.name.toHtmlEscaped())
                        : tr("The access key <b>%1</b> is ready. Scripts and the runai CLI sign "
                             "in as you with its Client ID and secret, with your access rules.")
                                  .arg(key.name.toHtmlEscaped()));
    dialog->open();
    m_secrets->keep(key, secret, dialog, [this, name = key.name](const QString &problem) {
        m_ui->banner->showWarning(
                tr("The secret of the access key \"%1\" could not be saved in the keychain: %2")
                        .arg(name, problem));
    });
}

void AccessKeysPage::forgetSecret(const AccessKey &key)
{
    m_secrets->forget(key, [this, name = key.name](const QString &problem) {
        m_ui->banner->showWarning(tr("The access key \"%1\" was deleted, but its secret could "
                                     "not be erased from the keychain: %2")
                                          .arg(name, problem));
    });
}

// ------------------------------------------------------------------------------------- token

void AccessKeysPage::withSecret(const AccessKey &key, bool mayAsk,
                                std::function<void(const QString &)> then)
{
    if (!m_secrets->isAvailable() || !m_model->isSecretStored(key.clientId)) {
        if (!mayAsk) {
            m_ui->banner->showWarning(tr("This program does not hold the secret of the access "
                                         "key \"%1\". Regenerate it to get one it can keep.")
                                              .arg(key.name));
            return;
        }
        auto *dialog = new ClientSecretDialog(key.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, then] { then(dialog->secret()); });
        dialog->open();
        return;
    }
    m_readingSecret = true;
    updateActions();
    m_secrets->read(key, [this, key, then](const QString &secret, const QString &problem) {
        m_readingSecret = false;
        updateActions();
        if (!problem.isEmpty() || !m_session) {
            m_ui->banner->showError(
                    tr("The secret of the access key \"%1\" could not be read from the "
                       "keychain: %2")
                            .arg(key.name, problem));
            return;
        }
        then(secret);
    });
}

void AccessKeysPage::getToken()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || isBusy())
        return;
    withSecret(key, true, [this, key](const QString &secret) { requestToken(key, secret); });
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
        const TokenSet &tokens = static_cast<TokenJob *>(done)->result();
        auto *dialog = new TokenDialog(key.name, tokens, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Access token from the access key %1").arg(key.name));
        dialog->ui()->introLabel->setText(
                tr("The console issued this token for the access key <b>%1</b>. It acts as "
                   "<b>%2</b>, with your access rules. Send it as <tt>Authorization: Bearer "
                   "&lt;token&gt;</tt>.")
                        .arg(key.name.toHtmlEscaped(),
                             m_session ? m_session->identity().toHtmlEscaped() : QString())
                // Which endpoint and grant issued it, as the dialog says for service accounts
                // (issue 11: "the token dialog says which endpoint and grant issued the token");
                // replacing the intro had dropped it. Technical words, the same in every
                // language: no new translation.
                + (tokens.issuer().isEmpty()
                           ? QString()
                           : u"<br><tt>%1</tt>"_s.arg(tokens.issuer().toHtmlEscaped())));
        // Working "as" the key would be working as yourself: nothing to switch to.
        dialog->ui()->useIdentityButton->setVisible(false);
        dialog->open();
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
    showAndKeepSecret(key, static_cast<IssuedSecretJob *>(job)->result(), true);
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
    forgetSecret(key);
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
    withSecret(key, false, [this, key](const QString &secret) {
        if (!m_session)
            return;
        const ExportedCredentials credentials{m_session->baseUrl().toString(), key.name,
                                              key.clientId, secret};
        auto *dialog = new CredentialExportDialog(credentials,
                                                  CredentialExport::CliFlavour::AccessKey, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFormat(CredentialExport::Format::CliLogin);
        dialog->open();
    });
}

} // namespace runai
