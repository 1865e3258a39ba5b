// SPDX-License-Identifier: MIT
#include "sandbox/SandboxServer.h"

#include "core/LogCategories.h"
#include "sandbox/HttpFrontend.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SecretHasher.h"
#include "sandbox/TokenIssuer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {
// Changes come in bursts (a benchmark creates a thousand users); write once per burst.
constexpr auto saveDelay = std::chrono::milliseconds(500);

SandboxOptions normalised(SandboxOptions options)
{
    if (options.serviceAccountsOnly && apiLevelFor(options.apiVersion) < 224)
        options.apiVersion = u"2.24"_s;
    return options;
}
} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(normalised(std::move(options)))
    , m_store(std::make_unique<SandboxStore>())
    , m_tokens(std::make_unique<TokenIssuer>(m_options.tokenLifetimeSeconds))
{
    m_api = std::make_unique<SandboxApi>(
            ApiContext{m_options, apiLevelFor(m_options.apiVersion), *m_store, *m_tokens});
    m_frontend = new HttpFrontend(
            m_faults,
            [this](const ApiRequest &request) {
                ApiResponse response = m_api->handle(request);
                if (m_observer)
                    m_observer(request, response);
                return response;
            },
            m_options.limits, this);
    connect(m_store.get(), &SandboxStore::changed, this, &SandboxServer::scheduleSave);
}

SandboxServer::~SandboxServer()
{
    if (m_dirty)
        saveState();
    if (m_clockOffsetSet)
        SandboxClock::offsetMs = 0;
    // The frontend calls into m_api and m_faults: it goes before they do.
    delete m_frontend;
    m_frontend = nullptr;
}

bool SandboxServer::start()
{
    if (m_port != 0)
        return true;
    if (apiLevelFor(m_options.apiVersion) == 0) {
        m_errorString = u"Unsupported API version %1 (use 2.18 to 2.26 or 3.0)"_s.arg(
                m_options.apiVersion);
        return false;
    }
    if (m_options.adminEmail.isEmpty() || m_options.adminPassword.isEmpty()) {
        m_errorString = u"The administrator needs an email and a password"_s;
        return false;
    }
    const bool tls = !m_options.tlsCertificate.isNull() || !m_options.tlsKey.isNull();
    if (tls && (m_options.tlsCertificate.isNull() || m_options.tlsKey.isNull())) {
        m_errorString = u"HTTPS needs both a certificate and its private key"_s;
        return false;
    }
    // Anyone who can reach a non-loopback address could sign in with the published default.
    if (!m_options.bindAddress.isLoopback()
        && m_options.adminPassword == SandboxOptions::defaultAdminPassword) {
        m_errorString = u"Refusing to listen on %1 with the default administrator password: "
                        "anyone who can reach that address could sign in as the administrator. "
                        "Set another password (--admin-password or "
                        "RUNAI_SANDBOX_ADMIN_PASSWORD), or listen on 127.0.0.1."_s.arg(
                                m_options.bindAddress.toString());
        return false;
    }
    if (!m_options.stateFile.isEmpty() && QFile::exists(m_options.stateFile)) {
        QFile file(m_options.stateFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_errorString = u"Cannot read state file %1: %2"_s.arg(m_options.stateFile,
                                                                   file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.errorString();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()
            || !m_store->fromJson(doc.object(), &error)) {
            m_errorString = u"State file %1 is not usable: %2"_s.arg(m_options.stateFile, error);
            return false;
        }
    }
    m_store->ensureAdmin(m_options.adminEmail, m_options.adminPassword);
    if (apiLevelFor(m_options.apiVersion) >= 300)
        m_store->ensureAllAuthenticatedUsersRule();

    QTcpServer *listener = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer(m_frontend);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_options.tlsCertificate);
        config.setPrivateKey(m_options.tlsKey);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        sslServer->setSslConfiguration(config);
        // A client that stalls its handshake holds a socket as long as a slow header would.
        sslServer->setHandshakeTimeout(int(m_options.limits.headerTimeout.count()));
        listener = sslServer;
    } else {
        listener = new QTcpServer(m_frontend);
    }
    if (!listener->listen(m_options.bindAddress, m_options.port)) {
        m_errorString = u"Cannot listen on %1:%2: %3"_s.arg(m_options.bindAddress.toString())
                                .arg(m_options.port)
                                .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_frontend->bind(listener);
    m_port = listener->serverPort();

    // The address really listened on: a wildcard bind is reachable from other machines and the
    // URL says so (http://0.0.0.0:PORT still works as a URL on this machine).
    const QHostAddress shown = listener->serverAddress();
    m_baseUrl.setScheme(tls ? u"https"_s : u"http"_s);
    // Certificates name "localhost"; an IP literal would fail host name verification.
    m_baseUrl.setHost(tls && shown.isLoopback() ? u"localhost"_s : shown.toString());
    m_baseUrl.setPort(m_port);
    m_tokens->setIssuer(m_baseUrl.toString());
    qCInfo(lcSandbox) << "listening on" << m_baseUrl.toString() << "API" << m_options.apiVersion
                      << (m_options.serviceAccountsOnly ? "(service accounts only)" : "");
    return true;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

QUrl SandboxServer::baseUrl() const
{
    return m_baseUrl;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

const SandboxOptions &SandboxServer::options() const
{
    return m_options;
}

void SandboxServer::recordIssuedTokens()
{
    m_tokens->recordIssued();
}

QList<QByteArray> SandboxServer::issuedTokens() const
{
    return m_tokens->issued();
}

FaultInjector &SandboxServer::faults()
{
    return m_faults;
}

bool SandboxServer::saveState()
{
    m_dirty = false;
    if (m_options.stateFile.isEmpty())
        return true;
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write state file" << m_options.stateFile
                             << file.errorString();
        return false;
    }
    // Owner-only: the file holds salted hashes, still nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_store->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcSandbox) << "cannot write state file" << m_options.stateFile
                             << file.errorString();
        return false;
    }
    return true;
}

