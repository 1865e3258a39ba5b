// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationActions.h"

#include "api/AccessSubject.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/access/AccessRulesDialog.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/rotation/RotationDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "models/ApplicationsModel.h"
#include "secrets/KeychainBridge.h"

#include <QAction>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationActions::ApplicationActions(const Table &table, MessageBanner *banner,
                                       KeychainBridge *keychain, ClientSecretSaver *secrets,
                                       QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_table(table)
    , m_banner(banner)
    , m_keychain(keychain)
    , m_secrets(secrets)
{
    const auto makeAction = [this](const QString &text, const QString &tip,
                                   const QKeySequence &shortcut) {
        return rowactions::makeAction(m_page, text, tip, shortcut);
    };
    // The tool tips that name the objects are set by applyNoun().
    m_accessRules = makeAction(tr("&Access rules…"), {},
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_export = makeAction(tr("E&xport…"),
                          tr("Export the credentials as .env, JSON, a Kubernetes Secret or a "
                             "runai login command"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_regenerate = makeAction(tr("Re&generate secret…"),
                              tr("Replace the client secret; the old one stops working at once"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // issue 15: rotation without downtime (gui/rotation/)
    m_rotate = makeAction(tr("Ro&tate without downtime…"),
                          tr("Replace the secret by a successor with the same access rules; the "
                             "old one works until its programs moved"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_toggleEnabled = makeAction(tr("&Disable…"), {},
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_delete = makeAction(tr("De&lete…"), {}, QKeySequence(QKeySequence::Delete));
    // Del belongs to the table only: in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    connect(m_accessRules, &QAction::triggered, this, &ApplicationActions::showAccessRules);
    connect(m_export, &QAction::triggered, this, &ApplicationActions::exportCredentials);
    connect(m_regenerate, &QAction::triggered, this, &ApplicationActions::regenerateSecret);
    connect(m_rotate, &QAction::triggered, this, &ApplicationActions::rotate);
    connect(m_toggleEnabled, &QAction::triggered, this, &ApplicationActions::toggleEnabled);
    connect(m_delete, &QAction::triggered, this, &ApplicationActions::deleteApplication);

    m_toolBar = rowactions::makeToolBar(
            m_page, u"applicationActionsBar"_s, {},
            {m_accessRules, m_export, m_rotate, m_regenerate, m_toggleEnabled, m_delete});
    applyNoun();
    rowactions::addToTable(m_page, m_table.view,
                           {m_accessRules, m_export, m_rotate, m_regenerate, m_toggleEnabled},
                           m_delete);

    connect(m_table.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationActions::updateActions);
    connect(m_table.model, &QAbstractItemModel::modelReset, this,
            &ApplicationActions::updateActions);
    connect(m_table.model, &QAbstractItemModel::dataChanged, this,
            &ApplicationActions::updateActions);
    updateActions();
}

ApplicationActions::~ApplicationActions()
{
    rowactions::abandon(m_job, this);
}

bool ApplicationActions::isBusy() const
{
    return m_job || m_readingSecret;
}

ObjectNoun ApplicationActions::noun() const
{
    return ObjectNoun::of(m_session);
}

void ApplicationActions::applyNoun()
{
    const ObjectNoun words = noun();
    // As rowactions::makeAction() words them: the tip, then the shortcut.
    const auto tip = [](QAction *action, const QString &text) {
        action->setToolTip(
                u"%1 (%2)"_s.arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(text);
    };
    tip(m_accessRules, words.pick(tr("List, add and delete the roles of the selected application"),
                                  tr("List, add and delete the roles of the selected service "
                                     "account")));
    tip(m_toggleEnabled, words.pick(tr("Disable or enable the selected application"),
                                    tr("Disable or enable the selected service account")));
    tip(m_delete, words.pick(tr("Delete the selected application"),
                             tr("Delete the selected service account")));
    m_toolBar->setAccessibleName(
            words.pick(tr("Application actions"), tr("Service account actions")));
}

void ApplicationActions::setSession(Session *session)
{
    rowactions::abandon(m_job, this);
    m_session = session;
    rowactions::closeSessionDialogs(m_page);
    updateActions();
}

Application ApplicationActions::selected() const
{
    const QModelIndexList rows = m_table.view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table.model->application(m_table.proxy->mapToSource(rows.first()).row());
}

QString ApplicationActions::tenantIdHint() const
{
    for (int row = 0; row < m_table.model->rowCount(); ++row) {
        const QString tenant = m_table.model->application(row).tenantId;
        if (!tenant.isEmpty())
            return tenant;
    }
    return {};
}

void ApplicationActions::updateActions()
{
    const Application app = selected();
    const bool ready = m_session && !app.id.isEmpty() && !isBusy();
    for (QAction *action : {m_accessRules, m_rotate, m_regenerate, m_toggleEnabled, m_delete})
        action->setEnabled(ready);
    const bool stored = !app.id.isEmpty() && m_table.model->isSecretStored(app.clientId);
    m_export->setEnabled(ready && stored && m_keychain);
    m_export->setStatusTip(
            app.id.isEmpty() || stored
                    ? tr("Export the credentials as .env, JSON, a Kubernetes Secret or a runai "
                         "login command")
                    : tr("This program does not hold the client secret of %1: regenerate it to "
                         "export the credentials.")
                              .arg(app.name));
    m_toggleEnabled->setText(app.id.isEmpty() || app.enabled ? tr("&Disable…") : tr("&Enable"));
    m_rotate->setText(RotationDialog::isKept(m_session, app.id) ? tr("Resume ro&tation…")
                                                                : tr("Ro&tate without downtime…"));
    if (QWidget *button = m_toolBar->widgetForAction(m_toggleEnabled))
        button->setAccessibleName(m_toggleEnabled->text().remove(u'&').remove(u'…'));
}

void ApplicationActions::startJob(ApiJob *job)
{
    m_job = job;
    job->start();
    updateActions();
}

void ApplicationActions::reportGone(const Application &app)
{
    m_banner->showWarning(
            tr("\"%1\" no longer exists on the console: it was deleted meanwhile (by someone "
               "else?). The list is reloaded.")
                    .arg(app.name));
    Q_EMIT listChanged();
}

// ---------------------------------------------------------------------------------- regenerate

void ApplicationActions::regenerateSecret()
{
    const Application app = selected();
    if (!m_session || app.id.isEmpty() || isBusy())
        return;
    ConfirmationDialog::ask(
            m_page, tr("Regenerate client secret"),
            tr("Regenerate the client secret of <b>%1</b>?<br><br>The current secret stops "
               "working <b>at once</b>: every program that signs in with it is refused until it "
               "gets the new one. The new secret is shown once and kept in the keychain.<br><br>"
               "To replace it without an outage, use Rotate without downtime instead.")
                    .arg(app.name.toHtmlEscaped()),
            tr("&Regenerate"), [this, app] {
                if (!m_session || isBusy())
                    return;
                m_banner->showInfo(tr("Regenerating the client secret of \"%1\"…").arg(app.name));
                auto *job = RunaiClient(m_session).regenerateApplicationSecret(app.id);
                connect(job, &ApiJob::finished, this,
                        [this, app](ApiJob *done) { regenerateFinished(done, app); });
                startJob(job);
            });
}

void ApplicationActions::regenerateFinished(ApiJob *job, const Application &app)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Regenerate client secret"), app.name, job->error());
    if (!job->succeeded()) {
        qCInfo(lcAppActions) << "regenerate failed:" << job->error().logString();
        if (job->error().kind() == ApiError::Kind::NotFound)
            return reportGone(app);
        m_banner->showError(job->error().userMessage());
        return;
    }
    const QString secret = static_cast<IssuedSecretJob *>(job)->result();
    m_banner->showSuccess(
            tr("\"%1\" has a new client secret; the old one no longer works.").arg(app.name));
    auto *dialog = new ApplicationCredentialsDialog(app.name, app.clientId, secret, m_page, noun());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New client secret for \"%1\"").arg(app.name));
    dialog->setIntroText(
            noun().pick(tr("<b>%1</b> has a new client secret. The previous one was revoked: "
                           "update every program that signs in as this application."),
                        tr("<b>%1</b> has a new client secret. The previous one was revoked: "
                           "update every program that signs in as this service account."))
                    .arg(app.name.toHtmlEscaped()));
    dialog->open();
    ClientSecretSaver::Texts texts;
    texts.noKeychain = tr("no keychain is available.");
    texts.noSecret = tr("the console sent no secret.");
    texts.savedInKeychain = tr("Saved in the %1, replacing the old secret.");
    texts.keptForSession = tr("Kept for this session only (no keychain is available).");
    texts.notSaved = [](const QString &name, const QString &error) {
        return tr("The new client secret of \"%1\" could not be saved in the keychain (%2). Any "
                  "copy kept there is the old, revoked secret.")
                .arg(name, error);
    };
    m_secrets->save(ClientSecretSaver::keyFor(m_session, app.clientId), app.name, secret, dialog,
                    texts);
    Q_EMIT listChanged(); // "last updated" changed
}

// ----------------------------------------------------------------------------- enable/disable

void ApplicationActions::toggleEnabled()
{
    const Application app = selected();
    if (!m_session || app.id.isEmpty() || isBusy())
        return;
    const bool enable = !app.enabled;
    const auto run = [this, app, enable] {
        if (!m_session || isBusy())
            return;
        m_banner->showInfo(enable ? tr("Enabling \"%1\"…").arg(app.name)
                                  : tr("Disabling \"%1\"…").arg(app.name));
        auto *job = RunaiClient(m_session).setApplicationEnabled(app.id, enable);
        connect(job, &ApiJob::finished, this,
                [this, app, enable](ApiJob *done) { toggleFinished(done, app, enable); });
        startJob(job);
    };
    if (enable) {
        run(); // harmless and reversible: no question
        return;
    }
    ConfirmationDialog::ask(m_page,
                            noun().pick(tr("Disable application"), tr("Disable service account")),
                            tr("Disable <b>%1</b>?<br><br>It can no longer sign in, and the "
                               "tokens it holds stop working. You can enable it again later; "
                               "its secret and access rules are kept.")
                                    .arg(app.name.toHtmlEscaped()),
                            tr("&Disable"), run);
}

void ApplicationActions::toggleFinished(ApiJob *job, const Application &app, bool enable)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(
            enable ? noun().pick(tr("Enable application"), tr("Enable service account"))
                   : noun().pick(tr("Disable application"), tr("Disable service account")),
            app.name, job->error());
    if (!job->succeeded()) {
        qCInfo(lcAppActions) << "enable/disable failed:" << job->error().logString();
        if (job->error().kind() == ApiError::Kind::NotFound)
            return reportGone(app);
        m_banner->showError(job->error().userMessage());
        return;
    }
    Application updated = app;
    updated.enabled = enable;
    m_table.model->addOrUpdate(updated);
    m_banner->showSuccess(
            enable ? tr("\"%1\" is enabled: it can sign in again.").arg(app.name)
                   : tr("\"%1\" is disabled: it cannot sign in until enabled.").arg(app.name));
    updateActions();
    Q_EMIT listChanged();
}

// ------------------------------------------------------------------------------------- delete

void ApplicationActions::deleteApplication()
{
    const Application app = selected();
    if (!m_session || app.id.isEmpty() || isBusy())
        return;
    const bool stored = m_table.model->isSecretStored(app.clientId);
    ConfirmationDialog::ask(
            m_page, noun().pick(tr("Delete application"), tr("Delete service account")),
            noun().pick(tr("Delete the application <b>%1</b> (client ID %2)?<br><br>Programs "
                           "that use its credentials can no longer sign in, and its access rules "
                           "go with it.%3 This cannot be undone."),
                        tr("Delete the service account <b>%1</b> (client ID %2)?<br><br>Programs "
                           "that use its credentials can no longer sign in, and its access rules "
                           "go with it.%3 This cannot be undone."))
                    .arg(app.name.toHtmlEscaped(), app.clientId.toHtmlEscaped(),
                         stored ? u' '
                                          + tr("Its client secret is also erased from this "
                                               "computer's keychain.")
                                : QString()),
            tr("&Delete %1").arg(app.name), [this, app] {
                if (!m_session || isBusy())
                    return;
                m_banner->showInfo(tr("Deleting \"%1\"…").arg(app.name));
                auto *job = RunaiClient(m_session).deleteApplication(app.id);
                connect(job, &ApiJob::finished, this,
                        [this, app](ApiJob *done) { deleteFinished(done, app); });
                startJob(job);
            });
}

void ApplicationActions::deleteFinished(ApiJob *job, const Application &app)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(noun().pick(tr("Delete application"), tr("Delete service account")),
                             app.name, job->error());
    if (!job->succeeded() && job->error().kind() != ApiError::Kind::NotFound) {
        qCInfo(lcAppActions) << "delete failed:" << job->error().logString();
        m_banner->showError(job->error().userMessage());
        return;
    }
    // Gone either way (a 404 means someone deleted it first): its secret is useless now.
    forgetSecret(app);
    removeRow(app.id);
    if (job->succeeded())
        m_banner->showSuccess(noun().pick(tr("Application \"%1\" deleted."),
                                          tr("Service account \"%1\" deleted."))
                                      .arg(app.name));
    else
        m_banner->showWarning(tr("\"%1\" had already been deleted on the console (by "
                                 "someone else?). It is gone from the list.")
                                      .arg(app.name));
    Q_EMIT listChanged();
}

void ApplicationActions::forgetSecret(const Application &app)
{
    if (!m_keychain || !m_session)
        return;
    const SecretKey key = ClientSecretSaver::keyFor(m_session, app.clientId);
    if (!m_keychain->isKnown(key))
        return;
    m_keychain->remove(key, this, [this, name = app.name](const SecretDiagnosis &d) {
        if (d.isOk())
            return;
        qCInfo(lcAppActions) << "keychain remove failed:" << d.kindName();
        m_banner->showWarning(tr("\"%1\" was deleted, but its client secret could not be "
                                 "erased from the keychain: %2")
                                      .arg(name, d.message()));
    });
}

void ApplicationActions::removeRow(const QString &id)
{
    ApplicationList remaining;
    for (int row = 0; row < m_table.model->rowCount(); ++row) {
        const Application app = m_table.model->application(row);
        if (app.id != id)
            remaining.append(app);
    }
    m_table.model->setApplications(remaining);
}

// ----------------------------------------------------------------------- issue 15: rotation

void ApplicationActions::rotate()
{
    const Application app = selected();
    if (!m_session || app.id.isEmpty())
        return;
    QStringList names;
    for (int row = 0; row < m_table.model->rowCount(); ++row)
        names.append(m_table.model->application(row).name);
    auto *dialog = RotationDialog::openFor(m_page, m_session, m_keychain, m_secrets, app, names);
    connect(dialog, &RotationDialog::listChanged, this, &ApplicationActions::listChanged,
            Qt::UniqueConnection);
}

// ------------------------------------------------------------------------------------- export

void ApplicationActions::exportCredentials()
{
    const Application app = selected();
    if (!m_session || !m_keychain || app.id.isEmpty() || isBusy())
        return;
    if (!m_table.model->isSecretStored(app.clientId)) {
        m_banner->showWarning(
                tr("This program does not hold the client secret of \"%1\", so it cannot export "
                   "it. Regenerate the secret to get one it can keep.")
                        .arg(app.name));
        return;
    }
    m_readingSecret = true;
    updateActions();
    const SecretKey key = ClientSecretSaver::keyFor(m_session, app.clientId);
    m_keychain->read(key, this, [this, app](const QString &secret, const SecretDiagnosis &d) {
        m_readingSecret = false;
        updateActions();
        if (!d.isOk() || secret.isEmpty() || !m_session) {
            m_banner->showError(
                    tr("The client secret of \"%1\" could not be read from the keychain: %2")
                            .arg(app.name, d.message()));
            return;
        }
        const ExportedCredentials credentials{m_session->baseUrl().toString(), app.name,
                                              app.clientId, secret};
        const auto flavour = CredentialExport::cliFlavourFor(
                m_session->applicationsApi() == Session::ApplicationsApi::ServiceAccounts);
        auto *dialog = new CredentialExportDialog(credentials, flavour, m_page, noun());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

// ------------------------------------------------------------------------------- access rules

void ApplicationActions::showAccessRules()
{
    const Application app = selected();
    if (!m_session || app.id.isEmpty())
        return;
    AccessSubject subject = AccessSubject::forApplication(app, m_session);
    if (subject.tenantId.isEmpty())
        subject.tenantId = tenantIdHint();
    auto *dialog = new AccessRulesDialog(m_session, subject, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApplicationActions::offerAccess(const Application &app, QDialog *credentialsDialog)
{
    if (!credentialsDialog) {
        openGrantDialog(app);
        return;
    }
    connect(credentialsDialog, &QDialog::finished, this, [this, app] { openGrantDialog(app); });
}

void ApplicationActions::openGrantDialog(const Application &app)
{
    if (!m_session)
        return;
    AccessSubject subject = AccessSubject::forApplication(app, m_session);
    if (subject.tenantId.isEmpty())
        subject.tenantId = tenantIdHint();
    auto *dialog = new GrantAccessDialog(m_session, subject, GrantAccessDialog::Purpose::Offer,
                                         m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantAccessDialog::ruleCreated, this, [this, app](const AccessRule &rule) {
        m_banner->showSuccess(tr("\"%1\" now has the role %2 on the %3 scope %4.")
                                      .arg(app.name, rule.roleName, rule.scopeType, rule.scopeId));
        Q_EMIT accessGranted(app); // issue 15: "Check what it can do now"
    });
    // Not modal: an offer, not a question; the window stays usable while it is open.
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace runai
