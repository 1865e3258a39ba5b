// SPDX-License-Identifier: MIT
#include "api/RotationFlow.h"

#include "api/AccessSubject.h"
#include "api/LostCreateCheck.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
constexpr int kDefaultPollMs = 30000;
constexpr int kRulePage = 500; // the most the console gives in one page

// What AccessSubject and the calls need of an application: who it is, not its details.
Application identity(const QString &id, const QString &name, const QString &clientId)
{
    Application app;
    app.id = id;
    app.name = name;
    app.clientId = clientId;
    return app;
}
} // namespace

RotationFlow::RotationFlow(Session *session, const RotationState &state, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_state(state)
{
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RotationFlow::checkNow);
}

RotationFlow::~RotationFlow()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abandon();
    }
}

bool RotationFlow::isBusy() const
{
    return m_job;
}

void RotationFlow::setSuccessorName(const QString &name)
{
    if (m_state.step == RotationState::Step::NotStarted)
        m_state.successorName = name;
}

Application RotationFlow::predecessor() const
{
    return identity(m_state.predecessorId, m_state.predecessorName, m_state.predecessorClientId);
}

Application RotationFlow::successor() const
{
    return identity(m_state.successorId, m_state.successorName, m_state.successorClientId);
}

QString RotationFlow::pair() const
{
    return u"%1 → %2"_s.arg(m_state.predecessorName, m_state.successorName);
}

void RotationFlow::setState(RotationState::Step step)
{
    m_state.step = step;
    Q_EMIT stateChanged(m_state);
}

void RotationFlow::start(ApiJob *job, std::function<void(ApiJob *)> then)
{
    const bool wasIdle = !m_job;
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, then = std::move(then)](ApiJob *done) {
        m_job = nullptr;
        then(done);
        if (!m_job)
            Q_EMIT busyChanged(false);
    });
    job->start();
    if (wasIdle)
        Q_EMIT busyChanged(true);
}

// True (and reported) when the job did not succeed. `activity`, when given, names the step in
// the activity log, which records failures and successes alike.
bool RotationFlow::failed(ApiJob *job, const QString &step, const QString &activity)
{
    const ApiError error = job->error();
    if (error.kind() == ApiError::Kind::Cancelled)
        return true;
    if (!activity.isEmpty())
        ActivityRecorder::record(activity, pair(), error);
    if (!job->succeeded()) {
        qCInfo(lcRotation) << "step failed:" << job->operation() << error.logString();
        Q_EMIT stepFailed(step, error);
        return true;
    }
    return false;
}

// ------------------------------------------------------------------------------ the successor

void RotationFlow::createSuccessor()
{
    if (!m_session || isBusy())
        return;
    if (m_state.step == RotationState::Step::CreatingSuccessor)
        return lookUpLostCreate();
    if (m_state.step != RotationState::Step::NotStarted || m_state.successorName.isEmpty())
        return;
    if (!m_state.startedAt.isValid())
        m_state.startedAt = QDateTime::currentDateTimeUtc();
    // Kept before the request goes: if the answer (and its secret) is lost, or the program
    // ends meanwhile, the resumed flow looks the successor up instead of creating it twice.
    setState(RotationState::Step::CreatingSuccessor);
    sendCreate();
}

void RotationFlow::sendCreate()
{
    start(RunaiClient(m_session).createApplication(m_state.successorName), [this](ApiJob *job) {
        if (failed(job, tr("Create the successor"), tr("Rotation: create successor"))) {
            // Refused (a name taken, no right to create): nothing was made, choose again. A
            // lost answer keeps CreatingSuccessor: the next attempt looks the successor up.
            if (!LostCreateCheck::mayHaveCreated(job->error()))
                setState(RotationState::Step::NotStarted);
            return;
        }
        NewApplication created = static_cast<NewApplicationJob *>(job)->result();
        const QString secret = std::exchange(created.secret, QString());
        m_state.successorId = created.application.id;
        m_state.successorName = created.application.name;
        m_state.successorClientId = created.application.clientId;
        setState(RotationState::Step::SuccessorCreated);
        Q_EMIT successorCreated(created.application, secret);
    });
}

