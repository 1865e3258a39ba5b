// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"
#include "secrets/SecretDiagnosis.h"
#include "secrets/SecretKey.h"

#include <QObject>
#include <QString>

class QTimer;

namespace runai {

// One keychain operation. Created by a SecretStore; emits finished() exactly once, always from
// the event loop (never inside the store call that created it), then deletes itself.
// Hold it in a QPointer if you keep it beyond finished(). Deleting it early is allowed: the
// backend work it started is kept alive until the backend finishes (QtKeychain issue 261).
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    const SecretKey &key() const { return m_key; }

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_diagnosis.isOk(); }
    const SecretDiagnosis &diagnosis() const { return m_diagnosis; }

    // The secret read by a successful Read; empty otherwise. Never log it. Zeroed with the job.
    const SecretBytes &secret() const { return m_secret; }

    // How many times the backend was asked (2 after the one delayed retry of a transient failure).
    int attempts() const { return m_attempts; }

    // True once stillWaiting() was emitted.
    bool isSlow() const { return m_slow; }

    // Give up waiting: finishes now with Kind::Cancelled. The backend request itself cannot be
    // cancelled and runs to its end in the background; its result is dropped.
    void abandon();

Q_SIGNALS:
    void finished(runai::SecretJob *job);
    // The backend has not answered after stillWaitingDelayMs (the keychain may be showing an
    // unlock prompt or still starting): the GUI shows "Waiting for the keychain…".
    void stillWaiting(runai::SecretJob *job);

protected:
    SecretJob(Operation operation, const SecretKey &key, int stillWaitingDelayMs,
              QObject *parent = nullptr);

    // Called from the event loop once, shortly after construction. Must end in finish().
    virtual void start() = 0;

    void finish(const SecretDiagnosis &diagnosis, SecretBytes secret = {});
    void countAttempt() { ++m_attempts; }

private:
    Operation m_operation;
    SecretKey m_key;
    SecretDiagnosis m_diagnosis;
    SecretBytes m_secret;
    QTimer *m_waitTimer = nullptr;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_slow = false;
};

} // namespace runai
