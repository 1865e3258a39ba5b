// SPDX-License-Identifier: MIT
#include "secrets/KeychainSecretJob.h"

#include "core/LogCategories.h"
#include "secrets/CollectionLockQuery.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace runai {

KeychainSecretJob::KeychainSecretJob(Operation operation, const SecretKey &key,
                                     const QString &secret, const QString &service,
                                     int stillWaitingDelayMs, int retryDelayMs, QObject *parent)
    : SecretJob(operation, key, stillWaitingDelayMs, parent)
    , m_secretToWrite(secret)
    , m_service(service)
    , m_retryDelayMs(retryDelayMs)
{ }

KeychainSecretJob::~KeychainSecretJob() = default;

void KeychainSecretJob::start()
{
    countAttempt();
    QKeychain::Job *job = nullptr;
    switch (operation()) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_secretToWrite);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a plaintext file: without a keychain the job must fail, and we say why.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key().storageKey());
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretJob::onKeychainFinished);
    job->start();
}

void KeychainSecretJob::onKeychainFinished(QKeychain::Job *job)
{
    const SecretDiagnosis diagnosis = SecretDiagnosis::fromKeychain(job->error(),
                                                                    job->errorString());
    if (isFinished())
        return; // abandoned meanwhile
    if (diagnosis.isTransient() && attempts() == 1) {
        // The keychain may still be starting (session autostart races us): one more try, later,
        // from the event loop. No sleep, no nested loop.
        qCInfo(lcSecrets) << "keychain not ready (" << diagnosis.kindName() << "), retrying in"
                          << m_retryDelayMs << "ms";
        QTimer::singleShot(m_retryDelayMs, this, [this] {
            if (!isFinished())
                start();
        });
        return;
    }
    SecretBytes secret;
    if (diagnosis.isOk() && operation() == Operation::Read) {
        // QtKeychain keeps its own copy in the ReadPasswordJob (freed with it, not zeroed);
        // the QString textData() makes is ours and is wiped by takeFrom().
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            QString text = read->textData();
            secret = SecretBytes::takeFrom(text);
        }
    }
    SecretBytes::wipeOwned(m_secretToWrite); // zeroed unless QtKeychain still shares it

    // libsecret answers "not found" for a lookup and "done" for a delete when the collection
    // is locked and nobody unlocked it: check before passing on an answer that may be false.
    const bool mayHideLock = (operation() == Operation::Read
                              && diagnosis.kind() == SecretDiagnosis::Kind::NotFound)
                             || (operation() == Operation::Remove && diagnosis.isOk());
    if (!mayHideLock) {
        finish(diagnosis, std::move(secret));
        return;
    }
    CollectionLockQuery::start(this, [this, diagnosis](CollectionLockQuery::State state) {
        if (state == CollectionLockQuery::State::Locked) {
            finish(SecretDiagnosis(SecretDiagnosis::Kind::Locked,
                                   u"The default Secret Service collection is locked"_s));
        } else {
            finish(diagnosis);
        }
    });
}

} // namespace runai
