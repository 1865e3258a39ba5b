#pragma once

#include "SecretDiagnosis.h"
#include "SecretKey.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace runai {

class SecretStore;

// The GUI's one door to the SecretStore. It turns store jobs into callbacks bound to a context
// object (a callback never runs after its page or dialog is gone), and reports when the keychain
// is slow ("Waiting for the keychain…") so pages can say so instead of looking frozen.
//
// It also keeps SecretStore's job type out of the pages: app/api declares a different
// runai::SecretJob (a job returning a new secret), so the two headers cannot meet in one file.
class KeychainBridge : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const SecretDiagnosis &)>;
    using WriteCallback = std::function<void(const SecretDiagnosis &)>;

    explicit KeychainBridge(SecretStore *store, QObject *parent = nullptr);

    SecretStore *store() const { return m_store; }
    QString backendName() const;
    bool isPersistent() const;

    void read(const SecretKey &key, QObject *context, ReadCallback done);
    void write(const SecretKey &key, const QString &secret, QObject *context, WriteCallback done);
    void remove(const SecretKey &key, QObject *context, WriteCallback done);

    bool isKnown(const SecretKey &key) const;
    QStringList knownIdentities(const QString &consoleUrl, const QString &kind) const;

    int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void indexChanged();
    // A job has not answered for a while (prompt shown, backend starting).
    void waitingForKeychain();
    // No job is pending any more.
    void idle();

private:
    void jobDone();

    // A plain pointer plus a QObject guard: SecretStore.h must not be included here (see above).
    SecretStore *m_store = nullptr;
    QPointer<QObject> m_storeAlive;
    int m_pending = 0;
};

} // namespace runai
