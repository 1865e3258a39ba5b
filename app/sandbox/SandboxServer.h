// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/SandboxOptions.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>

#include <functional>
#include <memory>

namespace runai::sandbox {

class HttpFrontend;
class SandboxApi;
class SandboxStore;
class TokenIssuer;

// A Run:ai-compatible control plane on loopback: tokens, applications / service accounts, users,
// roles and access rules, speaking the published REST contract over real HTTP(S). Used in-process
// by the tests and by `runai-access --sandbox`, and by the runai-sandbox executable.
// Everything runs on the thread that owns the object; no call blocks.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(); // listens; false and errorString() on failure
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, or https://localhost:PORT with TLS
    quint16 port() const;
    const SandboxOptions &options() const;
    FaultInjector &faults();

    // Writes the state file now (atomically) if one is configured. Changes are also saved shortly
    // after they happen and when the server is destroyed.
    bool saveState();

    // Adds `count` local users at once, without HTTP, for benchmarks that need a big directory
    // (e.g. 100,000 users to page through). Emails come from emailTemplate with %1 replaced by
    // 1, 2, ...; addresses that exist already are skipped. Their passwords are random and never
    // returned (reset one through the API to sign in as it). Returns how many were added.
    int seedUsers(int count, const QString &emailTemplate = QStringLiteral("user%1@example.com"));

    // Test-only: runs the console's clock (records' timestamps and the `Date` header) this far
    // ahead of (positive) or behind this machine's clock. Process-wide; reset by the destructor.
    void setClockOffset(std::chrono::milliseconds offset);
    // Test-only: an application / service account or a local user that someone else (`createdBy`)
    // made at `createdAt`, as the console's records would show it; returns its client secret /
    // password, or an empty string when the name is taken.
    QString seedApplication(const QString &name, const QString &createdBy,
                            const QDateTime &createdAt);
    QString seedUser(const QString &email, const QString &createdBy, const QDateTime &createdAt);
    // Test-only: an access key named `name` that the user `ownerEmail` made at `createdAt`;
    // returns its client ID and secret (the latter empty when the user is unknown or already has
    // a key of that name).
    struct SeededAccessKey
    {
        QString clientId;
        QString secret;
    };
    SeededAccessKey seedAccessKey(const QString &ownerEmail, const QString &name,
                                  const QDateTime &createdAt);

    // Called with every request the API answers and its answer, before the answer is written
    // (answers made up by the FaultInjector are not API answers and are not reported). The
    // contract test records the conversation with it. Empty function = no observer.
    using ExchangeObserver = std::function<void(const ApiRequest &, const ApiResponse &)>;
    void setExchangeObserver(ExchangeObserver observer);

    // Test seam for the no-plaintext proof: keep every token issued from now on (see
    // TokenIssuer::recordIssued), and hand them out.
    void recordIssuedTokens();
    QList<QByteArray> issuedTokens() const;

private:
    void scheduleSave();

    SandboxOptions m_options;
    FaultInjector m_faults;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<TokenIssuer> m_tokens;
    std::unique_ptr<SandboxApi> m_api;
    HttpFrontend *m_frontend = nullptr;
    ExchangeObserver m_observer;
    QString m_errorString;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    bool m_saveScheduled = false;
    bool m_dirty = false;
    bool m_clockOffsetSet = false;
};

} // namespace runai::sandbox
