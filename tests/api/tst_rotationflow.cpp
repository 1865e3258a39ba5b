// SPDX-License-Identifier: MIT
// Issue 15: the rotation without downtime, step by step, against the sandbox over loopback in
// every version mode (applications on 2.18 / 2.20, service accounts on 2.24 and 3.0): the
// successor is created and gets every access rule of the predecessor, both keep working side by
// side, the last logins are read, the predecessor is disabled and then deleted; a lost create is
// looked up (never sent twice) and a half-done copy resumes without doubling a rule.
#include "ApiTestSupport.h"
#include "api/AccessSubject.h"
#include "api/RotationFlow.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using Step = RotationState::Step;

namespace {
const auto AdminEmail = u"test@run.ai"_s;
const auto AdminPassword = u"Abcd!234"_s;
} // namespace

class TestRotationFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void wholeRotation_data() { addModeRowsWith30(); }
    void wholeRotation();
    void lostCreateIsLookedUp_data() { addModeRowsWith30(); }
    void lostCreateIsLookedUp();
    void takenNameGoesBackToTheStart();

private:
    void startSandbox();
    NewApplication createApp(const QString &name);
    void grant(const Application &app, const QString &role, const QString &scopeType,
               const QString &scopeId);
    QList<AccessRule> rulesOf(const Application &app);
    RotationState stateFor(const Application &app, const QString &successorName) const;
    // Runs `step` and waits until the flow is idle again.
    static void runStep(RotationFlow *flow, void (RotationFlow::*step)());

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    QList<ActivityEntry> m_activity;
    ActivityRecorder::Sink m_previousSink;
};

void TestRotationFlow::init()
{
    m_activity.clear();
    m_previousSink = ActivityRecorder::setSink(
            [this](const ActivityEntry &entry) { m_activity.append(entry); });
}

void TestRotationFlow::cleanup()
{
    ActivityRecorder::setSink(m_previousSink);
    m_session.reset();
    m_server.reset();
}

void TestRotationFlow::startSandbox()
{
    QFETCH(QString, mode);
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(mode));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
    auto job = run(RunaiClient(m_session.get()).signIn(AdminEmail, AdminPassword));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
    auto probe = run(RunaiClient(m_session.get()).probeCapabilities());
    QVERIFY(probe->succeeded());
}

NewApplication TestRotationFlow::createApp(const QString &name)
{
    auto job = run(RunaiClient(m_session.get()).createApplication(name));
    if (!job->succeeded())
        qWarning("create failed: %s", qPrintable(job->error().logString()));
    return job->result();
}

void TestRotationFlow::grant(const Application &app, const QString &role, const QString &scopeType,
                             const QString &scopeId)
{
    auto roles = run(RunaiClient(m_session.get()).listRoles());
    QVERIFY(roles->succeeded());
    int roleId = 0;
    for (const Role &r : roles->result()) {
        if (r.name == role)
            roleId = r.id;
    }
    QVERIFY(roleId != 0);
    const AccessSubject subject = AccessSubject::forApplication(app, m_session.get());
    auto job = run(RunaiClient(m_session.get())
                           .createAccessRule(subject.request(roleId, scopeType, scopeId)));
    QVERIFY2(job->succeeded(), qPrintable(job->error().logString()));
}

QList<AccessRule> TestRotationFlow::rulesOf(const Application &app)
{
    const AccessSubject subject = AccessSubject::forApplication(app, m_session.get());
    auto job = run(RunaiClient(m_session.get()).listAccessRules(subject.query()));
    QList<AccessRule> own;
    for (const AccessRule &rule : job->result().accessRules) {
        if (subject.owns(rule) && !AccessSubject::appliesToEveryone(rule))
            own.append(rule);
    }
    return own;
}

RotationState TestRotationFlow::stateFor(const Application &app, const QString &successorName) const
{
    RotationState state;
    state.consoleUrl = m_server->baseUrl().toString();
    state.predecessorId = app.id;
    state.predecessorName = app.name;
    state.predecessorClientId = app.clientId;
    state.successorName = successorName;
    return state;
}

