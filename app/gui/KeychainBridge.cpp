#include "KeychainBridge.h"

#include "SecretJob.h"
#include "SecretStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychainBridge, "runai.gui.keychain")

namespace runai {

KeychainBridge::KeychainBridge(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_storeAlive(store)
{
    connect(store, &SecretStore::indexChanged, this, &KeychainBridge::indexChanged);
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
        if (guard)
            done(finished->secret(), finished->diagnosis());
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
    connect(job, &SecretJob::finished, this, [this, guard, done](SecretJob *finished) {
        jobDone();
        qCDebug(lcKeychainBridge) << "write" << finished->key().kind << "->"
                                  << finished->diagnosis().kindName();
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
    SecretJob *job = m_store->remove(key);
    ++m_pending;
    connect(job, &SecretJob::stillWaiting, this, &KeychainBridge::waitingForKeychain);
    QPointer<QObject> guard(context);
    connect(job, &SecretJob::finished, this, [this, guard, done](SecretJob *finished) {
        jobDone();
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
