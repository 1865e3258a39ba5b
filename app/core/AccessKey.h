// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace runai {

// A user's access key (CP 2.24+, /api/v1/access-keys): client credentials whose tokens act as the
// user who created it, with that user's access rules.
// - `clientId` is opaque (not the name); names are unique among one user's keys only.
// - It holds no secret: a created key comes as NewAccessKey, a regenerated secret as a string.
// - `createdBy` (the owner's email) comes from the administrators' list only.
// - Null dates are invalid QDateTime values.
struct AccessKey
{
    QString id;
    QString name;
    QString clientId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime lastLogin;

    bool operator==(const AccessKey &) const = default;
};

using AccessKeyList = QList<AccessKey>;

// The answer to creating an access key (201 of POST /api/v1/access-keys: {id, clientId, name,
// clientSecret, createdAt}): the new key and, beside it, its secret. The console shows that secret
// this once; it goes to the keychain and the credentials dialog only, never to a log or a model.
struct NewAccessKey
{
    AccessKey key;
    QString secret;

    bool operator==(const NewAccessKey &) const = default;
};

// The administrators' list filters (query parameters of /api/v1/administration/access-keys);
// empty means "any".
struct AccessKeyFilter
{
    QString clientId;
    QString createdBy;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::AccessKey)