void TestRotationFlow::runStep(RotationFlow *flow, void (RotationFlow::*step)())
{
    (flow->*step)();
    QTRY_VERIFY_WITH_TIMEOUT(!flow->isBusy(), 15000);
}

void TestRotationFlow::wholeRotation()
{
    startSandbox();
    const NewApplication before = createApp(u"ci-bot"_s);
    const Application predecessor = before.application;
    QVERIFY(!predecessor.id.isEmpty());
    grant(predecessor, u"Viewer"_s, u"tenant"_s, u"1001"_s);
    grant(predecessor, u"ML engineer"_s, u"project"_s, u"proj-7"_s);

    RotationFlow flow(m_session.get(), stateFor(predecessor, u"ci-bot-2"_s));
    QList<Step> steps;
    connect(&flow, &RotationFlow::stateChanged, this,
            [&steps](const RotationState &s) { steps.append(s.step); });
    QSignalSpy created(&flow, &RotationFlow::successorCreated);
    QSignalSpy failures(&flow, &RotationFlow::stepFailed);

    // 1. The successor, with its secret once.
    runStep(&flow, &RotationFlow::createSuccessor);
    QCOMPARE(failures.count(), 0);
    QCOMPARE(created.count(), 1);
    const auto successor = created.first().at(0).value<Application>();
    const QString secret = created.first().at(1).toString();
    QCOMPARE(successor.name, u"ci-bot-2"_s);
    QVERIFY(!secret.isEmpty());
    QCOMPARE(steps.first(), Step::CreatingSuccessor); // kept before the request went out
    QCOMPARE(flow.state().step, Step::SuccessorCreated);
    QCOMPARE(flow.state().successorId, successor.id);
    QVERIFY(!QJsonDocument(flow.state().toJson()).toJson().contains(secret.toUtf8()));

    // 2. Its access rules, the same role on the same scope.
    QSignalSpy copied(&flow, &RotationFlow::rulesCopied);
    runStep(&flow, &RotationFlow::copyRules);
    QCOMPARE(failures.count(), 0);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().at(0).toInt(), 2);
    QCOMPARE(flow.state().step, Step::RulesCopied);
    const QList<AccessRule> successorRules = rulesOf(successor);
    QCOMPARE(successorRules.size(), 2);
    QCOMPARE(RotationState::rulesToCopy(rulesOf(predecessor), successorRules).size(), 0);

    // Both identities sign in side by side: no downtime.
    const auto asOld = run(
            RunaiClient(m_session.get())
                    .clientCredentialsToken(predecessor.clientId, before.secret, predecessor.name));
    QVERIFY2(asOld->succeeded(), qPrintable(asOld->error().logString()));
    const auto asNew = run(
            RunaiClient(m_session.get())
                    .clientCredentialsToken(successor.clientId, secret, successor.name));
    QVERIFY2(asNew->succeeded(), qPrintable(asNew->error().logString()));

    // 3. Watch: both last logins are read.
    QSignalSpy logins(&flow, &RotationFlow::lastLoginsRead);
    flow.setPollInterval(50);
    flow.watch();
    QTRY_VERIFY_WITH_TIMEOUT(logins.count() >= 2, 15000);
    flow.stopWatching();
    QTRY_VERIFY_WITH_TIMEOUT(!flow.isBusy(), 15000);
    QVERIFY(logins.last().at(0).value<Application>().lastLogin.isValid());
    QVERIFY(logins.last().at(1).value<Application>().lastLogin.isValid());
    QVERIFY(flow.state().predecessorLastLogin.isValid());

    // 4. Disable, then delete the predecessor; the successor keeps working.
    runStep(&flow, &RotationFlow::deletePredecessor); // not before it is disabled
    QCOMPARE(flow.state().step, Step::RulesCopied);
    runStep(&flow, &RotationFlow::disablePredecessor);
    QCOMPARE(flow.state().step, Step::PredecessorDisabled);
    auto old = run(RunaiClient(m_session.get()).getApplication(predecessor.id));
    QCOMPARE(old->result().enabled, false);
    runStep(&flow, &RotationFlow::deletePredecessor);
    QCOMPARE(flow.state().step, Step::Finished);
    old = run(RunaiClient(m_session.get()).getApplication(predecessor.id));
    QCOMPARE(old->error().kind(), ApiError::Kind::NotFound);
    const auto stillNew = run(
            RunaiClient(m_session.get())
                    .clientCredentialsToken(successor.clientId, secret, successor.name));
    QVERIFY(stillNew->succeeded());
    QCOMPARE(failures.count(), 0);

    // Every step is in the activity log, never with the secret.
    QStringList actions;
    for (const ActivityEntry &entry : std::as_const(m_activity)) {
        actions.append(entry.action);
        QVERIFY(!entry.serverMessage.contains(secret) && !entry.object.contains(secret));
        QCOMPARE(entry.object, u"ci-bot → ci-bot-2"_s);
    }
    QCOMPARE(actions,
             QStringList({u"Rotation: create successor"_s, u"Rotation: copy access rules"_s,
                          u"Rotation: disable predecessor"_s, u"Rotation: delete predecessor"_s}));
}

