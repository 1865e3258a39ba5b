// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace runai {

// An organisation application (CP 2.18-2.23, /api/v1/apps) or service account (CP 2.24+,
// /api/v1/service-accounts), normalised into one shape:
// - `secret` holds `secret` (apps) or `clientSecret` (service accounts). It is only ever filled
//   from a create or regenerate response, never from a list, and must go to the keychain only.
// - `clientId` is the name when the server does not send one (2.18/2.19).
// - Null dates are invalid QDateTime values.
struct Application
{
    QString id;
    QString name;
    QString clientId;
    QString secret;
    bool enabled = true;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin;
    QString tenantId; // the spec says string, its example is a number: both are accepted

    bool operator==(const Application &) const = default;
};

using ApplicationList = QList<Application>;

} // namespace runai

Q_DECLARE_METATYPE(runai::Application)
