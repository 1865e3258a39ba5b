// SPDX-License-Identifier: MIT
#pragma once

#include "api/ClockSkew.h"
#include "api/ConnectionSettings.h"
#include "api/ConsoleCapabilities.h"
#include "core/ApiError.h"
#include "core/JwtClaims.h"
#include "core/TokenSet.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace runai {

class AuthNetworkAccessManager;
class ConnectionLanes;

// One signed-in connection to one console: its settings, who is signed in (an admin user by
// e-mail, or an application by client id) and that identity's token, in memory only.
//
// Renewal: a timer fires ahead of the token's expiry (expiresIn, else the JWT exp) and renews with
// the refresh token when there is one, else by repeating the grant with credentials it asks its
// owner for through the CredentialsProvider (the GUI reads them from the keychain). A console that
// refuses refresh_token as a grant type (OAuth2 code unsupported_grant_type: 3.0's
// /api/v2/token) is renewed by repeating the grant from then on. The session
// never keeps those credentials after the grant. A 401 on a GET also triggers one renewal (then
// the GET is replayed once).
//
// Single flight: one renewal at a time. Every request remembers which token it carried
// (tokenSerial()); a 401 for a token that has already been replaced does not renew again, the
// request simply goes again with the current token, and 401s that arrive while a renewal runs
// wait for it. Requests that failed because the session could not be renewed can ask to run
// again once it is back (retryWhenSessionIsBack(): GETs, never a change).
//
// Sign in through RunaiClient::signIn()/signInApplication(); they install the token here.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class IdentityKind { None, User, Application };
    // How the current token was obtained, so renewal repeats the same grant.
    enum class Grant { None, Password, ClientCredentials, AppToken };
    // Which applications API the server has: /api/v1/service-accounts (2.24+) or /api/v1/apps.
    enum class ApplicationsApi { Unknown, ServiceAccounts, Apps };

    // `secret` empty means the owner declined (or the keychain failed): renewal then fails.
    using SecretCallback = std::function<void(SecretBytes secret)>;
    // Called with the identity (e-mail or client id) whose password/secret is needed.
    using CredentialsProvider = std::function<void(const QString &identity, SecretCallback reply)>;

    // How a renewal gets its new token. The session sends no calls itself (ApiJob and
    // RunaiClient sit above it): the sign-in that installs a token hands its grants over with it
    // (RunaiClient::renewalGrants()), so a renewal takes the same endpoints and fallbacks.
    class TokenGrants
    {
    public:
        struct Outcome
        {
            ApiError error; // isError() when the grant failed
            TokenSet tokens;
            Grant grantUsed = Grant::None; // which grant the server accepted, when it says
        };
        // Called once with the outcome, unless the session goes first (the request goes with
        // it: a renewal must not outlive its session unfinished).
        using Done = std::function<void(Outcome outcome)>;

        virtual ~TokenGrants() = default;
        // The refresh_token grant; clientId is set for an application identity.
        virtual void refresh(Session *session, const SecretBytes &refreshToken,
                             const QString &clientId, Done done) const = 0;
        // Repeats the grant the token came from with the saved password or secret: the password
        // grant for Grant::Password, else client_credentials (app_token on 2.18/2.19).
        virtual void repeat(Session *session, Grant grant, const QString &identity,
                            const SecretBytes &secret, const QString &appName, Done done) const = 0;
    };

    explicit Session(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // Applies new TLS / proxy / timeout settings to future requests.
    void setSettings(const ConnectionSettings &settings);
    QUrl baseUrl() const { return m_settings.baseUrl; }

    bool isSignedIn() const { return !m_tokens.isEmpty(); }
    IdentityKind identityKind() const { return m_identityKind; }
    QString identity() const { return m_identity; } // e-mail or client id; empty when signed out
    QString applicationName() const { return m_appName; } // for Application identities
    Grant grant() const { return m_grant; }
    QDateTime tokenExpiresAt() const { return m_expiresAt; }
    // The decoded claims of the access token (empty when signed out or not a JWT).
    JwtClaims claims() const;
    // The raw access token, a secret, as a QString copy: only for an explicit "copy token"
    // action (the caller drops the copy; SecretBytes::wipeOwned() if it can).
    QString revealAccessToken() const { return m_tokens.accessToken.revealAsQString(); }
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    // Which endpoint and grant issued the current token: "POST /api/v2/token · password".
    QString tokenIssuer() const { return m_tokens.issuer(); }

    void setCredentialsProvider(CredentialsProvider provider) { m_provider = std::move(provider); }

    // Derived from capabilities(): service accounts when the console has them, else apps.
    ApplicationsApi applicationsApi() const;
    // Records what a call learnt (a 404 from service-accounts, a 2xx from apps).
    void setApplicationsApi(ApplicationsApi api);
    // The access-rule subjectType for applications on this server: "service-account" on 2.24+,
    // "app" before.
    QString applicationSubjectType() const;

    // What the console offers (see ConsoleCapabilities); survives sign-out, as it describes the
    // console, not the identity. A pinned set (from the profile) is never overwritten by a
    // probe or by what a call learns.
    const ConsoleCapabilities &capabilities() const { return m_capabilities; }
    void setCapabilities(const ConsoleCapabilities &capabilities);
    // One feature learnt from a call's HTTP status (e.g. /api/v2/token answered 404).
    void learn(ConsoleCapabilities::Feature feature, bool present);

    // Renews now (e.g. a "renew" button); the outcome arrives as tokenRenewed/renewalFailed.
    void renewNow();
    // Forgets the token (and the apps API guess stays, it describes the server).
    void signOut();

    QNetworkAccessManager *networkAccessManager() const;
    // The manager a request goes through: the one above while it has a connection free, else an
    // extra connection lane (ConnectionLanes), so bulk work can keep more than 6 in flight.
    QNetworkAccessManager *networkAccessManagerForRequest();
    // The console's clock against ours, from its answers' Date headers (ApiJob feeds it).
    ClockSkew &clockSkew() { return m_clockSkew; }
    const ClockSkew &clockSkew() const { return m_clockSkew; }
    // False while the system CA list is still being read on a worker thread (only when a CA
    // bundle is configured); HTTPS requests wait for trustStoreReady() meanwhile.
    bool isTrustStoreReady() const { return m_trustStoreReady; }

    // ---- Used by app/api only ----
    // `grants` renew this token (see TokenGrants).
    void installToken(TokenSet tokens, IdentityKind kind, const QString &identity, Grant grant,
                      std::shared_ptr<const TokenGrants> grants, const QString &appName = {});
    // Bumps whenever the access token changes (sign-in, renewal): what a request carried.
    quint64 tokenSerial() const { return m_tokenSerial; }
    // A request sent with token `refusedSerial` got a 401. Renews once (or joins the renewal
    // under way, or, when that token was replaced already, renews nothing) and calls `done` with
    // None (go again with the current token) or the failure.
    void renewForRetry(quint64 refusedSerial, std::function<void(const ApiError &)> done);
    // The same for a change (POST/PATCH/DELETE) that got a 401: it is never repeated, but the
    // token is renewed (unless already replaced) so that trying again works.
    void renewRefusedToken(quint64 refusedSerial);
    // Runs `retry` once, when the session has a token again after a failed renewal (a "Sign in
    // again" or a later renewal that works), unless `context` is gone or the session ends first.
    // For reads (list loads) that failed for the lack of a session; never for a change. Returns
    // false (and keeps nothing) when no renewal failed, i.e. there is nothing to wait for. One
    // retry per context: a later call replaces the earlier one.
    bool retryWhenSessionIsBack(QObject *context, std::function<void()> retry);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void tokenRenewed();
    void renewalFailed(const runai::ApiError &error);
    void identityChanged();
    void settingsChanged();
    void trustStoreReady();
    void capabilitiesChanged();
    // An extra connection lane was opened: answer its proxy challenges as networkAccessManager()'s.
    void connectionLaneOpened(QNetworkAccessManager *lane);

private:
    void applySettings();
    void applyProxy(QNetworkAccessManager *nam) const;
    void loadSystemTrustStore();
    void scheduleRenewal();
    void startRenewal();
    void renewWithCredentials(const ApiError &refreshError);
    void renewalDone(const ApiError &error);
    void renewedByRefresh(TokenGrants::Outcome outcome);
    void renewedByGrant(TokenGrants::Outcome outcome);
    void tokenChanged();
    void runRetriesAfterLapse();

    ConnectionSettings m_settings;
    AuthNetworkAccessManager *m_nam = nullptr;
    ConnectionLanes *m_lanes = nullptr;
    TokenSet m_tokens;
    QDateTime m_expiresAt;
    IdentityKind m_identityKind = IdentityKind::None;
    QString m_identity;
    QString m_appName;
    Grant m_grant = Grant::None;
    ConsoleCapabilities m_capabilities;
    ClockSkew m_clockSkew;
    // The v2 endpoint refused refresh_token as a grant type (3.0): renew by repeating the grant.
    bool m_refreshGrantRefused = false;
    CredentialsProvider m_provider;
    std::shared_ptr<const TokenGrants> m_grants;
    QTimer m_renewTimer;
    bool m_renewing = false;
    bool m_trustStoreReady = true;
    bool m_trustStoreLoading = false;
    quint64 m_generation = 0; // bumps on sign-in/out so stale renewals are ignored
    QList<std::function<void(const ApiError &)>> m_renewWaiters;
    quint64 m_tokenSerial = 0;
    // The last renewal failed and no token replaced it yet: reads wait in m_retriesAfterLapse.
    bool m_lapsed = false;
    struct RetryAfterLapse
    {
        QPointer<QObject> context;
        std::function<void()> retry;
    };
    QList<RetryAfterLapse> m_retriesAfterLapse;
};

} // namespace runai
