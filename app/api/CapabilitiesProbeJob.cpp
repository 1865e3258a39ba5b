// SPDX-License-Identifier: MIT
#include "api/CapabilitiesProbeJob.h"

#include "api/Session.h"
#include "core/ApiJson.h"
#include "core/LogCategories.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

using Feature = ConsoleCapabilities::Feature;

struct ProbeStep
{
    Feature feature;
    const char *path;
    const char *query;
};

// GETs, and one POST without credentials: a probe must never change anything on the console.
constexpr std::array<ProbeStep, ConsoleCapabilities::FeatureCount - 1> ProbeSteps{{
        // An empty form, no credentials: 400 invalid_request when present, 404 when not. (A GET
        // could answer 404 from a router that does not report 405 for a wrong method.)
        {Feature::V2Token, "/api/v2/token", ""},
        {Feature::ServiceAccounts, "/api/v1/service-accounts", ""},
        {Feature::Apps, "/api/v1/apps", ""}, // also tells AppClientIds from the objects
        {Feature::V2Roles, "/api/v2/authorization/roles", "limit=1"},
        {Feature::V1Roles, "/api/v1/authorization/roles", ""},
        {Feature::AccessKeys, "/api/v1/access-keys", ""},
        {Feature::UsersCount, "/api/v1/users/count", ""},
        // users-minimal needs a search, id or filterBy (else 400): a search nobody matches keeps
        // the answer empty and the network log free of a needless refusal.
        {Feature::UserNames, "/api/v1/users-minimal", "search=runai-access-probe&limit=1"},
}};

// Whether listed applications carry a client ID; nullopt when the list says nothing (empty, or
// not the expected shape).
std::optional<bool> appsCarryClientIds(const QByteArray &body)
{
    const auto doc = ApiJson::document(body);
    if (!doc.ok() || !doc.value().isArray() || doc.value().toArray().isEmpty())
        return std::nullopt;
    for (const QJsonValue &v : doc.value().toArray()) {
        if (v.toObject().value("clientId"_L1).isString())
            return true;
    }
    return false;
}

} // namespace

CapabilitiesProbeJob::CapabilitiesProbeJob(Session *session)
    : ApiResultJob(session,
                   QCoreApplication::translate("runai::RunaiClient", "find out what the console "
                                                                     "offers"),
                   [](ApiJob *base) { static_cast<CapabilitiesProbeJob *>(base)->probeNext(0); })
{ }

void CapabilitiesProbeJob::probeNext(size_t index)
{
    if (index == ProbeSteps.size()) {
        ConsoleCapabilities c = result();
        // Service accounts always have client IDs; an empty apps list says nothing, but the
        // users count arrived together with client IDs (2.20).
        if (!c.knows(Feature::AppClientIds)) {
            if (c.has(Feature::ServiceAccounts) || c.has(Feature::UsersCount))
                c.set(Feature::AppClientIds, true);
            else if (c.lacks(Feature::UsersCount))
                c.set(Feature::AppClientIds, false);
        }
        c.setSource(ConsoleCapabilities::Source::Probed);
        qCInfo(lcApi).noquote() << "console capabilities:" << c.toSettingsString();
        setResult(c);
        succeed();
        return;
    }
    const ProbeStep step = ProbeSteps[index];
    // The v2 token endpoint is learnt at sign-in; asking again would tell nothing new, unless
    // the knowledge came from the profile's cache (the console may have been upgraded since).
    if (step.feature == Feature::V2Token && session()
        && session()->capabilities().knows(Feature::V2Token)
        && session()->capabilities().source() != ConsoleCapabilities::Source::Cached) {
        ConsoleCapabilities c = result();
        c.set(Feature::V2Token, session()->capabilities().has(Feature::V2Token));
        setResult(c);
        probeNext(index + 1);
        return;
    }
    Request req;
    req.path = QString::fromLatin1(step.path);
    req.query = QUrlQuery(QString::fromLatin1(step.query));
    if (step.feature == Feature::V2Token) {
        req.verb = "POST";
        req.contentType = "application/x-www-form-urlencoded";
        req.authenticated = false;
        req.tokenRequest = true;
    }
    send(req, [this, index, step](const Response &r) {
        ConsoleCapabilities c = result();
        if (r.error.kind() == ApiError::Kind::Cancelled)
            return fail(r.error);
        if (r.httpStatus == 404) {
            c.set(step.feature, false);
        } else if (r.httpStatus >= 200 && r.httpStatus < 500 && r.httpStatus != 401) {
            c.set(step.feature, true);
            if (step.feature == Feature::Apps && r.httpStatus == 200) {
                if (const auto ids = appsCarryClientIds(r.body))
                    c.set(Feature::AppClientIds, *ids);
            }
        } else {
            qCInfo(lcApi).noquote()
                    << "capability probe of" << step.path << "told nothing:" << r.error.logString();
        }
        setResult(c);
        probeNext(index + 1);
    });
}

} // namespace runai
