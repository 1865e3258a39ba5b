// SPDX-License-Identifier: MIT
#include "api/Session.h"

#include "api/AuthNetworkAccessManager.h"
#include "api/ConnectionLanes.h"
#include "core/LogCategories.h"

#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

// Follows the desktop's proxy settings per request (QNetworkProxyFactory::systemProxyForQuery
// reads the environment, GNOME/KDE settings or PAC on other platforms), without touching the
// application-wide factory that other code may rely on.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

Session::Session(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(new AuthNetworkAccessManager(this))
{
    m_lanes = new ConnectionLanes(
            m_nam,
            [this](AuthNetworkAccessManager *lane) {
                lane->setSslConfiguration(m_nam->sslConfiguration());
                applyProxy(lane);
            },
            this);
    connect(m_lanes, &ConnectionLanes::laneOpened, this, &Session::connectionLaneOpened);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &Session::startRenewal);
    applySettings();
}

Session::~Session()
{
    m_nam->clearAccessToken();
}

void Session::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    applySettings();
    // Kept-alive connections were verified against the old trust store and proxy: drop them so
    // the new settings apply to the very next request.
    m_nam->clearConnectionCache();
    m_lanes->reconfigure(true);
    Q_EMIT settingsChanged();
    if (m_trustStoreReady)
        Q_EMIT trustStoreReady(); // releases requests that waited under the previous settings
}

namespace {

// The system CA list, read once per process. Reading it parses every certificate under
// /etc/ssl/certs (about a second on a loaded machine), so it happens on a worker thread.
QMutex systemCasMutex;
std::optional<QList<QSslCertificate>> systemCas;

std::optional<QList<QSslCertificate>> cachedSystemCas()
{
    QMutexLocker lock(&systemCasMutex);
    return systemCas;
}

} // namespace

void Session::applySettings()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Verification is never turned off; the console's CAs are added to the system ones.
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, "http/1.1"});
    m_trustStoreReady = true;
    if (!m_settings.caBundlePem.isEmpty()) {
        const auto cas = ConnectionSettings::parseCaBundle(m_settings.caBundlePem);
        if (!cas.ok()) {
            qCWarning(lcApiTls) << "ignoring the console's CA bundle:" << cas.error();
        } else if (const auto system = cachedSystemCas()) {
            // On Linux the default configuration holds no CAs: OpenSSL loads the system ones on
            // demand, and adding any certificate switches that off. So the system store is read
            // explicitly and the console's CAs are appended: added to, never instead of.
            ssl.setCaCertificates(*system + cas.value());
            qCInfo(lcApiTls) << "trusting" << cas.value().size() << "extra CA certificate(s) for"
                             << m_settings.baseUrl.host();
        } else {
            // HTTPS requests wait for trustStoreReady() rather than run with a partial store.
            m_trustStoreReady = false;
            loadSystemTrustStore();
        }
    }
    m_nam->setSslConfiguration(ssl);
    applyProxy(m_nam);
    if (m_lanes)
        m_lanes->reconfigure(false);
}

void Session::applyProxy(QNetworkAccessManager *nam) const
{
    switch (m_settings.proxyMode) {
    case ConnectionSettings::ProxyMode::System:
        nam->setProxyFactory(new SystemProxyFactory);
        break;
    case ConnectionSettings::ProxyMode::None:
        nam->setProxyFactory(nullptr);
        nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ConnectionSettings::ProxyMode::Manual:
        nam->setProxyFactory(nullptr);
        nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxyHost,
                                    m_settings.proxyPort));
        break;
    }
}

void Session::loadSystemTrustStore()
{
    if (m_trustStoreLoading)
        return;
    m_trustStoreLoading = true;
    // Not parented to the session: a QThread must outlive its run, even if the session does not.
    QThread *thread = QThread::create([] {
        auto cas = QSslConfiguration::systemCaCertificates();
        QMutexLocker lock(&systemCasMutex);
        if (!systemCas)
            systemCas = std::move(cas);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this] {
        m_trustStoreLoading = false;
        applySettings();
        if (m_trustStoreReady)
            Q_EMIT trustStoreReady();
    });
    thread->start();
}

