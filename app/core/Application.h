// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace runai {

// An organisation application (CP 2.18-2.23, /api/v1/apps) or service account (CP 2.24+,
// /api/v1/service-accounts), normalised into one shape:
// - It holds no secret: a created one comes as NewApplication, a regenerated secret as a string.
// - `clientId` is the name when the server does not send one (2.18/2.19).
// - Null dates are invalid QDateTime values.
struct Application
{
    QString id;
    QString name;
    QString clientId;
    bool enabled = true;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin;
    QString tenantId; // the spec says string, its example is a number: both are accepted

    bool operator==(const Application &) const = default;
};

using ApplicationList = QList<Application>;

// The answer to creating an application (201 of POST /apps: {id, name, secret, clientId?}) or a
// service account (POST /service-accounts: {id, name, clientId, clientSecret}): the new row and,
// beside it, the client secret. The console shows that secret this once; it goes to the keychain
// and the credentials dialog only, never to a log or a model (which take the Application alone).
struct NewApplication
{
    Application application;
    QString secret;

    bool operator==(const NewApplication &) const = default;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::Application)
