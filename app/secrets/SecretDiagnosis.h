// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace runai {

// The outcome of one keychain operation, typed so that the GUI can react (offer the
// session-only store, show "Try again", ...) and explained in words a user can act on.
class SecretDiagnosis
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(runai::SecretDiagnosis)
public:
    enum class Kind {
        Ok,
        NotFound, // no secret stored under this key (not an error for a read-if-present)
        NoSecretService, // the session bus has no org.freedesktop.secrets provider
        NoDBusSession, // there is no D-Bus session bus at all
        Locked, // the collection is locked and was not unlocked
        AccessDeniedByUser, // the user refused or dismissed the keychain's prompt
        AccessDenied, // the keychain refused for another reason
        CollectionMissing, // no default keyring/collection exists to store into
        BackendStarting, // the keychain did not answer in time (still starting)
        NoBackend, // no keychain backend this program can use on this platform
        CouldNotDelete, // the entry exists but could not be removed
        Cancelled, // the caller abandoned the job
        Other, // anything else; backendMessage() says what
    };
    Q_ENUM(Kind)

    SecretDiagnosis() = default;
    explicit SecretDiagnosis(Kind kind, QString backendMessage = {})
        : m_kind(kind)
        , m_backendMessage(std::move(backendMessage))
    { }

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::Ok; }

    // The backend's own (English, technical) text, for a "Details" line and the log.
    // Backends never put the secret into their error texts.
    QString backendMessage() const { return m_backendMessage; }

    // What happened and what to do, translated. Empty for Ok.
    QString message() const;

    // A stable English name of kind(), e.g. "NoSecretService" (for logs and test output).
    QString kindName() const;

    // True when the keychain itself cannot be used right now, so the GUI should offer
    // "keep secrets for this session only (memory)".
    bool keychainUnavailable() const;

    // True for failures that a backend that is still starting produces; worth one delayed retry.
    bool isTransient() const;

    // The pure mapping from a QtKeychain result (QKeychain::Error as int, errorString) to a
    // diagnosis. Takes an int so that this header does not drag QtKeychain into every user.
    static SecretDiagnosis fromKeychain(int keychainError, const QString &errorString);

    friend bool operator==(const SecretDiagnosis &a, const SecretDiagnosis &b)
    {
        return a.m_kind == b.m_kind && a.m_backendMessage == b.m_backendMessage;
    }

private:
    Kind m_kind = Kind::Ok;
    QString m_backendMessage;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::SecretDiagnosis)
