// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace runai {

// A control-plane user as returned by GET /api/v1/users. `username` is the e-mail address
// (create takes `email`, responses say `username`). Dates and isLocal may be null.
struct User
{
    QString id;
    QString username;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin;
    std::optional<bool> isLocal;
    QStringList groups;

    bool operator==(const User &) const = default;
};

using UserList = QList<User>;

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
