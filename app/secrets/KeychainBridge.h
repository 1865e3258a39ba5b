// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"
#include "secrets/SecretDiagnosis.h"
#include "secrets/SecretKey.h"

#include <QObject>
#include <QPointer>

#include <QList>
#include <QPair>

#include <functional>
#include <utility>
#include <vector>

namespace runai {

class SecretStore;

// The GUI's one door to the SecretStore (it holds no widget, so it lives beside the store). It
// turns store jobs into callbacks bound to a context object (a callback never runs after its page
// or dialog is gone), and reports when the keychain is slow ("Waiting for the keychain…") so pages
// can say so instead of looking frozen.
//
// When the keychain itself cannot be used (no Secret Service, locked, refused, ...), it says so
// through keychainUnavailable() and keeps the secrets it could not save in memory, so that the
// user's choice "keep secrets for this session only" (useSessionOnlyStore()) loses nothing.
//
// It also keeps SecretStore's job type out of the pages, which only see callbacks.
class KeychainBridge : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const SecretDiagnosis &)>;
    using WriteCallback = std::function<void(const SecretDiagnosis &)>;

    explicit KeychainBridge(SecretStore *store, QObject *parent = nullptr);
    ~KeychainBridge() override;

    SecretStore *store() const { return m_store; }
    QString backendName() const;
    bool isPersistent() const;

    void read(const SecretKey &key, QObject *context, ReadCallback done);
    // The same, the secret kept as SecretBytes (never a QString): for code that passes it on
    // without showing it (the session's renewal).
    using SecretReadCallback = std::function<void(SecretBytes secret, const SecretDiagnosis &)>;
    void readSecret(const SecretKey &key, QObject *context, SecretReadCallback done);
    void write(const SecretKey &key, const QString &secret, QObject *context, WriteCallback done);
    void remove(const SecretKey &key, QObject *context, WriteCallback done);

    bool isKnown(const SecretKey &key) const;
    QStringList knownIdentities(const QString &consoleUrl, const QString &kind) const;

    int pendingJobs() const { return m_pending; }

    // From now on every secret goes to a MemorySecretStore owned by the bridge (gone at quit,
    // never on disk). The secrets the keychain refused since it failed are put there at once.
    void useSessionOnlyStore();
    bool isSessionOnly() const { return m_sessionStore != nullptr; }
    // Secrets the keychain could not save, held until the user chooses the session-only store.
    int unsavedSecretCount() const { return int(m_unsaved.size()); }

Q_SIGNALS:
    void indexChanged();
    // A job has not answered for a while (prompt shown, backend starting).
    void waitingForKeychain();
    // No job is pending any more.
    void idle();
    // A job failed because the keychain itself cannot be used (not for "nothing stored").
    void keychainUnavailable(const runai::SecretDiagnosis &diagnosis);
    // useSessionOnlyStore() took effect: backendName() and isPersistent() changed.
    void storeChanged();

private:
    void jobDone();
    // Called with every finished job's outcome; `secret` is set for writes.
    void noteOutcome(const SecretDiagnosis &diagnosis, const SecretKey &key,
                     const QString *secretWritten);
    void forgetUnsaved(const SecretKey &key);

    // A plain pointer plus a QObject guard: SecretStore.h must not be included here (see above).
    SecretStore *m_store = nullptr;
    QPointer<QObject> m_storeAlive;
    int m_pending = 0;
    SecretStore *m_sessionStore = nullptr; // owned (a child), once the user chose it
    // Secrets the keychain could not save, kept for the session-only store: zeroed when dropped.
    std::vector<std::pair<SecretKey, SecretBytes>> m_unsaved;
};

} // namespace runai
