// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <array>

namespace runai {

// What one console offers, learnt by probing its endpoints (Run:ai has no version endpoint), or
// pinned by the user in the profile. Each feature is unknown until learnt: the client never
// guesses from the wording of an error, only from HTTP status codes (404 = absent).
//
// The generations the program tells apart (runai-api.md sections 1-4 and 9):
//   2.18-2.19  /api/v1/apps without client IDs (app_token grant), no /users/count
//   2.20-2.23  apps with client IDs (client_credentials), /users/count
//   2.24-2.26  service accounts, OAuth2 /api/v2/token, access keys (apps deprecated)
//   3.0        no apps, no v1 roles: /api/v2/authorization/roles, users with names
class ConsoleCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(runai::ConsoleCapabilities)
public:
    enum class Feature {
        V2Token, // POST /api/v2/token (form-encoded OAuth2)
        ServiceAccounts, // /api/v1/service-accounts
        Apps, // /api/v1/apps
        AppClientIds, // applications carry a clientId (client_credentials on v1)
        V1Roles, // /api/v1/authorization/roles
        V2Roles, // /api/v2/authorization/roles (paged)
        AccessKeys, // /api/v1/access-keys
        UsersCount, // /api/v1/users/count
        UserNames, // users carry firstName/lastName (/api/v1/users-minimal exists)
    };
    static constexpr int FeatureCount = int(Feature::UserNames) + 1;
    enum class Presence : quint8 { Unknown, Present, Absent };
    enum class Generation { Unknown, V218, V220, V224, V300 };
    // Where the knowledge came from; a pin is never replaced by a probe.
    enum class Source { None, Learnt, Cached, Probed, Pinned };

    Presence presence(Feature f) const { return m_presence[size_t(f)]; }
    bool has(Feature f) const { return presence(f) == Presence::Present; }
    bool lacks(Feature f) const { return presence(f) == Presence::Absent; }
    bool knows(Feature f) const { return presence(f) != Presence::Unknown; }
    void set(Feature f, bool present)
    {
        m_presence[size_t(f)] = present ? Presence::Present : Presence::Absent;
    }
    bool isEmpty() const; // nothing known
    Source source() const { return m_source; }
    void setSource(Source s) { m_source = s; }

    // The best matching generation (Unknown when too little is known).
    Generation generation() const;
    // Everything a generation offers, as its documentation says (a pin or a fixture).
    static ConsoleCapabilities forGeneration(Generation g);

    // "2.18–2.19", "2.20–2.23", "2.24–2.26", "3.0"; empty for Unknown.
    static QString generationName(Generation g);
    // Stable identifiers for settings: "2.18", "2.20", "2.24", "3.0"; "" = Unknown (detect).
    static QString generationKey(Generation g);
    static Generation generationFromKey(const QString &key);

    // One translated line, e.g. "Run:ai 3.0 API: service accounts, access keys, OAuth2 tokens".
    QString summary() const;

    // Compact, secret-free text for the per-profile cache ("v2token=1,apps=0,..."), and back.
    QString toSettingsString() const;
    static ConsoleCapabilities fromSettingsString(const QString &text);

    bool operator==(const ConsoleCapabilities &) const = default;
    // (The probe itself is CapabilitiesProbeJob.)

private:
    std::array<Presence, FeatureCount> m_presence{};
    Source m_source = Source::None;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::ConsoleCapabilities)
