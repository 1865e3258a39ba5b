// SPDX-License-Identifier: MIT
#include "api/AccessCheck.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "core/ObjectNoun.h"

using namespace Qt::StringLiterals;

namespace runai {

namespace {
// A probe's job: its result is the HTTP status of the answer (the body is not needed: a 2xx is
// the verdict, and nothing of it is shown).
using StatusJob = ApiResultJob<int>;
} // namespace

AccessCheck::AccessCheck(Session *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{ }

AccessCheck::~AccessCheck()
{
    // The jobs go before the session they use (both are ours); no slot runs meanwhile.
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            delete job.data();
        }
    }
}

QList<AccessCheck::Probe> AccessCheck::plan(const ConsoleCapabilities &c)
{
    using F = ConsoleCapabilities::Feature;
    QList<Probe> probes;
    // `offered` false: the console's capabilities say it lacks the call, so it is not sent (a
    // request for an endpoint its generation does not have would only earn a 404).
    const auto add = [&probes](const QString &title, const QString &path, const QString &query,
                               bool offered, const QString &whyNot) {
        Probe p;
        p.title = title;
        p.path = path;
        p.query = QUrlQuery(query);
        p.requirement = AccessHint::requirementFor("GET", path);
        if (!offered) {
            p.outcome = Outcome::NotOffered;
            p.explanation = whyNot;
        }
        probes.append(p);
    };
    // One row is enough to know whether listing is allowed: limit=1 where the list is paged
    // (users from 2.20, the same consoles that count them; access rules and v2 roles always).
    add(tr("List users"), u"/api/v1/users"_s, c.has(F::UsersCount) ? u"limit=1"_s : QString(), true,
        {});
    add(tr("Count users"), u"/api/v1/users/count"_s, {}, !c.lacks(F::UsersCount),
        tr("Consoles before Run:ai 2.20 cannot count users."));
    add(tr("List service accounts"), u"/api/v1/service-accounts"_s, {},
        !c.lacks(F::ServiceAccounts),
        tr("Service accounts came with Run:ai 2.24; this console has applications."));
    add(tr("List applications"), u"/api/v1/apps"_s, {}, !c.lacks(F::Apps),
        tr("This console has service accounts only (Run:ai 3.0 removed applications)."));
    add(tr("List access rules"), u"/api/v1/authorization/access-rules"_s, u"limit=1"_s, true, {});
    add(tr("Count access rules"), u"/api/v1/authorization/access-rules/count"_s, {}, true, {});
    const bool v2Roles = c.has(F::V2Roles) || c.lacks(F::V1Roles);
    add(tr("List roles"),
        v2Roles ? u"/api/v2/authorization/roles"_s : u"/api/v1/authorization/roles"_s,
        v2Roles ? u"limit=1"_s : QString(), !(v2Roles && c.lacks(F::V2Roles)),
        tr("This console lists no roles."));
    const QString noKeys = tr("Access keys came with Run:ai 2.24.");
    add(tr("List own access keys"), u"/api/v1/access-keys"_s, {}, !c.lacks(F::AccessKeys), noKeys);
    add(tr("List every user's access keys"), u"/api/v1/administration/access-keys"_s, {},
        !c.lacks(F::AccessKeys), noKeys);
    return probes;
}

void AccessCheck::start(const Subject &subject, const QString &secret)
{
    if (m_started)
        return;
    m_started = true;
    m_subject = subject;
    if (!m_console) {
        m_tokenError = ApiError(ApiError::Kind::Cancelled);
        return finish();
    }
    m_running = true;
    m_probes = plan(m_console->capabilities());
    m_session = new Session(m_console->settings(), this);
    m_session->setCapabilities(m_console->capabilities());
    const RunaiClient client(m_session);
    TokenJob *job = subject.kind == SubjectKind::User
                            ? client.signIn(subject.name, secret)
                            : client.signInApplication(subject.clientId, secret,
                                                       subject.kind == SubjectKind::Application
                                                               ? subject.name
                                                               : QString());
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, &AccessCheck::tokenDone);
    job->start();
}

void AccessCheck::tokenDone(ApiJob *job)
{
    if (!job->succeeded()) {
        m_tokenError = job->error();
        qCInfo(lcApi) << "access check: no token:" << m_tokenError.logString();
        Q_EMIT tokenFinished();
        return finish();
    }
    m_tokenIssuer = static_cast<TokenJob *>(job)->result().issuer();
    Q_EMIT tokenFinished();
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_probes[i].outcome == Outcome::Pending)
            runProbe(i);
    }
    finishIfDone(); // nothing offered at all
}

void AccessCheck::runProbe(int index)
{
    ApiJob::Request request;
    request.path = m_probes[index].path;
    request.query = m_probes[index].query;
    auto *job = new StatusJob(m_session, m_probes[index].title.toLower(), [request](ApiJob *base) {
        auto *self = static_cast<StatusJob *>(base);
        self->send(request, [self](const ApiJob::Response &r) {
            self->setResult(r.httpStatus);
            if (r.error.isError())
                return self->fail(r.error);
            self->succeed();
        });
    });
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, index](ApiJob *done) {
        probeDone(index, static_cast<StatusJob *>(done)->result(), done->error());
    });
    job->start();
}

