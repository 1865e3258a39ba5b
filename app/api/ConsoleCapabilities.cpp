// SPDX-License-Identifier: MIT
#include "api/ConsoleCapabilities.h"

using namespace Qt::StringLiterals;

namespace runai {

namespace {

using Feature = ConsoleCapabilities::Feature;
using Generation = ConsoleCapabilities::Generation;

// Settings keys, in Feature order. Never rename one: profiles cache them.
constexpr std::array<const char *, ConsoleCapabilities::FeatureCount> FeatureKeys{
        "v2token", "serviceAccounts", "apps",       "appClientIds", "v1roles",
        "v2roles", "accessKeys",      "usersCount", "userNames"};

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

} // namespace runai