int SandboxServer::seedUsers(int count, const QString &emailTemplate)
{
    int added = 0;
    for (int i = 1; i <= count; ++i) {
        const QString email = emailTemplate.arg(i);
        if (m_store->userByName(email))
            continue;
        // Nobody knows this password; a reset gives the user a usable one.
        m_store->addUser(email, u"system"_s, generateSecret(24));
        ++added;
    }
    return added;
}

void SandboxServer::setClockOffset(std::chrono::milliseconds offset)
{
    SandboxClock::offsetMs = offset.count();
    m_clockOffsetSet = true;
}

QString SandboxServer::seedApplication(const QString &name, const QString &createdBy,
                                       const QDateTime &createdAt)
{
    if (m_store->appByName(name))
        return {};
    const QString secret = generateSecret(24);
    AppRecord &app = m_store->addApp(name, createdBy, secret);
    app.createdAt = app.updatedAt = createdAt.toUTC().toString(Qt::ISODateWithMs);
    return secret;
}

QString SandboxServer::seedUser(const QString &email, const QString &createdBy,
                                const QDateTime &createdAt)
{
    if (m_store->userByName(email))
        return {};
    const QString password = generateSecret(24);
    UserRecord &user = m_store->addUser(email, createdBy, password);
    user.createdAt = user.updatedAt = createdAt.toUTC().toString(Qt::ISODateWithMs);
    return password;
}

SandboxServer::SeededAccessKey SandboxServer::seedAccessKey(const QString &ownerEmail,
                                                            const QString &name,
                                                            const QDateTime &createdAt)
{
    const UserRecord *owner = m_store->userByName(ownerEmail);
    if (!owner)
        return {};
    for (const AccessKeyRecord &key : m_store->accessKeys()) {
        if (key.ownerId == owner->id && key.name == name)
            return {};
    }
    const QString secret = generateSecret(32);
    AccessKeyRecord &key = m_store->addAccessKey(*owner, name, secret);
    key.createdAt = createdAt.toUTC().toString(Qt::ISODateWithMs);
    return {key.clientId, secret};
}

void SandboxServer::setExchangeObserver(ExchangeObserver observer)
{
    m_observer = std::move(observer);
}

void SandboxServer::scheduleSave()
{
    m_dirty = true;
    if (m_options.stateFile.isEmpty() || m_saveScheduled)
        return;
    m_saveScheduled = true;
    QTimer::singleShot(saveDelay, this, [this] {
        m_saveScheduled = false;
        if (m_dirty)
            saveState();
    });
}

} // namespace runai::sandbox