QNetworkAccessManager *Session::networkAccessManager() const
{
    return m_nam;
}

QNetworkAccessManager *Session::networkAccessManagerForRequest()
{
    return m_lanes->pick();
}

JwtClaims Session::claims() const
{
    const auto c = JwtClaims::decode(m_tokens.accessToken);
    return c.ok() ? c.value() : JwtClaims{};
}

QString Session::applicationSubjectType() const
{
    return applicationsApi() == ApplicationsApi::ServiceAccounts ? u"service-account"_s : u"app"_s;
}

Session::ApplicationsApi Session::applicationsApi() const
{
    using F = ConsoleCapabilities::Feature;
    if (m_capabilities.has(F::ServiceAccounts))
        return ApplicationsApi::ServiceAccounts;
    if (m_capabilities.lacks(F::ServiceAccounts) && !m_capabilities.lacks(F::Apps))
        return ApplicationsApi::Apps;
    return ApplicationsApi::Unknown;
}

void Session::setApplicationsApi(ApplicationsApi api)
{
    using F = ConsoleCapabilities::Feature;
    if (api == ApplicationsApi::ServiceAccounts) {
        learn(F::ServiceAccounts, true);
    } else if (api == ApplicationsApi::Apps) {
        learn(F::ServiceAccounts, false);
        learn(F::Apps, true);
    }
}

void Session::setCapabilities(const ConsoleCapabilities &capabilities)
{
    if (m_capabilities.source() == ConsoleCapabilities::Source::Pinned
        && capabilities.source() != ConsoleCapabilities::Source::Pinned)
        return;
    if (capabilities == m_capabilities)
        return;
    m_capabilities = capabilities;
    qCInfo(lcSession).noquote() << "console:" << m_capabilities.summary();
    Q_EMIT capabilitiesChanged();
}

void Session::learn(ConsoleCapabilities::Feature feature, bool present)
{
    if (m_capabilities.source() == ConsoleCapabilities::Source::Pinned)
        return;
    const auto before = m_capabilities.presence(feature);
    m_capabilities.set(feature, present);
    if (m_capabilities.presence(feature) == before)
        return;
    if (m_capabilities.source() == ConsoleCapabilities::Source::None)
        m_capabilities.setSource(ConsoleCapabilities::Source::Learnt);
    Q_EMIT capabilitiesChanged();
}

void Session::installToken(TokenSet tokens, IdentityKind kind, const QString &identity, Grant grant,
                           std::shared_ptr<const TokenGrants> grants, const QString &appName)
{
    const bool identityChanges = kind != m_identityKind || identity != m_identity;
    ++m_generation;
    m_tokens = std::move(tokens);
    m_grants = std::move(grants);
    m_identityKind = kind;
    m_identity = identity;
    m_grant = grant;
    m_appName = appName;
    tokenChanged();
    qCInfo(lcSession).noquote() << "signed in as" << identity << "token expires"
                                << (m_expiresAt.isValid() ? m_expiresAt.toString(Qt::ISODate)
                                                          : u"(unknown)"_s);
    scheduleRenewal();
    if (identityChanges)
        Q_EMIT identityChanged();
    Q_EMIT signedIn();
    // A renewal still under way (its answer is stale now: the generation moved on) must not
    // hold its waiters forever: they go again with the new token.
    m_renewing = false;
    const auto waiters = std::exchange(m_renewWaiters, {});
    for (const auto &w : waiters)
        w({});
    if (identityChanges)
        m_retriesAfterLapse.clear(); // someone else's reads
    runRetriesAfterLapse();
}

