// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace runai {

// What POST /api/v1/authorization/access-rules takes: give `subject` the role `roleId` on a scope.
// subjectType: "user", "app" (CP < 2.24), "service-account" (2.24+), "group".
// scopeType: "system", "tenant", "cluster", "department", "project". clusterId is optional.
struct AccessRuleRequest
{
    QString subjectId;
    QString subjectType;
    int roleId = 0;
    QString scopeId;
    QString scopeType;
    QString clusterId;

    bool operator==(const AccessRuleRequest &) const = default;
};

// An access rule as the server returns it: the request fields plus names and metadata.
// statusPhase (Creating/Ready/NotReady/Deleting) is only sent for clusters >= 2.22.
struct AccessRule
{
    int id = 0;
    QString subjectId;
    QString subjectType;
    int roleId = 0;
    QString roleName;
    QString scopeId;
    QString scopeType;
    QString scopeName;
    QString clusterId;
    QString tenantId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    QString statusPhase;
    QString statusMessage;

    bool operator==(const AccessRule &) const = default;
};

// One page of GET /api/v1/authorization/access-rules ({totalRecords, displayRecords, accessRules}).
struct AccessRulePage
{
    int totalRecords = 0;
    int displayRecords = 0;
    QList<AccessRule> accessRules;
};

// Query of the access-rule list. Empty / negative fields are not sent. The server's default
// limit is 50 (max 500).
struct AccessRuleQuery
{
    QString subjectType;
    QStringList subjectIds;
    int offset = -1;
    int limit = -1;
    QString sortBy;
    QString sortOrder;
    QStringList filterBy;
    QString search;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::AccessRule)
