// SPDX-License-Identifier: MIT
#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainSecretJob.h"
#include "secrets/SecretServiceProvider.h"

namespace runai {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &indexSettingsFile, QObject *parent)
    : SecretStore(parent)
    , m_index(indexSettingsFile)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

SecretJob *KeychainSecretStore::read(const SecretKey &key)
{
    return startJob(SecretJob::Operation::Read, key, {});
}

SecretJob *KeychainSecretStore::write(const SecretKey &key, const QString &secret)
{
    return startJob(SecretJob::Operation::Write, key, secret);
}

SecretJob *KeychainSecretStore::remove(const SecretKey &key)
{
    return startJob(SecretJob::Operation::Remove, key, {});
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    if (!m_provider.isEmpty())
        return tr("Secret Service (%1)").arg(m_provider);
    return tr("system keychain (Secret Service)");
#endif
}

QList<SecretKey> KeychainSecretStore::knownKeys() const
{
    return m_index.keys();
}

SecretJob *KeychainSecretStore::startJob(SecretJob::Operation operation, const SecretKey &key,
                                         const QString &secret)
{
    // Not a child of the store: a job outlives a deleted store and still finishes.
    auto *job = new KeychainSecretJob(operation, key, secret, serviceName, stillWaitingDelayMs(),
                                      m_retryDelayMs);
    connect(job, &SecretJob::finished, this, &KeychainSecretStore::updateIndex);
    return job;
}

void KeychainSecretStore::updateIndex(const SecretJob *job)
{
    using Kind = SecretDiagnosis::Kind;
    const Kind kind = job->diagnosis().kind();
    bool changed = false;
    switch (job->operation()) {
    case SecretJob::Operation::Write:
        if (kind == Kind::Ok)
            changed = m_index.insert(job->key());
        break;
    case SecretJob::Operation::Remove:
        if (kind == Kind::Ok)
            changed = m_index.erase(job->key());
        break;
    case SecretJob::Operation::Read:
        // A read is the keychain's word on whether the key exists: correct a stale index.
        if (kind == Kind::Ok)
            changed = m_index.insert(job->key());
        else if (kind == Kind::NotFound)
            changed = m_index.erase(job->key());
        break;
    }
    if (changed)
        Q_EMIT indexChanged();
    if (kind == Kind::Ok)
        learnProvider();
}

void KeychainSecretStore::learnProvider()
{
    // Asked once, after a success: then a provider surely runs, and asking cannot start one.
    if (m_providerAsked)
        return;
    m_providerAsked = true;
    SecretServiceProvider::query(this, [this](const QString &provider) {
        if (provider.isEmpty())
            return;
        m_provider = provider;
        Q_EMIT backendNameChanged();
    });
}

} // namespace runai
