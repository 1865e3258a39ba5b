// SPDX-License-Identifier: MIT
#pragma once

// Another user of the sandbox, made by its administrator, who owns an access key: what the
// administrators' view of the Access keys page lists and deletes. In its own translation unit
// for the same reason as SandboxAdmin (RunaiClient.h beside the keychain headers).

#include "core/AccessKey.h"
#include "core/ApiError.h"
#include "core/Application.h"

#include <QUrl>

namespace runai::test {

struct AccessKeyPeer
{
    QString email;
    QString password; // the temporary password the console issued
    AccessKey key;
    QString secret; // the key's, as its create answer carried it
    ApiError error; // None when the user and the key were made
};

// Creates the user `email` (as `adminEmail`) and, signed in as that user, the access key `keyName`.
AccessKeyPeer makeAccessKeyPeer(const QUrl &baseUrl, const QString &adminEmail,
                                const QString &adminPassword, const QString &email,
                                const QString &keyName);

// Registers a service account (or application) as the administrator, with its secret; empty id
// on failure.
NewApplication makeServiceAccount(const QUrl &baseUrl, const QString &adminEmail,
                                  const QString &adminPassword, const QString &name);

} // namespace runai::test