void RotationFlow::lookUpLostCreate()
{
    start(RunaiClient(m_session).listApplications(), [this](ApiJob *job) {
        if (failed(job, tr("Check whether the successor was created"), {}))
            return;
        for (const Application &app : static_cast<ApplicationListJob *>(job)->result()) {
            if (app.name == m_state.successorName) {
                m_state.successorId = app.id;
                m_state.successorClientId = app.clientId;
                Q_EMIT stateChanged(m_state);
                Q_EMIT successorFoundWithoutSecret(app);
                return;
            }
        }
        // Not there: the create never took effect, so it is safe to send it again.
        sendCreate();
    });
}

void RotationFlow::regenerateSuccessorSecret()
{
    if (!m_session || isBusy() || m_state.successorId.isEmpty()
        || m_state.step != RotationState::Step::CreatingSuccessor)
        return;
    start(RunaiClient(m_session).regenerateApplicationSecret(m_state.successorId),
          [this](ApiJob *job) {
              if (failed(job, tr("Give the successor a new secret"),
                         tr("Rotation: new secret for the successor")))
                  return;
              const QString secret = static_cast<IssuedSecretJob *>(job)->result();
              setState(RotationState::Step::SuccessorCreated);
              Q_EMIT successorCreated(successor(), secret);
          });
}

// ----------------------------------------------------------------------------- access rules

void RotationFlow::copyRules()
{
    if (!m_session || isBusy() || m_state.step != RotationState::Step::SuccessorCreated)
        return;
    listRules(predecessor(), {}, 0, [this](const QList<AccessRule> &predecessorRules) {
        listRules(successor(), {}, 0, [this, predecessorRules](const QList<AccessRule> &held) {
            const QList<AccessRule> missing = RotationState::rulesToCopy(predecessorRules, held);
            const int alreadyHeld = int(RotationState::rulesToCopy(predecessorRules, {}).size()
                                        - missing.size());
            createNextRule(missing, alreadyHeld);
        });
    });
}

// Every page of the rules of `app` (the list has a default page of 50 and at most 500).
void RotationFlow::listRules(const Application &app, QList<AccessRule> collected, int offset,
                             RulesHandler then)
{
    const AccessSubject subject = AccessSubject::forApplication(app, m_session);
    AccessRuleQuery query = subject.query();
    query.limit = kRulePage;
    query.offset = offset;
    start(RunaiClient(m_session).listAccessRules(query),
          [this, app, subject, collected = std::move(collected), offset,
           then = std::move(then)](ApiJob *job) mutable {
              if (failed(job, tr("Read the access rules of %1").arg(app.name), {}))
                  return;
              const AccessRulePage page = static_cast<AccessRulePageJob *>(job)->result();
              for (const AccessRule &rule : page.accessRules) {
                  // The server may ignore a filter: only this subject's own rules count.
                  if (subject.owns(rule) && !AccessSubject::appliesToEveryone(rule))
                      collected.append(rule);
              }
              const int next = offset + int(page.accessRules.size());
              if (!page.accessRules.isEmpty() && next < page.totalRecords)
                  return listRules(app, std::move(collected), next, std::move(then));
              then(collected);
          });
}

void RotationFlow::createNextRule(QList<AccessRule> missing, int alreadyHeld)
{
    if (missing.isEmpty()) {
        ActivityRecorder::record(tr("Rotation: copy access rules"), pair(),
                                 ActivityEntry::Outcome::Succeeded,
                                 tr("%n rule(s) copied", nullptr, m_state.rulesCopied));
        setState(RotationState::Step::RulesCopied);
        Q_EMIT rulesCopied(m_state.rulesCopied, alreadyHeld);
        return;
    }
    const AccessRule rule = missing.takeFirst();
    AccessRuleRequest request = AccessSubject::forApplication(successor(), m_session)
                                        .request(rule.roleId, rule.scopeType, rule.scopeId);
    request.clusterId = rule.clusterId;
    start(RunaiClient(m_session).createAccessRule(request),
          [this, rule, missing = std::move(missing), alreadyHeld](ApiJob *job) mutable {
              const QString role = rule.roleName.isEmpty() ? QString::number(rule.roleId)
                                                           : rule.roleName;
              if (failed(job,
                         tr("Copy the rule %1 on the %2 scope %3")
                                 .arg(role, rule.scopeType, rule.scopeId),
                         {})) {
                  // What was copied so far stays copied; copying again skips it.
                  ActivityRecorder::record(tr("Rotation: copy access rules"), pair(), job->error());
                  Q_EMIT stateChanged(m_state);
                  return;
              }
              ++m_state.rulesCopied;
              createNextRule(std::move(missing), alreadyHeld);
          });
}