void Session::tokenChanged()
{
    ++m_tokenSerial;
    m_nam->setAccessToken(m_tokens.accessToken);
    m_expiresAt = m_tokens.expiresAt();
}

bool Session::retryWhenSessionIsBack(QObject *context, std::function<void()> retry)
{
    if (!m_lapsed || !context)
        return false;
    m_retriesAfterLapse.removeIf(
            [context](const RetryAfterLapse &r) { return r.context == context || !r.context; });
    m_retriesAfterLapse.append({context, std::move(retry)});
    return true;
}

void Session::runRetriesAfterLapse()
{
    m_lapsed = false;
    const auto retries = std::exchange(m_retriesAfterLapse, {});
    if (!retries.isEmpty())
        qCInfo(lcSession) << "the session is back: retrying" << retries.size() << "read(s)";
    for (const auto &r : retries) {
        if (r.context)
            r.retry();
    }
}

void Session::signOut()
{
    if (!isSignedIn() && m_identityKind == IdentityKind::None)
        return;
    ++m_generation;
    m_renewTimer.stop();
    m_tokens = {};
    m_expiresAt = {};
    m_nam->clearAccessToken();
    m_identityKind = IdentityKind::None;
    m_identity.clear();
    m_appName.clear();
    m_grant = Grant::None;
    m_renewing = false;
    m_lapsed = false;
    m_retriesAfterLapse.clear();
    const auto waiters = std::exchange(m_renewWaiters, {});
    for (const auto &w : waiters)
        w(ApiError(ApiError::Kind::Cancelled, u"signed out"_s));
    qCInfo(lcSession) << "signed out";
    Q_EMIT identityChanged();
    Q_EMIT signedOut();
}