void AccessCheck::probeDone(int index, int httpStatus, const ApiError &error)
{
    Probe &p = m_probes[index];
    if (p.outcome != Outcome::Pending)
        return;
    p.httpStatus = httpStatus ? httpStatus : error.httpStatus();
    p.serverMessage = error.serverMessage();
    // Decided from the status alone, never from the wording of an answer.
    switch (error.kind()) {
    case ApiError::Kind::None:
        p.outcome = Outcome::Allowed;
        break;
    case ApiError::Kind::Forbidden:
        p.outcome = Outcome::Denied;
        p.explanation = denialExplanation(p);
        break;
    case ApiError::Kind::NotFound:
        p.outcome = Outcome::NotOffered;
        p.explanation = tr("The console answered 404: it does not offer this call.");
        break;
    case ApiError::Kind::Cancelled:
        p.outcome = Outcome::NotRun;
        break;
    default:
        p.outcome = Outcome::Failed;
        p.explanation = error.userMessage();
        break;
    }
    Q_EMIT probeFinished(index);
    finishIfDone();
}

QString AccessCheck::denialExplanation(const Probe &probe) const
{
    if (m_subject.kind == SubjectKind::Application && probe.path == u"/api/v1/access-keys"_s)
        return tr("Access keys belong to users: a program identity has none of its own, whatever "
                  "its access rules.");
    const QString who = m_subject.actsAs.isEmpty() ? m_subject.name : m_subject.actsAs;
    const QString rule = AccessHint::ruleSentence(who, "GET", probe.path);
    if (m_subject.kind == SubjectKind::AccessKey)
        return tr("The key's token acts as its owner. %1").arg(rule);
    return rule;
}

void AccessCheck::finishIfDone()
{
    if (!m_running)
        return;
    for (const Probe &p : std::as_const(m_probes)) {
        if (p.outcome == Outcome::Pending)
            return;
    }
    finish();
}

void AccessCheck::cancel()
{
    if (!m_running)
        return;
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished()) {
            job->disconnect(this); // its Cancelled answer finishes nothing here
            job->abandon();
        }
    }
    if (m_tokenIssuer.isEmpty() && !m_tokenError.isError())
        m_tokenError = ApiError(ApiError::Kind::Cancelled);
    finish(); // what was still pending is NotRun
}

void AccessCheck::finish()
{
    m_running = false;
    m_finished = true;
    for (Probe &p : m_probes) {
        if (p.outcome == Outcome::Pending)
            p.outcome = Outcome::NotRun;
    }
    const QString action = tr("Verify access");
    if (m_tokenError.isError()) {
        ActivityRecorder::record(action, subjectDescription(), m_tokenError);
    } else {
        const bool complete = count(Outcome::NotRun) == 0;
        ActivityRecorder::record(action, subjectDescription(),
                                 complete ? ActivityEntry::Outcome::Succeeded
                                          : ActivityEntry::Outcome::Cancelled,
                                 summary());
    }
    qCInfo(lcApi) << "access check finished: allowed" << count(Outcome::Allowed) << "denied"
                  << count(Outcome::Denied) << "not offered" << count(Outcome::NotOffered)
                  << "failed" << count(Outcome::Failed);
    Q_EMIT finished();
}

int AccessCheck::count(Outcome outcome) const
{
    return int(std::count_if(m_probes.cbegin(), m_probes.cend(),
                             [outcome](const Probe &p) { return p.outcome == outcome; }));
}

QString AccessCheck::summary() const
{
    if (m_tokenError.isError())
        return tr("No token: %1").arg(m_tokenError.userMessage());
    const auto titles = [this](Outcome outcome) {
        QStringList names;
        for (const Probe &p : m_probes) {
            if (p.outcome == outcome)
                names << p.title;
        }
        return names.join(u", "_s);
    };
    QStringList parts;
    if (const int n = count(Outcome::Allowed))
        parts << tr("%n allowed (%1)", "", n).arg(titles(Outcome::Allowed));
    if (const int n = count(Outcome::Denied))
        parts << tr("%n denied (%1)", "", n).arg(titles(Outcome::Denied));
    if (const int n = count(Outcome::NotOffered))
        parts << tr("%n not offered by this console (%1)", "", n).arg(titles(Outcome::NotOffered));
    if (const int n = count(Outcome::Failed))
        parts << tr("%n failed (%1)", "", n).arg(titles(Outcome::Failed));
    if (const int n = count(Outcome::NotRun))
        parts << tr("%n not run (%1)", "", n).arg(titles(Outcome::NotRun));
    return parts.join(u"; "_s);
}

QString AccessCheck::subjectDescription() const
{
    switch (m_subject.kind) {
    case SubjectKind::User:
        return tr("%1 (user)").arg(m_subject.name);
    case SubjectKind::AccessKey:
        return tr("%1 (access key)").arg(m_subject.name);
    case SubjectKind::Application:
        break;
    }
    return ObjectNoun::of(m_console)
            .pick(tr("%1 (application)"), tr("%1 (service account)"))
            .arg(m_subject.name);
}

QString AccessCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Checking…");
    case Outcome::Allowed:
        return tr("Allowed");
    case Outcome::Denied:
        return tr("Denied");
    case Outcome::NotOffered:
        return tr("Not offered");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NotRun:
        return tr("Not run");
    }
    return {};
}

} // namespace runai
