// SPDX-License-Identifier: MIT
#include "secrets/SecretJob.h"

#include "core/LogCategories.h"

#include <QPointer>
#include <QTimer>

namespace runai {

SecretJob::SecretJob(Operation operation, const SecretKey &key, int stillWaitingDelayMs,
                     QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setInterval(stillWaitingDelayMs);
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_slow = true;
        qCInfo(lcSecrets) << "still waiting for the keychain:" << m_operation << m_key.storageKey();
        Q_EMIT stillWaiting(this);
    });
    // Queued so that finished() can never be emitted inside the store call that created us,
    // before the caller had a chance to connect.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_finished) // abandoned before it started
                    return;
                m_waitTimer->start();
                start();
            },
            Qt::QueuedConnection);
}

SecretJob::~SecretJob() = default;

void SecretJob::abandon()
{
    if (m_finished)
        return;
    finish(SecretDiagnosis(SecretDiagnosis::Kind::Cancelled));
}

void SecretJob::finish(const SecretDiagnosis &diagnosis, SecretBytes secret)
{
    if (m_finished)
        return; // a late backend answer after abandon(): dropped on purpose
    m_finished = true;
    m_waitTimer->stop();
    m_diagnosis = diagnosis;
    m_secret = std::move(secret);
    // Key names and diagnoses only: never the secret.
    if (diagnosis.isOk() || diagnosis.kind() == SecretDiagnosis::Kind::NotFound)
        qCDebug(lcSecrets) << m_operation << m_key.storageKey() << diagnosis.kindName()
                           << "attempts:" << m_attempts;
    else
        qCWarning(lcSecrets) << m_operation << m_key.storageKey()
                             << "failed:" << diagnosis.kindName() << diagnosis.backendMessage()
                             << "attempts:" << m_attempts;
    // A receiver may delete the job in its slot; only schedule deletion if it did not.
    const QPointer<SecretJob> guard(this);
    Q_EMIT finished(this);
    if (guard)
        deleteLater();
}

} // namespace runai
