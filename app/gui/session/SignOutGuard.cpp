// SPDX-License-Identifier: MIT
#include "gui/session/SignOutGuard.h"

#include "api/ApiJob.h"
#include "api/ChangesInFlight.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/session/SignInPage.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ConfirmationDialog.h"

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QStringList operationsOf(const QList<ApiJob *> &jobs)
{
    QStringList operations;
    for (const ApiJob *job : jobs)
        operations << job->operation();
    operations.removeDuplicates();
    return operations;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

SignOutGuard::SignOutGuard(ApplicationsPage *applications, UsersPage *users, SignInPage *signIn,
                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_applications(applications)
    , m_users(users)
    , m_signIn(signIn)
    , m_dialogParent(dialogParent)
{ }

void SignOutGuard::requestSignOut(Session *session, std::function<void()> signOut, Ending ending)
{
    const QList<ApiJob *> jobs = ChangesInFlight::of(session);
    if (!session || jobs.isEmpty()) {
        signOut();
        return;
    }
    if (m_question) { // asked already: one question, not a stack of them
        m_question->raise();
        return;
    }
    QString list;
    for (const QString &operation : operationsOf(jobs))
        list += u"<li>"_s + operation.toHtmlEscaped() + u"</li>"_s;
    // One explanation for every ending; only the title, the first sentence and the button differ.
    QString title, consequence, button;
    switch (ending) {
    case Ending::SignOut:
        title = tr("Sign out with changes under way?");
        consequence = tr("If you sign out now, their answers are dropped.");
        button = tr("Sign &out anyway");
        break;
    case Ending::SwitchProfile:
        title = tr("Switch profile with changes under way?");
        consequence = tr("Switching profile signs you out now, and their answers are dropped.");
        button = tr("&Switch anyway");
        break;
    case Ending::Quit:
        title = tr("Quit with changes under way?");
        consequence = tr("If you quit now, their answers are dropped.");
        button = tr("&Quit anyway");
        break;
    }
    const QString checkedLater
            = ending == Ending::Quit
                      ? tr("each change is then recorded in the activity log as possibly made; "
                           "look it up on the console when you next sign in.")
                      : tr("each change is then recorded in the activity log as possibly made, "
                           "and a create is checked again when you next sign in.");
    m_question = ConfirmationDialog::ask(
            m_dialogParent, title,
            tr("The console has not answered these changes yet:<ul>%1</ul>%2 A change may still "
               "take effect without you seeing its result, and a new client secret or temporary "
               "password in its answer would be lost; after a regenerate or a reset the old one "
               "may already have stopped working.<br><br>Wait for the answers, or go on anyway: "
               "%3")
                    .arg(list, consequence, checkedLater),
            button, [this, session = QPointer<Session>(session), signOut, ending] {
                if (!session)
                    return; // signed out meanwhile by something else
                signOutDropping(session, signOut, ending);
            });
}

void SignOutGuard::signOutDropping(Session *session, const std::function<void()> &signOut,
                                   Ending ending)
{
    const QList<ApiJob *> jobs = ChangesInFlight::of(session);
    m_operations = operationsOf(jobs);
    m_console = session->baseUrl();
    m_identity = session->identity();
    m_application = m_applications ? m_applications->registeringName() : QString();
    m_userEmail = m_users ? m_users->creatingEmail() : QString();
    const QString note = tr("Signed out before the console answered: the change may have taken "
                            "effect, and any secret in its answer was lost.");
    for (const QString &operation : std::as_const(m_operations))
        ActivityRecorder::record(capitalized(operation), m_console.toDisplayString(),
                                 ActivityEntry::Outcome::Failed, note);
    qCInfo(lcSignOutGuard) << "ending the session with" << jobs.size() << "changes in flight";
    signOut();
    // After quitting there is no sign-in page to tell.
    if (m_signIn && ending != Ending::Quit && !m_operations.isEmpty())
        m_signIn->showMessage(
                tr("You signed out before the console answered: %1. These changes may have "
                   "taken effect; any new secret or temporary password in their answers was "
                   "lost (see the activity log). Sign in again to check.")
                        .arg(m_operations.join(u"; "_s)));
    if (m_operations.isEmpty())
        m_console.clear();
}

void SignOutGuard::resume(Session *session)
{
    if (!session || m_console.isEmpty())
        return;
    const bool same = session->baseUrl() == m_console
                      && session->identity().compare(m_identity, Qt::CaseInsensitive) == 0;
    if (same && !m_application.isEmpty() && m_applications)
        m_applications->checkInterruptedCreate(m_application);
    if (same && !m_userEmail.isEmpty() && m_users)
        m_users->checkInterruptedCreate(m_userEmail);
    m_console.clear();
    m_identity.clear();
    m_application.clear();
    m_userEmail.clear();
    m_operations.clear();
}

} // namespace runai
