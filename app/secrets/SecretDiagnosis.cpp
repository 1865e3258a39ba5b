// SPDX-License-Identifier: MIT
#include "secrets/SecretDiagnosis.h"

#include <QMetaEnum>

#include <qt6keychain/keychain.h>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> needles)
{
    for (const QLatin1StringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QtKeychain reports most Secret Service failures as OtherError (or AccessDenied) and passes the
// GLib/D-Bus message through, so the text is the only place the cause is visible. The phrases
// below are the ones libsecret, GDBus, dbus-daemon and gnome-keyring actually produce.
SecretDiagnosis::Kind classifyText(const QString &text)
{
    using Kind = SecretDiagnosis::Kind;
    // GDBus without a session bus: "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not
    // connect: No such file or directory" (stale DBUS_SESSION_BUS_ADDRESS), dbus-launch failures.
    if (containsAny(text, {"autolaunch"_L1, "Could not connect"_L1, "dbus-launch"_L1,
                           "spawn a message bus"_L1, "DBUS_SESSION_BUS_ADDRESS"_L1}))
        return Kind::NoDBusSession;
    // dbus-daemon: "The name org.freedesktop.secrets was not provided by any .service files";
    // a provider that is installed but dies when activated is, for the user, the same problem.
    if (containsAny(text, {"was not provided by any"_L1, "ServiceUnknown"_L1,
                           "Spawn.ChildExited"_L1, "Process org.freedesktop.secrets exited"_L1}))
        return Kind::NoSecretService;
    // gnome-keyring: "Cannot create an item in a locked collection"; libsecret: "... is locked".
    if (containsAny(text, {"locked"_L1}))
        return Kind::Locked;
    // "Object does not exist at path “/org/freedesktop/secrets/collection/login”"
    if (text.contains("/org/freedesktop/secrets/collection/"_L1)
        && containsAny(text, {"does not exist"_L1, "No such object"_L1}))
        return Kind::CollectionMissing;
    if (containsAny(text, {"No such secret collection"_L1, "collection does not exist"_L1}))
        return Kind::CollectionMissing;
    // GLib "Timeout was reached", dbus "NoReply"/"Did not receive a reply", activation timeouts.
    if (containsAny(text, {"Timeout was reached"_L1, "NoReply"_L1, "did not receive a reply"_L1,
                           "timed out"_L1, "TimedOut"_L1}))
        return Kind::BackendStarting;
    // A prompt the user dismissed surfaces as a cancelled operation.
    if (containsAny(text, {"dismissed"_L1, "cancelled"_L1, "canceled"_L1}))
        return Kind::AccessDeniedByUser;
    if (containsAny(text, {"AccessDenied"_L1, "not allowed"_L1, "Permission denied"_L1}))
        return Kind::AccessDenied;
    return Kind::Other;
}

} // namespace

SecretDiagnosis SecretDiagnosis::fromKeychain(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return SecretDiagnosis(Kind::Ok);
    case QKeychain::EntryNotFound:
        return SecretDiagnosis(Kind::NotFound, errorString);
    case QKeychain::CouldNotDeleteEntry:
        return SecretDiagnosis(Kind::CouldNotDelete, errorString);
    case QKeychain::AccessDeniedByUser:
        return SecretDiagnosis(Kind::AccessDeniedByUser, errorString);
    case QKeychain::AccessDenied: {
        // libsecret maps SECRET_ERROR_IS_LOCKED to AccessDenied; the text tells them apart.
        const Kind byText = classifyText(errorString);
        return SecretDiagnosis(byText == Kind::Locked ? Kind::Locked : Kind::AccessDenied,
                               errorString);
    }
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretDiagnosis(Kind::NoBackend, errorString);
    case QKeychain::OtherError:
    default:
        return SecretDiagnosis(classifyText(errorString), errorString);
    }
}

QString SecretDiagnosis::kindName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(m_kind)));
}

bool SecretDiagnosis::keychainUnavailable() const
{
    switch (m_kind) {
    case Kind::Ok:
    case Kind::NotFound:
    case Kind::CouldNotDelete:
    case Kind::Cancelled:
        return false;
    default:
        return true;
    }
}

bool SecretDiagnosis::isTransient() const
{
    // A provider started by the desktop session a moment after us (KeePassXC and KWallet have
    // no D-Bus activation file) looks exactly like "no Secret Service" at first.
    return m_kind == Kind::BackendStarting || m_kind == Kind::NoSecretService
           || m_kind == Kind::NoBackend;
}

QString SecretDiagnosis::message() const
{
    switch (m_kind) {
    case Kind::Ok:
        return {};
    case Kind::NotFound:
        return tr("No secret is stored in the keychain for this entry.");
    case Kind::NoSecretService:
        return tr("No keychain service is running: nothing in this desktop session provides the "
                  "Secret Service (org.freedesktop.secrets). Install and start GNOME Keyring, "
                  "KWallet or KeePassXC with its Secret Service integration, then try again, or "
                  "keep secrets for this session only.");
    case Kind::NoDBusSession:
        return tr("The system keychain cannot be reached because this program is not running in "
                  "a desktop session (there is no D-Bus session bus). Start it from your desktop, "
                  "or keep secrets for this session only.");
    case Kind::Locked:
        return tr("The keychain is locked. Unlock your login keyring (for example in \"Passwords "
                  "and Keys\", or by entering your password when the keychain asks), then try "
                  "again.");
    case Kind::AccessDeniedByUser:
        return tr("Access to the keychain was refused in its prompt. Try again and allow access "
                  "when the keychain asks.");
    case Kind::AccessDenied:
        return tr("The keychain refused access. Check that your keyring is unlocked and that "
                  "this program may use it, then try again.");
    case Kind::CollectionMissing:
        return tr("The keychain has no default keyring to store secrets in. Create one (for "
                  "example a \"Login\" keyring in \"Passwords and Keys\") and make it the "
                  "default, then try again.");
    case Kind::BackendStarting:
        return tr("The keychain did not answer in time; it may still be starting. Wait a moment "
                  "and try again.");
    case Kind::NoBackend:
        return tr("No supported keychain was found on this system. Install GNOME Keyring or "
                  "KWallet, or keep secrets for this session only.");
    case Kind::CouldNotDelete:
        return tr("The secret could not be removed from the keychain. Remove the entry for "
                  "\"runai-access-console\" with your keychain manager, then try again.");
    case Kind::Cancelled:
        return tr("Waiting for the keychain was cancelled.");
    case Kind::Other:
        break;
    }
    if (m_backendMessage.isEmpty())
        return tr("The keychain reported an unknown error. Try again, or keep secrets for this "
                  "session only.");
    return tr("The keychain reported an error: %1. Try again, or keep secrets for this session "
              "only.")
            .arg(m_backendMessage);
}

} // namespace runai