void Session::scheduleRenewal()
{
    m_renewTimer.stop();
    if (!m_expiresAt.isValid())
        return; // no known expiry: renewal happens on the first 401
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 lifetimeMs = std::max<qint64>(0, m_tokens.obtainedAt.isValid()
                                                          ? m_tokens.obtainedAt.msecsTo(m_expiresAt)
                                                          : now.msecsTo(m_expiresAt));
    // Renew a margin ahead of expiry; for short-lived tokens at most a fifth of the lifetime early,
    // so a 10 s token is not renewed continuously.
    const qint64 marginMs = std::min<qint64>(qint64(m_settings.renewalMargin.count()) * 1000,
                                             lifetimeMs / 5);
    const qint64 delayMs = std::max<qint64>(0, now.msecsTo(m_expiresAt) - marginMs);
    qCDebug(lcSession) << "renewal scheduled in" << delayMs << "ms";
    m_renewTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void Session::renewNow()
{
    startRenewal();
}

void Session::renewForRetry(quint64 refusedSerial, std::function<void(const ApiError &)> done)
{
    if (refusedSerial != m_tokenSerial && isSignedIn() && !m_renewing) {
        // Sent before the last renewal ended: the refused token is gone already.
        qCInfo(lcSession) << "the refused token was already renewed; no second renewal";
        done({});
        return;
    }
    m_renewWaiters.append(std::move(done));
    startRenewal();
}

void Session::renewRefusedToken(quint64 refusedSerial)
{
    if (refusedSerial != m_tokenSerial && isSignedIn())
        return; // renewed (or being renewed) already
    startRenewal();
}

void Session::startRenewal()
{
    if (m_renewing)
        return;
    if (!isSignedIn()) {
        renewalDone(ApiError(ApiError::Kind::Unauthorized, u"not signed in"_s));
        return;
    }
    if (!m_grants) { // installToken() is always given them; without, nothing can renew
        renewalDone(ApiError(ApiError::Kind::Unauthorized, u"no token grants to renew with"_s));
        return;
    }
    m_renewing = true;
    qCInfo(lcSession) << "renewing the token for" << m_identity;
    if (m_tokens.refreshToken.isEmpty() || m_refreshGrantRefused) {
        renewWithCredentials({});
        return;
    }
    const quint64 generation = m_generation;
    const QString clientId = m_identityKind == IdentityKind::Application ? m_identity : QString();
    m_grants->refresh(this, m_tokens.refreshToken, clientId,
                      [this, generation](TokenGrants::Outcome outcome) {
                          if (generation == m_generation)
                              renewedByRefresh(std::move(outcome));
                      });
}

void Session::renewedByRefresh(TokenGrants::Outcome outcome)
{
    if (outcome.error.isError()) {
        // OAuth2's machine code (3.0 does not take refresh_token on /api/v2/token): the
        // next renewals go straight to repeating the grant.
        if (outcome.error.serverCode() == u"unsupported_grant_type"_s) {
            qCInfo(lcSession) << "the console does not renew with a refresh token";
            m_refreshGrantRefused = true;
        }
        qCInfo(lcSession) << "refresh token refused; repeating the grant instead";
        renewWithCredentials(outcome.error);
        return;
    }
    TokenSet t = std::move(outcome.tokens);
    if (t.refreshToken.isEmpty())
        t.refreshToken = std::move(m_tokens.refreshToken);
    m_tokens = std::move(t);
    renewalDone({});
}

void Session::renewWithCredentials(const ApiError &refreshError)
{
    if (!m_provider) {
        ApiError e = refreshError.isError()
                             ? refreshError
                             : ApiError(ApiError::Kind::Unauthorized,
                                        u"no refresh token and no credentials provider"_s);
        renewalDone(e);
        return;
    }
    // Issue 12, item 3 (plain http://): a saved password or secret is never repeated silently
    // over a connection that is not encrypted to a remote host. Renewal fails instead, so the
    // owner asks the user (the re-auth dialog), who decides to type it.
    if (m_settings.travelsInClear()) {
        qCInfo(lcSession) << "not repeating the grant unencrypted; asking the user";
        renewalDone(ApiError(ApiError::Kind::Unauthorized,
                             u"renewal would resend a saved secret over plain http://"_s));
        return;
    }
    const quint64 generation = m_generation;
    QPointer<Session> self(this);
    m_provider(m_identity, [self, generation](SecretBytes secret) {
        if (!self || generation != self->m_generation || !self->m_renewing)
            return;
        if (secret.isEmpty()) {
            self->renewalDone(ApiError(ApiError::Kind::Unauthorized,
                                       u"the credentials for renewal were not available"_s));
            return;
        }
        self->m_grants->repeat(self, self->m_grant, self->m_identity, secret, self->m_appName,
                               [self, generation](TokenGrants::Outcome outcome) {
                                   if (self && generation == self->m_generation)
                                       self->renewedByGrant(std::move(outcome));
                               });
    });
}

void Session::renewedByGrant(TokenGrants::Outcome outcome)
{
    if (outcome.error.isError()) {
        renewalDone(outcome.error);
        return;
    }
    m_tokens = std::move(outcome.tokens);
    if (outcome.grantUsed != Grant::None)
        m_grant = outcome.grantUsed;
    renewalDone({});
}

void Session::renewalDone(const ApiError &error)
{
    m_renewing = false;
    if (!error.isError()) {
        tokenChanged();
        qCInfo(lcSession).noquote()
                << "token renewed; expires"
                << (m_expiresAt.isValid() ? m_expiresAt.toString(Qt::ISODate) : u"(unknown)"_s);
        scheduleRenewal();
        Q_EMIT tokenRenewed();
    } else {
        qCWarning(lcSession).noquote() << "token renewal failed:" << error.logString();
        m_lapsed = true;
        Q_EMIT renewalFailed(error);
    }
    const auto waiters = std::exchange(m_renewWaiters, {});
    for (const auto &w : waiters)
        w(error);
    if (!error.isError())
        runRetriesAfterLapse();
}

} // namespace runai
