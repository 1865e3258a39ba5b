// SPDX-License-Identifier: MIT
#include "secrets/KeychainBridge.h"

#include "core/LogCategories.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

namespace runai {

KeychainBridge::KeychainBridge(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_storeAlive(store)
{
    connect(store, &SecretStore::indexChanged, this, &KeychainBridge::indexChanged);
}

// m_unsaved holds SecretBytes: zeroed as it goes.
KeychainBridge::~KeychainBridge() = default;

namespace {

// Enough for every secret one session can produce before its user decides; the oldest go first.
constexpr int maxUnsavedSecrets = 64;

} // namespace

void KeychainBridge::useSessionOnlyStore()
{
    if (m_sessionStore)
        return;
    if (m_storeAlive)
        disconnect(m_store, nullptr, this, nullptr);
    m_sessionStore = new MemorySecretStore(this);
    m_store = m_sessionStore;
    m_storeAlive = m_sessionStore;
    connect(m_store, &SecretStore::indexChanged, this, &KeychainBridge::indexChanged);
    qCInfo(lcKeychainBridge) << "secrets are kept for this session only; keeping"
                             << m_unsaved.size() << "that the keychain could not save";
    const auto unsaved = std::exchange(m_unsaved, {});
    for (const auto &[key, secret] : unsaved)
        write(key, secret.revealAsQString(), this, [](const SecretDiagnosis &) {});
    Q_EMIT storeChanged();
    Q_EMIT indexChanged();
}

void KeychainBridge::noteOutcome(const SecretDiagnosis &diagnosis, const SecretKey &key,
                                 const QString *secretWritten)
{
    // Only the keychain's own failures count; the session-only store cannot fail that way.
    if (m_sessionStore || !diagnosis.keychainUnavailable())
        return;
    if (secretWritten) {
        forgetUnsaved(key);
        if (m_unsaved.size() >= std::size_t(maxUnsavedSecrets))
            m_unsaved.erase(m_unsaved.begin());
        m_unsaved.emplace_back(key, SecretBytes::fromString(*secretWritten));
    }
    Q_EMIT keychainUnavailable(diagnosis);
}

void KeychainBridge::forgetUnsaved(const SecretKey &key)
{
    std::erase_if(m_unsaved, [&key](const auto &entry) { return entry.first == key; });
}

QString KeychainBridge::backendName() const
{
    return m_storeAlive ? m_store->backendName() : QString();
}

bool KeychainBridge::isPersistent() const
{
    return m_storeAlive && m_store->isPersistent();
}

namespace {

// A job that never ran because the store is gone still answers, from the event loop.
SecretDiagnosis storeGone()
{
    return SecretDiagnosis(SecretDiagnosis::Kind::NoBackend,
                           QStringLiteral("The secret store was closed."));
}

} // namespace

void KeychainBridge::read(const SecretKey &key, QObject *context, ReadCallback done)
{
    if (!m_storeAlive) {
        QMetaObject::invokeMethod(
                context, [done] { done({}, storeGone()); }, Qt::QueuedConnection);
        return;
    }
    SecretJob *job = m_store->read(key);
    ++m_pending;
    connect(job, &SecretJob::stillWaiting, this, &KeychainBridge::waitingForKeychain);
    QPointer<QObject> guard(context);
    connect(job, &SecretJob::finished, this, [this, guard, done](SecretJob *finished) {
        jobDone();
        qCDebug(lcKeychainBridge) << "read" << finished->key().kind << "->"
                                  << finished->diagnosis().kindName();
        noteOutcome(finished->diagnosis(), finished->key(), nullptr);
        if (guard)
            done(finished->secret().revealAsQString(), finished->diagnosis()); // for a widget
    });
}

void KeychainBridge::readSecret(const SecretKey &key, QObject *context, SecretReadCallback done)
{
    auto shared = std::make_shared<SecretReadCallback>(std::move(done));
    if (!m_storeAlive) {
        QMetaObject::invokeMethod(
                context, [shared] { (*shared)({}, storeGone()); }, Qt::QueuedConnection);
        return;
    }
    SecretJob *job = m_store->read(key);
    ++m_pending;
    connect(job, &SecretJob::stillWaiting, this, &KeychainBridge::waitingForKeychain);
    QPointer<QObject> guard(context);
    connect(job, &SecretJob::finished, this, [this, guard, shared](SecretJob *finished) {
        jobDone();
        qCDebug(lcKeychainBridge) << "read" << finished->key().kind << "->"
                                  << finished->diagnosis().kindName();
        noteOutcome(finished->diagnosis(), finished->key(), nullptr);
        if (guard)
            (*shared)(finished->secret().duplicate(), finished->diagnosis());
    });
}

void KeychainBridge::write(const SecretKey &key, const QString &secret, QObject *context,
                           WriteCallback done)
{
    if (!m_storeAlive) {
        QMetaObject::invokeMethod(
                context, [done] { done(storeGone()); }, Qt::QueuedConnection);
        return;
    }
    SecretJob *job = m_store->write(key, secret);
    ++m_pending;
    connect(job, &SecretJob::stillWaiting, this, &KeychainBridge::waitingForKeychain);
    QPointer<QObject> guard(context);
    connect(job, &SecretJob::finished, this, [this, guard, done, secret](SecretJob *finished) {
        jobDone();
        qCDebug(lcKeychainBridge) << "write" << finished->key().kind << "->"
                                  << finished->diagnosis().kindName();
        noteOutcome(finished->diagnosis(), finished->key(), &secret);
        if (guard)
            done(finished->diagnosis());
    });
}

void KeychainBridge::remove(const SecretKey &key, QObject *context, WriteCallback done)
{
    if (!m_storeAlive) {
        QMetaObject::invokeMethod(
                context, [done] { done(storeGone()); }, Qt::QueuedConnection);
        return;
    }
    // A secret the user deletes must not come back when the session-only store is chosen.
    forgetUnsaved(key);
    SecretJob *job = m_store->remove(key);
    ++m_pending;
    connect(job, &SecretJob::stillWaiting, this, &KeychainBridge::waitingForKeychain);
    QPointer<QObject> guard(context);
    connect(job, &SecretJob::finished, this, [this, guard, done](SecretJob *finished) {
        jobDone();
        noteOutcome(finished->diagnosis(), finished->key(), nullptr);
        if (guard)
            done(finished->diagnosis());
    });
}

bool KeychainBridge::isKnown(const SecretKey &key) const
{
    return m_storeAlive && m_store->isKnown(key);
}

QStringList KeychainBridge::knownIdentities(const QString &consoleUrl, const QString &kind) const
{
    return m_storeAlive ? m_store->knownIdentities(consoleUrl, kind) : QStringList();
}

void KeychainBridge::jobDone()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

} // namespace runai