void TestRotationFlow::lostCreateIsLookedUp()
{
    // The program ended (or the answer was lost) after the create went out: the resumed flow
    // finds the successor instead of creating it twice, and gives it a new secret; copying
    // twice never doubles a rule.
    startSandbox();
    const Application predecessor = createApp(u"etl"_s).application;
    grant(predecessor, u"Viewer"_s, u"tenant"_s, u"1001"_s);
    const Application made = createApp(u"etl-2"_s).application; // the lost create's effect
    RotationState state = stateFor(predecessor, u"etl-2"_s);
    state.step = Step::CreatingSuccessor;

    RotationFlow flow(m_session.get(), state);
    QSignalSpy found(&flow, &RotationFlow::successorFoundWithoutSecret);
    QSignalSpy created(&flow, &RotationFlow::successorCreated);
    runStep(&flow, &RotationFlow::createSuccessor);
    QCOMPARE(found.count(), 1);
    QCOMPARE(created.count(), 0);
    QCOMPARE(flow.state().successorId, made.id);
    auto list = run(RunaiClient(m_session.get()).listApplications());
    QCOMPARE(std::count_if(list->result().cbegin(), list->result().cend(),
                           [](const Application &a) { return a.name == u"etl-2"_s; }),
             1);
    runStep(&flow, &RotationFlow::regenerateSuccessorSecret);
    QCOMPARE(created.count(), 1);
    QVERIFY(!created.first().at(1).toString().isEmpty());
    QCOMPARE(flow.state().step, Step::SuccessorCreated);

    runStep(&flow, &RotationFlow::copyRules);
    QCOMPARE(flow.state().step, Step::RulesCopied);
    // A copy that is resumed (the state saved before the last step was recorded) adds nothing.
    RotationState again = flow.state();
    again.step = Step::SuccessorCreated;
    RotationFlow resumed(m_session.get(), again);
    QSignalSpy copied(&resumed, &RotationFlow::rulesCopied);
    runStep(&resumed, &RotationFlow::copyRules);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().at(1).toInt(), 1); // already held
    QCOMPARE(rulesOf(made).size(), 1);
}

void TestRotationFlow::takenNameGoesBackToTheStart()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandboxOptions(u"2.24"_s));
    QVERIFY(m_server->start());
    m_session = std::make_unique<Session>(fastSettings(m_server->baseUrl()));
    QVERIFY(run(RunaiClient(m_session.get()).signIn(AdminEmail, AdminPassword))->succeeded());
    const Application predecessor = createApp(u"svc"_s).application;
    createApp(u"svc-2"_s);
    RotationFlow flow(m_session.get(), stateFor(predecessor, u"svc-2"_s));
    QSignalSpy failures(&flow, &RotationFlow::stepFailed);
    runStep(&flow, &RotationFlow::createSuccessor);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.first().at(1).value<ApiError>().kind(), ApiError::Kind::Conflict);
    QCOMPARE(flow.state().step, Step::NotStarted); // 409: nothing made, choose another name
}

QTEST_GUILESS_MAIN(TestRotationFlow)
#include "tst_rotationflow.moc"
