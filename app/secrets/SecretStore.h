// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace runai {

// Where secrets live. One asynchronous interface, two implementations: KeychainSecretStore
// (the OS keychain through QtKeychain) and MemorySecretStore ("this session only").
//
// read()/write()/remove() return a job that emits SecretJob::finished exactly once, from the
// event loop, and deletes itself afterwards. Jobs are not children of the store: deleting the
// store while jobs run is safe, they still finish (but the store's index is no longer updated).
//
// The store also keeps an index of which keys hold a secret. The index contains key names only
// (console URL, kind, identity: none of them secret), so the GUI can show "secret stored" on the
// next start without reading any secret and without a keychain prompt.
//
// Typical use:
//     SecretJob *job = store->write(key, secret);
//     connect(job, &SecretJob::stillWaiting, page, &Page::showWaitingForKeychain);
//     connect(job, &SecretJob::finished, page, [page](SecretJob *done) {
//         if (!done->isOk()) // message(): what happened and what to do
//             page->showError(done->diagnosis().message());
//     });
// diagnosis().keychainUnavailable() says when to offer MemorySecretStore instead.
// Cancel: job->abandon(). Failures are typed: SecretDiagnosis::Kind.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    ~SecretStore() override;

    virtual SecretJob *read(const SecretKey &key) = 0;
    virtual SecretJob *write(const SecretKey &key, const QString &secret) = 0;
    virtual SecretJob *remove(const SecretKey &key) = 0;

    // Shown to the user, e.g. "Secret Service (gnome-keyring)" or "this session only (memory)".
    virtual QString backendName() const = 0;
    // False for a store whose secrets are gone when the program quits.
    virtual bool isPersistent() const = 0;

    // From the index, synchronously and without touching the keychain: the identities of kind
    // `kind` for console `consoleUrl` that have a stored secret, sorted.
    QStringList knownIdentities(const QString &consoleUrl, const QString &kind) const;
    bool isKnown(const SecretKey &key) const;
    // Every key in the index.
    virtual QList<SecretKey> knownKeys() const = 0;

    // After this long without an answer a job emits stillWaiting() (default 1000 ms).
    int stillWaitingDelayMs() const { return m_stillWaitingDelayMs; }
    void setStillWaitingDelayMs(int ms) { m_stillWaitingDelayMs = ms; }

Q_SIGNALS:
    // The set of known keys changed (a write or remove succeeded, or a read found out).
    void indexChanged();
    // backendName() became more precise, e.g. once the keychain's provider is known.
    void backendNameChanged();

protected:
    explicit SecretStore(QObject *parent = nullptr);

private:
    int m_stillWaitingDelayMs = 1000;
};

} // namespace runai
