// SPDX-License-Identifier: MIT
// RunaiClient's applications: /api/v1/service-accounts (2.24+) or /api/v1/apps, learnt per console.
#include "api/RunaiClient.h"

#include "api/ClientCalls.h"
#include "core/LogCategories.h"
#include "core/ObjectNoun.h"

#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace runai {

using namespace calls; // the call builders of ClientCalls.h

namespace {

const auto ServiceAccountsPath = u"/api/v1/service-accounts"_s;
const auto AppsPath = u"/api/v1/apps"_s;

// Sends an applications request to /api/v1/service-accounts (2.24+) or /api/v1/apps, learning
// which one the server has: while unknown, a 404 from service-accounts falls back to apps once.
// The first request never reached a handler when it 404s, so the fallback repeats nothing.
void sendApplications(ApiJob *job, std::function<ApiJob::Request(const QString &base)> make,
                      ApiJob::ResponseHandler then)
{
    Session *session = job->session();
    const auto api = session->applicationsApi();
    const QString first = api == Session::ApplicationsApi::Apps ? AppsPath : ServiceAccountsPath;
    job->send(make(first), [job, make, then, api](const ApiJob::Response &r) {
        Session *session = job->session();
        if (api == Session::ApplicationsApi::Unknown) {
            if (r.error.kind() == ApiError::Kind::NotFound) {
                qCInfo(lcApi) << "no service-accounts API here; trying /api/v1/apps";
                job->send(make(AppsPath), [job, then](const ApiJob::Response &r2) {
                    if (!r2.error.isError() && job->session())
                        job->session()->setApplicationsApi(Session::ApplicationsApi::Apps);
                    then(r2);
                });
                return;
            }
            if (!r.error.isError() && session)
                session->setApplicationsApi(Session::ApplicationsApi::ServiceAccounts);
        }
        then(r);
    });
}

template<typename T, typename Parser>
ApiResultJob<T> *applicationsJsonCall(Session *session, const QString &op,
                                      std::function<ApiJob::Request(const QString &)> make,
                                      Parser parser)
{
    return new ApiResultJob<T>(session, op, [make, parser](ApiJob *base) {
        auto job = static_cast<ApiResultJob<T> *>(base);
        sendApplications(job, make, [job, parser](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            if (auto v = parseBody<T>(job, r, parser)) {
                job->setResult(std::move(*v));
                job->succeed();
            }
        });
    });
}

} // namespace

// ------------------------------------------------------------------------------ applications

ApplicationListJob *RunaiClient::listApplications() const
{
    return applicationsJsonCall<ApplicationList>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("list applications"),
                                           trOp("list service accounts")),
            [](const QString &base) { return request("GET", base); }, &ApiJson::applicationList);
}

NewApplicationJob *RunaiClient::createApplication(const QString &name) const
{
    const QByteArray body = jsonBody(QJsonObject{{"name"_L1, name}});
    return applicationsJsonCall<NewApplication>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("create the application"),
                                           trOp("create the service account")),
            [body](const QString &base) { return request("POST", base, body); },
            &ApiJson::createdApplication);
}

ApplicationJob *RunaiClient::getApplication(const QString &id) const
{
    return applicationsJsonCall<Application>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("read the application"),
                                           trOp("read the service account")),
            [id](const QString &base) { return request("GET", base + idSegment(id)); },
            &ApiJson::application);
}

ApiJob *RunaiClient::setApplicationEnabled(const QString &id, bool enabled) const
{
    const QByteArray body = jsonBody(QJsonObject{{"enabled"_L1, enabled}});
    const auto make = [id, body](const QString &base) {
        return request("PATCH", base + idSegment(id), body);
    };
    const ObjectNoun noun = ObjectNoun::of(m_session);
    return new ApiJob(
            m_session,
            enabled ? noun.pick(trOp("enable the application"), trOp("enable the service account"))
                    : noun.pick(trOp("disable the application"),
                                trOp("disable the service account")),
            [make](ApiJob *job) {
                sendApplications(job, make, [job](const ApiJob::Response &r) {
                    if (r.error.isError())
                        return job->fail(r.error);
                    job->succeed();
                });
            });
}

ApiJob *RunaiClient::deleteApplication(const QString &id) const
{
    const auto make = [id](const QString &base) {
        return request("DELETE", base + idSegment(id));
    };
    const QString op = ObjectNoun::of(m_session).pick(trOp("delete the application"),
                                                      trOp("delete the service account"));
    return new ApiJob(m_session, op, [make](ApiJob *job) {
        sendApplications(job, make, [job](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            job->succeed();
        });
    });
}

IssuedSecretJob *RunaiClient::regenerateApplicationSecret(const QString &id) const
{
    return applicationsJsonCall<QString>(
            m_session,
            ObjectNoun::of(m_session).pick(trOp("regenerate the application's secret"),
                                           trOp("regenerate the service account's secret")),
            [id](const QString &base) {
                return request("POST", base + idSegment(id) + u"/secret"_s);
            },
            &ApiJson::regeneratedSecret);
}

} // namespace runai
