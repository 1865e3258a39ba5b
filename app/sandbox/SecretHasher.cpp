// SPDX-License-Identifier: MIT
#include "sandbox/SecretHasher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QVarLengthArray>

namespace runai::sandbox {

namespace {
QByteArray digest(const QByteArray &salt, const QString &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(secret.toUtf8());
    return hash.result();
}
} // namespace

SaltedHash SaltedHash::of(const QString &secret)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    return {salt, digest(salt, secret)};
}

bool SaltedHash::matches(const QString &secret) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray candidate = digest(salt, secret);
    if (candidate.size() != hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < hash.size(); ++i)
        diff |= static_cast<unsigned char>(candidate[i] ^ hash[i]);
    return diff == 0;
}

QString generateSecret(int length)
{
    // No look-alike characters, so a secret read off a screen can be typed back.
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    constexpr quint32 alphabetSize = quint32(sizeof(alphabet)) - 1;
    // One CSPRNG call for the whole secret (the system generator is a syscall per call). The
    // modulo bias of 2^32 % 57 is below 1e-8 per character.
    QVarLengthArray<quint32, 64> random(qMax(length, 0));
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    QString result;
    result.reserve(length);
    for (const quint32 r : random)
        result.append(QLatin1Char(alphabet[r % alphabetSize]));
    return result;
}

} // namespace runai::sandbox
