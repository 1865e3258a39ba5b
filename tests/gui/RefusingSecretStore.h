// SPDX-License-Identifier: MIT
#pragma once

// A keychain that refuses every request, as when the user dismisses the unlock prompt: the one
// keychain fault gnome-keyring cannot produce on demand without a display and a person. Used by
// tst_keychainfallback and by tst_noplaintext (the session-only mode it leads to).

#include "secrets/SecretStore.h"

namespace runai::test {

class RefusedJob : public SecretJob
{
public:
    RefusedJob(Operation operation, const SecretKey &key)
        : SecretJob(operation, key, 1000)
    { }

protected:
    void start() override
    {
        finish(SecretDiagnosis(SecretDiagnosis::Kind::AccessDeniedByUser,
                               QStringLiteral("The request was dismissed by the user")));
    }
};

class RefusingSecretStore : public SecretStore
{
public:
    SecretJob *read(const SecretKey &key) override
    {
        return new RefusedJob(SecretJob::Operation::Read, key);
    }
    SecretJob *write(const SecretKey &key, const QString &) override
    {
        return new RefusedJob(SecretJob::Operation::Write, key);
    }
    SecretJob *remove(const SecretKey &key) override
    {
        return new RefusedJob(SecretJob::Operation::Remove, key);
    }
    QString backendName() const override { return QStringLiteral("refusing keychain"); }
    bool isPersistent() const override { return true; }
    QList<SecretKey> knownKeys() const override { return {}; }
};

} // namespace runai::test
