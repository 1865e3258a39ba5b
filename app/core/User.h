// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace runai {

// "First Last", or whichever of the two is set; empty when neither is.
inline QString fullName(const QString &firstName, const QString &lastName)
{
    if (firstName.isEmpty() || lastName.isEmpty())
        return firstName.isEmpty() ? lastName : firstName;
    return firstName + u' ' + lastName;
}

// A control-plane user as returned by GET /api/v1/users. `username` is the e-mail address
// (create takes `email`, responses say `username`). Dates and isLocal may be null.
// firstName / lastName exist from Run:ai 3.0 on; older consoles leave them null (no heap for
// 100,000 rows), and the list loader shares repeated names.
struct User
{
    QString id;
    QString username;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin;
    std::optional<bool> isLocal;
    // The object carried firstName or lastName (even null): a console that stores names. Sits
    // in isLocal's padding, so it costs no memory per row.
    bool carriesNames = false;
    QStringList groups;
    QString firstName;
    QString lastName;

    QString fullName() const { return runai::fullName(firstName, lastName); }

    bool operator==(const User &) const = default;
};

using UserList = QList<User>;

// What POST /api/v1/users takes. Unset options and empty names are not sent: only 3.0 consoles
// know firstName / lastName, so a caller sends names only where UserNameSupport says so.
struct NewUserRequest
{
    QString email;
    QString firstName;
    QString lastName;
    std::optional<bool> resetPassword;
    std::optional<bool> notify;
};

// The answer to creating a local user (201) or resetting a password (200). The temporary password
// is shown once and must never be logged or stored outside the keychain.
struct NewUser
{
    QString id;
    QString username;
    QString tempPassword;

    bool operator==(const NewUser &) const = default;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::User)
Q_DECLARE_METATYPE(runai::NewUser)
