// SPDX-License-Identifier: MIT
#include "api/LostCreateCheck.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

LostCreateCheck::LostCreateCheck(Session *session, Target target, QString name, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_target(target)
    , m_name(std::move(name))
{ }

bool LostCreateCheck::mayHaveCreated(const ApiError &error)
{
    if (!error.isError() || error.kind() == ApiError::Kind::Cancelled)
        return false;
    // A proxy's 502/504 says the upstream answer went wrong or never came, not that the
    // request was refused: the console may have created the object.
    // An answer that cannot be read (not JSON, cut short) came after the server acted on it.
    return error.requestMayHaveBeenProcessed() || error.kind() == ApiError::Kind::BadResponse
           || error.httpStatus() == 502 || error.httpStatus() == 504;
}

LostCreateCheck::~LostCreateCheck()
{
    // A late answer must not reach a check that is gone (its page moved on).
    if (m_job)
        m_job->abandon();
}

void LostCreateCheck::setRequestWindow(const QDateTime &sent, const QDateTime &answered)
{
    m_sent = sent;
    m_answered = answered;
}

bool LostCreateCheck::madeByThisRequest(const QString &createdBy, const QDateTime &createdAt) const
{
    if (!m_session || m_session->identity().isEmpty() || createdBy.isEmpty()
        || createdBy.compare(m_session->identity(), Qt::CaseInsensitive) != 0)
        return false;
    return createdDuringRequest(createdAt);
}

bool LostCreateCheck::createdDuringRequest(const QDateTime &createdAt) const
{
    if (!m_session)
        return false;
    const ClockSkew &skew = m_session->clockSkew();
    if (!createdAt.isValid() || !m_sent.isValid() || !m_answered.isValid() || !skew.isKnown())
        return false; // cannot tell: the cautious answer
    // Made while the request was on its way: not before it was sent, not after the answer came.
    return createdAt >= skew.earliestServerTime(m_sent)
           && createdAt <= skew.latestServerTime(m_answered);
}

QString LostCreateCheck::creator() const
{
    switch (m_target) {
    case Target::Application:
        return m_application.createdBy;
    case Target::User:
        return m_user.createdBy;
    case Target::AccessKey:
        // The own-keys list names no creator: every key in it is the signed-in user's.
        return m_session ? m_session->identity() : QString();
    }
    return {};
}

QDateTime LostCreateCheck::createdAt() const
{
    switch (m_target) {
    case Target::Application:
        return m_application.createdAt;
    case Target::User:
        return m_user.createdAt;
    case Target::AccessKey:
        return m_accessKey.createdAt;
    }
    return {};
}

QDateTime LostCreateCheck::lastLogin() const
{
    switch (m_target) {
    case Target::Application:
        return m_application.lastLogin;
    case Target::User:
        return m_user.lastLogin;
    case Target::AccessKey:
        return m_accessKey.lastLogin;
    }
    return {};
}

void LostCreateCheck::start()
{
    if (!m_session) {
        m_outcome = Outcome::Unknown;
        m_error = ApiError(ApiError::Kind::Cancelled);
        Q_EMIT checked(this);
        return;
    }
    qCInfo(lcLostCreate) << "answer lost; looking up" << m_name;
    ApiJob *job = nullptr;
    if (m_target == Target::Application) {
        job = RunaiClient(m_session).listApplications();
    } else if (m_target == Target::AccessKey) {
        job = RunaiClient(m_session).listAccessKeys(); // the signed-in user's own keys
    } else {
        UserQuery query;
        query.filterBy << u"username=="_s + m_name;
        query.limit = 10;
        job = RunaiClient(m_session).listUsers(query);
    }
    m_job = job;
    connect(job, &ApiJob::finished, this, &LostCreateCheck::lookUpFinished);
    job->start();
}

void LostCreateCheck::lookUpFinished(ApiJob *job)
{
    m_job = nullptr;
    if (!job->succeeded()) {
        m_outcome = Outcome::Unknown;
        m_error = job->error();
        qCInfo(lcLostCreate) << "lookup failed:" << m_error.logString();
        Q_EMIT checked(this);
        return;
    }
    if (m_target == Target::Application) {
        const auto &apps = static_cast<ApplicationListJob *>(job)->result();
        const auto found = std::find_if(apps.cbegin(), apps.cend(),
                                        [this](const Application &a) { return a.name == m_name; });
        if (found != apps.cend()) {
            m_application = *found;
            m_objectId = found->id;
        }
    } else if (m_target == Target::AccessKey) {
        // Names are unique among one user's keys, and this list holds only the user's own.
        const auto &keys = static_cast<AccessKeyListJob *>(job)->result();
        const auto found = std::find_if(keys.cbegin(), keys.cend(),
                                        [this](const AccessKey &k) { return k.name == m_name; });
        if (found != keys.cend()) {
            m_accessKey = *found;
            m_objectId = found->id;
        }
    } else {
        // The filter narrows the list; the comparison decides (e-mails are case-insensitive).
        const auto &users = static_cast<UserListJob *>(job)->result();
        const auto found = std::find_if(users.cbegin(), users.cend(), [this](const User &u) {
            return u.username.compare(m_name, Qt::CaseInsensitive) == 0;
        });
        if (found != users.cend()) {
            m_user = *found;
            m_objectId = found->id;
        }
    }
    if (m_objectId.isEmpty())
        m_outcome = Outcome::NotCreated;
    else if (m_target == Target::AccessKey)
        // A key of that name is the user's own by definition (runai-api.md: the list carries
        // name, id, clientId, createdAt, lastLogin, no createdBy): only its creation time can
        // show this request made it. An older key of that name may be in use by a script.
        m_outcome = createdDuringRequest(createdAt()) ? Outcome::Created : Outcome::Existing;
    else
        m_outcome = madeByThisRequest(creator(), createdAt()) ? Outcome::Created
                                                              : Outcome::Existing;
    qCInfo(lcLostCreate) << m_name << "->" << m_outcome;
    Q_EMIT checked(this);
}

void LostCreateCheck::remedy()
{
    if (m_outcome == Outcome::Created)
        startRemedy();
}

void LostCreateCheck::replaceAfterConfirmation()
{
    if (m_outcome == Outcome::Existing)
        startRemedy();
}

void LostCreateCheck::startRemedy()
{
    if (m_job || !m_session)
        return;
    ApiJob *job = nullptr;
    switch (m_target) {
    case Target::Application:
        job = RunaiClient(m_session).regenerateApplicationSecret(m_objectId);
        break;
    case Target::User:
        job = RunaiClient(m_session).resetUserPassword(m_objectId);
        break;
    case Target::AccessKey:
        job = RunaiClient(m_session).regenerateAccessKeySecret(m_objectId);
        break;
    }
    m_job = job;
    connect(job, &ApiJob::finished, this, &LostCreateCheck::remedyFinished);
    job->start();
}

void LostCreateCheck::remedyFinished(ApiJob *job)
{
    m_job = nullptr;
    if (job->error().kind() != ApiError::Kind::Cancelled)
        ActivityRecorder::record(m_target == Target::Application ? tr("Regenerate client secret")
                                 : m_target == Target::AccessKey
                                         ? tr("Regenerate access key secret")
                                         : tr("Reset password"),
                                 m_name, job->error());
    if (!job->succeeded()) {
        m_error = job->error();
        qCInfo(lcLostCreate) << "remedy failed:" << m_error.logString();
        Q_EMIT remedyFailed(this);
        return;
    }
    Q_EMIT remedied(this, static_cast<IssuedSecretJob *>(job)->result());
}

} // namespace runai
