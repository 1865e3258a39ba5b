// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretIndex.h"
#include "secrets/SecretStore.h"

namespace runai {

// Secrets in the OS keychain through QtKeychain (on Linux: the Secret Service, e.g.
// gnome-keyring or KWallet), under service "runai-access-console" and key
// SecretKey::storageKey(). Insecure fallback is always off: without a keychain, jobs fail with a
// diagnosis and nothing is written anywhere. The index of stored keys lives in QSettings.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView serviceName{"runai-access-console"};

    // indexSettingsFile: where the key-name index is kept; empty means the default QSettings.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &indexSettingsFile, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QString &secret) override;
    SecretJob *remove(const SecretKey &key) override;

    // "Secret Service (gnome-keyring)" once the provider is known (after the first successful
    // job), "system keychain (Secret Service)" before.
    QString backendName() const override;
    bool isPersistent() const override { return true; }
    QList<SecretKey> knownKeys() const override;

    // The delay before the one retry of a transient failure (default 500 ms).
    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    QString indexFileName() const { return m_index.fileName(); }

private:
    void learnProvider();

    SecretJob *startJob(SecretJob::Operation operation, const SecretKey &key,
                        const QString &secret);
    void updateIndex(const SecretJob *job);

    SecretIndex m_index;
    QString m_provider; // e.g. "gnome-keyring", once a job succeeded and we asked
    bool m_providerAsked = false;
    int m_retryDelayMs = 500;
};

} // namespace runai
