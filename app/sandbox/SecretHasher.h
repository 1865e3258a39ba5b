// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace runai::sandbox {

// A password or secret as the sandbox keeps it: a random salt and SHA-256(salt + secret). Salted
// SHA-256 instead of a slow KDF on purpose: the sandbox is a test double that benchmarks create
// thousands of users against, and it only ever holds throwaway credentials.
struct SaltedHash
{
    QByteArray salt;
    QByteArray hash;

    static SaltedHash of(const QString &secret);
    bool matches(const QString &secret) const; // constant time over the hash bytes
    bool isNull() const { return hash.isEmpty(); }
};

// Secrets the server hands out once (temporary passwords, client secrets), from the system CSPRNG.
QString generateSecret(int length);

} // namespace runai::sandbox
