// SPDX-License-Identifier: MIT
#include "gui/users/UserActions.h"

#include "api/AccessSubject.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/access/AccessRulesDialog.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/verify/VerifyAccessDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/RowActionSupport.h"
#include "models/UsersModel.h"

#include <QAction>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace runai {

UserActions::UserActions(const Table &table, MessageBanner *banner, QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_table(table)
    , m_banner(banner)
{
    const auto makeAction = [this](const QString &text, const QString &tip,
                                   const QKeySequence &shortcut) {
        return rowactions::makeAction(m_page, text, tip, shortcut);
    };
    m_accessRules = makeAction(tr("&Access rules…"),
                               tr("List, add and delete the roles of the selected user"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_resetPassword = makeAction(tr("Reset &password…"),
                                 tr("Give the user a new temporary password"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_logout = makeAction(tr("Force sign-&out…"), tr("End every session of the selected user"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // issue 15: Verify access
    m_verify = makeAction(tr("Verif&y access…"),
                          tr("Check on the console what the selected user may do (their password "
                             "is typed for the check and never stored)"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_delete = makeAction(tr("De&lete…"), tr("Delete the selected user"),
                          QKeySequence(QKeySequence::Delete));
    m_delete->setShortcutContext(Qt::WidgetShortcut); // in the search field Del deletes text

    connect(m_accessRules, &QAction::triggered, this, &UserActions::showAccessRules);
    connect(m_resetPassword, &QAction::triggered, this, &UserActions::resetPassword);
    connect(m_logout, &QAction::triggered, this, &UserActions::forceLogout);
    connect(m_delete, &QAction::triggered, this, &UserActions::deleteUser);
    connect(m_verify, &QAction::triggered, this, &UserActions::verifyAccess);

    m_toolBar = rowactions::makeToolBar(
            m_page, u"userActionsBar"_s, tr("User actions"),
            {m_accessRules, m_verify, m_resetPassword, m_logout, m_delete});
    rowactions::addToTable(m_page, m_table.view,
                           {m_accessRules, m_verify, m_resetPassword, m_logout}, m_delete);

    connect(m_table.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserActions::updateActions);
    connect(m_table.model, &QAbstractItemModel::modelReset, this, &UserActions::updateActions);
    updateActions();
}

UserActions::~UserActions()
{
    rowactions::abandon(m_job, this);
}

bool UserActions::isBusy() const
{
    return m_job;
}

void UserActions::setSession(Session *session)
{
    rowactions::abandon(m_job, this);
    m_session = session;
    rowactions::closeSessionDialogs(m_page);
    updateActions();
}

User UserActions::selected() const
{
    const QModelIndexList rows = m_table.view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table.model->user(m_table.proxy->mapToSource(rows.first()).row());
}

bool UserActions::isSignedInUser(const User &user) const
{
    return m_session && m_session->identityKind() == Session::IdentityKind::User
           && m_session->identity().compare(user.username, Qt::CaseInsensitive) == 0;
}

void UserActions::updateActions()
{
    const User user = selected();
    const bool ready = m_session && !user.id.isEmpty() && !isBusy();
    for (QAction *action : {m_accessRules, m_logout, m_delete})
        action->setEnabled(ready);
    // Only local users have a password the console can reset (SSO users sign in elsewhere).
    m_resetPassword->setEnabled(ready && user.isLocal.value_or(true));
    // The check signs in with the password grant, which only local users have.
    m_verify->setEnabled(ready && user.isLocal.value_or(true));
}

void UserActions::verifyAccess()
{
    const User user = selected();
    if (m_session && !user.id.isEmpty())
        VerifyAccessDialog::openForUser(m_page, m_session, nullptr, user);
}

void UserActions::startJob(ApiJob *job)
{
    m_job = job;
    job->start();
    updateActions();
}

void UserActions::reportGone(const User &user)
{
    m_banner->showWarning(tr("%1 no longer exists on the console: the user was deleted "
                             "meanwhile (by someone else?). The list is reloaded.")
                                  .arg(user.username));
    Q_EMIT listChanged();
}

void UserActions::resetPassword()
{
    const User user = selected();
    if (!m_session || user.id.isEmpty() || isBusy())
        return;
    const bool self = isSignedInUser(user);
    ConfirmationDialog::ask(
            m_page, tr("Reset password"),
            tr("Reset the password of <b>%1</b>?<br><br>Their current password stops working at "
               "once. They sign in with a temporary password, shown to you once, and must choose "
               "a new one.%2")
                    .arg(user.username.toHtmlEscaped(),
                         self ? u"<br><br>"_s
                                         + tr("<b>This is the account you are signed in "
                                              "with.</b> You will need the temporary password "
                                              "the next time you sign in.")
                              : QString()),
            tr("&Reset password"), [this, user] {
                if (!m_session || isBusy())
                    return;
                m_banner->showInfo(tr("Resetting the password of %1…").arg(user.username));
                auto *job = RunaiClient(m_session).resetUserPassword(user.id);
                connect(job, &ApiJob::finished, this,
                        [this, user](ApiJob *done) { resetFinished(done, user); });
                startJob(job);
            });
}

void UserActions::resetFinished(ApiJob *job, const User &user)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Reset password"), user.username, job->error());
    if (!job->succeeded()) {
        qCInfo(lcUserActions) << "reset failed:" << job->error().logString();
        if (job->error().kind() == ApiError::Kind::NotFound)
            return reportGone(user);
        m_banner->showError(job->error().userMessage());
        return;
    }
    const QString password = static_cast<IssuedSecretJob *>(job)->result();
    m_banner->showSuccess(tr("The password of %1 was reset.").arg(user.username));
    auto *dialog = new TemporaryPasswordDialog(user.username, password, true, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New temporary password for %1").arg(user.username));
    dialog->setIntroText(
            tr("The password of <b>%1</b> was reset. Their old password no longer works; they "
               "sign in with this temporary password and must choose a new one.")
                    .arg(user.username.toHtmlEscaped()));
    dialog->open();
}

void UserActions::forceLogout()
{
    const User user = selected();
    if (!m_session || user.id.isEmpty() || isBusy())
        return;
    const bool self = isSignedInUser(user);
    ConfirmationDialog::ask(
            m_page, tr("Force sign-out"),
            tr("Sign <b>%1</b> out everywhere?<br><br>Their sessions and tokens end now; they can "
               "sign in again with their password.%2")
                    .arg(user.username.toHtmlEscaped(),
                         self ? u"<br><br>"_s
                                         + tr("<b>This is the account you are signed in "
                                              "with:</b> this program's session ends too.")
                              : QString()),
            tr("&Sign out"),
            [this, user] {
                if (!m_session || isBusy())
                    return;
                m_banner->showInfo(tr("Signing %1 out…").arg(user.username));
                auto *job = RunaiClient(m_session).logoutUser(user.id);
                connect(job, &ApiJob::finished, this,
                        [this, user](ApiJob *done) { logoutFinished(done, user); });
                startJob(job);
            },
            ConfirmationDialog::Severity::Normal);
}

void UserActions::logoutFinished(ApiJob *job, const User &user)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Force sign-out"), user.username, job->error());
    if (!job->succeeded()) {
        qCInfo(lcUserActions) << "logout failed:" << job->error().logString();
        if (job->error().kind() == ApiError::Kind::NotFound)
            return reportGone(user);
        m_banner->showError(job->error().userMessage());
        return;
    }
    m_banner->showSuccess(tr("%1 was signed out of every session.").arg(user.username));
}

void UserActions::deleteUser()
{
    const User user = selected();
    if (!m_session || user.id.isEmpty() || isBusy())
        return;
    const bool self = isSignedInUser(user);
    const QString text
            = self ? tr("<b>%1 is the account you are signed in with.</b><br><br>Deleting it ends "
                        "this "
                        "session, and you can never sign in with it again. If no other user has "
                        "the "
                        "System administrator role, nobody can manage this console any "
                        "more.<br><br>"
                        "Delete your own account anyway?")
                              .arg(user.username.toHtmlEscaped())
                   : tr("Delete the user <b>%1</b>?<br><br>They can no longer sign in, their "
                        "sessions "
                        "end and their access rules go with them. This cannot be undone.")
                              .arg(user.fullName().isEmpty()
                                           ? user.username.toHtmlEscaped()
                                           // Where the console has names (3.0), both: the
                                           // name is what the admin recognises.
                                           : tr("%1 (%2)", "a user's name, then their email")
                                                     .arg(user.fullName().toHtmlEscaped(),
                                                          user.username.toHtmlEscaped()));
    ConfirmationDialog::ask(m_page, self ? tr("Delete your own account?") : tr("Delete user"), text,
                            self ? tr("&Delete my own account")
                                 : tr("&Delete %1").arg(user.username),
                            [this, user] {
                                if (!m_session || isBusy())
                                    return;
                                m_banner->showInfo(tr("Deleting %1…").arg(user.username));
                                auto *job = RunaiClient(m_session).deleteUser(user.id);
                                connect(job, &ApiJob::finished, this,
                                        [this, user](ApiJob *done) { deleteFinished(done, user); });
                                startJob(job);
                            });
}

void UserActions::deleteFinished(ApiJob *job, const User &user)
{
    m_job = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Delete user"), user.username, job->error());
    if (!job->succeeded() && job->error().kind() != ApiError::Kind::NotFound) {
        qCInfo(lcUserActions) << "delete failed:" << job->error().logString();
        m_banner->showError(job->error().userMessage());
        return;
    }
    UserList remaining;
    for (int row = 0; row < m_table.model->rowCount(); ++row) {
        const User other = m_table.model->user(row);
        if (other.id != user.id)
            remaining.append(other);
    }
    m_table.model->setUsers(remaining);
    if (job->succeeded())
        m_banner->showSuccess(tr("User %1 deleted.").arg(user.username));
    else
        m_banner->showWarning(tr("%1 had already been deleted on the console (by "
                                 "someone else?). It is gone from the list.")
                                      .arg(user.username));
    Q_EMIT listChanged();
}

void UserActions::showAccessRules()
{
    const User user = selected();
    if (!m_session || user.id.isEmpty())
        return;
    auto *dialog = new AccessRulesDialog(m_session, AccessSubject::forUser(user), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserActions::offerAccess(const User &user, QDialog *passwordDialog)
{
    if (!passwordDialog) {
        openGrantDialog(user);
        return;
    }
    connect(passwordDialog, &QDialog::finished, this, [this, user] { openGrantDialog(user); });
}

void UserActions::openGrantDialog(const User &user)
{
    if (!m_session)
        return;
    auto *dialog = new GrantAccessDialog(m_session, AccessSubject::forUser(user),
                                         GrantAccessDialog::Purpose::Offer, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantAccessDialog::ruleCreated, this,
            [this, name = user.username](const AccessRule &rule) {
                m_banner->showSuccess(
                        tr("%1 now has the role %2 on the %3 scope %4.")
                                .arg(name, rule.roleName, rule.scopeType, rule.scopeId));
            });
    // Not modal: an offer, not a question; the window stays usable while it is open.
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace runai