// ------------------------------------------------------------------------------------ watch

void RotationFlow::watch()
{
    m_poll.start();
    checkNow();
}

void RotationFlow::stopWatching()
{
    m_poll.stop();
}

void RotationFlow::checkNow()
{
    if (!m_session || isBusy() || m_state.predecessorId.isEmpty()
        || m_state.step == RotationState::Step::Finished)
        return;
    start(RunaiClient(m_session).getApplication(m_state.predecessorId), [this](ApiJob *job) {
        if (job->error().kind() == ApiError::Kind::NotFound)
            return reportPredecessorGone();
        if (failed(job, tr("Read when %1 last signed in").arg(m_state.predecessorName), {}))
            return;
        readSuccessorLogin(static_cast<ApplicationJob *>(job)->result());
    });
}

void RotationFlow::readSuccessorLogin(const Application &predecessorNow)
{
    // Both times change together: never a new time of one beside an old one of the other.
    if (m_state.successorId.isEmpty()) {
        m_state.predecessorLastLogin = predecessorNow.lastLogin;
        Q_EMIT stateChanged(m_state);
        Q_EMIT lastLoginsRead(predecessorNow, {});
        return;
    }
    start(RunaiClient(m_session).getApplication(m_state.successorId), [this, predecessorNow](
                                                                              ApiJob *job) {
        Application successorNow;
        if (job->succeeded())
            successorNow = static_cast<ApplicationJob *>(job)->result();
        else if (failed(job, tr("Read when %1 last signed in").arg(m_state.successorName), {}))
            return;
        m_state.predecessorLastLogin = predecessorNow.lastLogin;
        m_state.successorLastLogin = successorNow.lastLogin;
        Q_EMIT stateChanged(m_state);
        Q_EMIT lastLoginsRead(predecessorNow, successorNow);
    });
}

// ---------------------------------------------------------------------- disable and delete

void RotationFlow::disablePredecessor()
{
    if (!m_session || isBusy() || m_state.step != RotationState::Step::RulesCopied)
        return;
    start(RunaiClient(m_session).setApplicationEnabled(m_state.predecessorId, false),
          [this](ApiJob *job) {
              if (job->error().kind() == ApiError::Kind::NotFound) {
                  ActivityRecorder::record(tr("Rotation: disable predecessor"), pair(),
                                           job->error());
                  return reportPredecessorGone();
              }
              if (failed(job, tr("Disable %1").arg(m_state.predecessorName),
                         tr("Rotation: disable predecessor")))
                  return;
              setState(RotationState::Step::PredecessorDisabled);
          });
}

void RotationFlow::deletePredecessor()
{
    if (!m_session || isBusy() || m_state.step != RotationState::Step::PredecessorDisabled)
        return;
    m_poll.stop();
    start(RunaiClient(m_session).deleteApplication(m_state.predecessorId), [this](ApiJob *job) {
        // Gone either way: a 404 means someone deleted it first.
        const bool gone = job->error().kind() == ApiError::Kind::NotFound;
        if (!gone
            && failed(job, tr("Delete %1").arg(m_state.predecessorName),
                      tr("Rotation: delete predecessor")))
            return;
        if (gone)
            ActivityRecorder::record(tr("Rotation: delete predecessor"), pair(), job->error());
        setState(RotationState::Step::Finished);
    });
}

// Someone deleted the predecessor meanwhile. Once the successor holds its rules, nothing is
// left to do: the rotation is finished.
void RotationFlow::reportPredecessorGone()
{
    m_poll.stop();
    if (m_state.step >= RotationState::Step::RulesCopied)
        setState(RotationState::Step::Finished);
    Q_EMIT predecessorGone();
}

void RotationFlow::cancel()
{
    m_poll.stop();
    if (m_job)
        m_job->abandon();
}

} // namespace runai
