// SPDX-License-Identifier: MIT
#include "api/ConsoleCapabilities.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ApiJson.h"
#include "core/LogCategories.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

using Feature = ConsoleCapabilities::Feature;
using Generation = ConsoleCapabilities::Generation;

// Settings keys, in Feature order. Never rename one: profiles cache them.
constexpr std::array<const char *, ConsoleCapabilities::FeatureCount> FeatureKeys{
        "v2token", "serviceAccounts", "apps",       "appClientIds", "v1roles",
        "v2roles", "accessKeys",      "usersCount", "userNames"};

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

bool ConsoleCapabilities::isEmpty() const
{
    for (Presence p : m_presence) {
        if (p != Presence::Unknown)
            return false;
    }
    return true;
}

ConsoleCapabilities::Generation ConsoleCapabilities::generation() const
{
    if (has(Feature::V2Roles) || (lacks(Feature::Apps) && lacks(Feature::V1Roles)))
        return Generation::V300;
    if (has(Feature::V2Token) || has(Feature::ServiceAccounts))
        return Generation::V224;
    // Listed applications with or without client IDs decide; else the users count (2.20).
    if (knows(Feature::AppClientIds))
        return has(Feature::AppClientIds) ? Generation::V220 : Generation::V218;
    if (has(Feature::UsersCount))
        return Generation::V220;
    if (lacks(Feature::UsersCount) || has(Feature::Apps))
        return Generation::V218;
    return Generation::Unknown;
}

ConsoleCapabilities ConsoleCapabilities::forGeneration(Generation g)
{
    ConsoleCapabilities c;
    if (g == Generation::Unknown)
        return c;
    const bool from220 = g != Generation::V218;
    const bool from224 = g == Generation::V224 || g == Generation::V300;
    const bool is300 = g == Generation::V300;
    c.set(Feature::V2Token, from224);
    c.set(Feature::ServiceAccounts, from224);
    c.set(Feature::Apps, !is300);
    c.set(Feature::AppClientIds, from220);
    c.set(Feature::V1Roles, !is300);
    c.set(Feature::V2Roles, is300);
    c.set(Feature::AccessKeys, from224);
    c.set(Feature::UsersCount, from220);
    c.set(Feature::UserNames, is300);
    return c;
}

QString ConsoleCapabilities::generationName(Generation g)
{
    switch (g) {
    case Generation::V218:
        return u"2.18–2.19"_s;
    case Generation::V220:
        return u"2.20–2.23"_s;
    case Generation::V224:
        return u"2.24–2.26"_s;
    case Generation::V300:
        return u"3.0"_s;
    case Generation::Unknown:
        break;
    }
    return {};
}

QString ConsoleCapabilities::generationKey(Generation g)
{
    switch (g) {
    case Generation::V218:
        return u"2.18"_s;
    case Generation::V220:
        return u"2.20"_s;
    case Generation::V224:
        return u"2.24"_s;
    case Generation::V300:
        return u"3.0"_s;
    case Generation::Unknown:
        break;
    }
    return {};
}

ConsoleCapabilities::Generation ConsoleCapabilities::generationFromKey(const QString &key)
{
    for (Generation g : {Generation::V218, Generation::V220, Generation::V224, Generation::V300}) {
        if (key == generationKey(g))
            return g;
    }
    return Generation::Unknown;
}

QString ConsoleCapabilities::summary() const
{
    const Generation g = generation();
    if (g == Generation::Unknown)
        return tr("Run:ai API generation not detected yet");
    QStringList parts;
    if (has(Feature::ServiceAccounts))
        parts << tr("service accounts");
    if (has(Feature::Apps))
        parts << (has(Feature::AppClientIds) ? tr("applications with client IDs")
                                             : tr("applications (app tokens)"));
    if (has(Feature::AccessKeys))
        parts << tr("access keys");
    if (has(Feature::V2Token))
        parts << tr("OAuth2 tokens");
    QString text = parts.isEmpty()
                           ? tr("Run:ai %1 API").arg(generationName(g))
                           : tr("Run:ai %1 API: %2").arg(generationName(g), parts.join(u", "_s));
    if (m_source == Source::Pinned)
        text += u' ' + tr("(pinned in the profile)");
    return text;
}

QString ConsoleCapabilities::toSettingsString() const
{
    QStringList parts;
    for (int i = 0; i < FeatureCount; ++i) {
        if (m_presence[size_t(i)] != Presence::Unknown)
            parts << u"%1=%2"_s.arg(QLatin1StringView(FeatureKeys[size_t(i)]))
                             .arg(m_presence[size_t(i)] == Presence::Present ? 1 : 0);
    }
    return parts.join(u',');
}

ConsoleCapabilities ConsoleCapabilities::fromSettingsString(const QString &text)
{
    ConsoleCapabilities c;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        for (int i = 0; i < FeatureCount; ++i) {
            if (key == QLatin1StringView(FeatureKeys[size_t(i)])
                && (value == u"1"_s || value == u"0"_s))
                c.set(Feature(i), value == u"1"_s);
        }
    }
    if (!c.isEmpty())
        c.setSource(Source::Cached);
    return c;
}

// ------------------------------------------------------------------------------------ probe

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
