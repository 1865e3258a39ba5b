// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessRule.h"
#include "core/ApiError.h"
#include "core/Application.h"
#include "core/RotationState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace runai {

class ApiJob;
class Session;

// Runs one rotation without downtime, step by step, against the console of `session`:
//   createSuccessor()    NotStarted / CreatingSuccessor → SuccessorCreated
//   copyRules()          SuccessorCreated → RulesCopied (idempotent: resumable half-way)
//   watch() / checkNow() read both identities' last login (the predecessor's tells whether
//                        its consumers still use it; the successor's that they moved)
//   disablePredecessor() RulesCopied → PredecessorDisabled (the caller asked the user first)
//   deletePredecessor()  PredecessorDisabled → Finished (after a second confirmation)
// One request chain at a time. stateChanged() fires BEFORE a step's request goes out when the
// step must survive a crash (the create), and after every step that succeeded: the caller keeps
// the state (RotationStore). Every step is recorded in the activity log. The successor's secret
// passes through successorCreated() once and is never kept here.
class RotationFlow : public QObject
{
    Q_OBJECT
public:
    RotationFlow(Session *session, const RotationState &state, QObject *parent = nullptr);
    ~RotationFlow() override;

    const RotationState &state() const { return m_state; }
    bool isBusy() const;
    // Before the create: the successor's name (the caller validated it).
    void setSuccessorName(const QString &name);
    // How often watch() reads the last logins (default 30 s; tests shorten it).
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    bool isWatching() const { return m_poll.isActive(); }

public Q_SLOTS:
    void createSuccessor();
    // After a lost create answer (step CreatingSuccessor, the successor found on the console):
    // a new secret for it. Harmless: nobody uses a successor before its secret was handed over.
    void regenerateSuccessorSecret();
    void copyRules();
    void watch();
    void stopWatching();
    void checkNow();
    void disablePredecessor();
    void deletePredecessor();
    void cancel();

Q_SIGNALS:
    void stateChanged(const runai::RotationState &state);
    void busyChanged(bool busy);
    // The secret, this once: show it, keep it in the keychain, never log it.
    void successorCreated(const runai::Application &successor, const QString &secret);
    // A create whose answer was lost did create the successor: its secret is unknown.
    void successorFoundWithoutSecret(const runai::Application &successor);
    void rulesCopied(int created, int alreadyHeld);
    // Both identities as the console sees them now (either may be missing if it is gone).
    void lastLoginsRead(const runai::Application &predecessor, const runai::Application &successor);
    void predecessorGone();
    // `step` says in words what failed; `error` carries the server's message.
    void stepFailed(const QString &step, const runai::ApiError &error);

private:
    using RulesHandler = std::function<void(const QList<AccessRule> &)>;

    Application predecessor() const;
    Application successor() const;
    void setState(RotationState::Step step);
    void start(ApiJob *job, std::function<void(ApiJob *)> then);
    bool failed(ApiJob *job, const QString &step, const QString &activity);
    void sendCreate();
    void lookUpLostCreate();
    void listRules(const Application &app, QList<AccessRule> collected, int offset,
                   RulesHandler then);
    void createNextRule(QList<AccessRule> missing, int alreadyHeld);
    void readSuccessorLogin(const Application &predecessor);
    void reportPredecessorGone();
    QString pair() const;

    QPointer<Session> m_session;
    RotationState m_state;
    QPointer<ApiJob> m_job;
    QTimer m_poll;
};

} // namespace runai
