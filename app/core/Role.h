// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace runai {

// One permission of a role: a resource type and the actions (create/read/update/delete/sync).
struct RolePermission
{
    QString resourceType;
    QString displayName;
    QString groupId;
    QStringList actions;

    bool operator==(const RolePermission &) const = default;
};

// A role from GET /api/v1/authorization/roles. Access rules refer to it by the integer id;
// names are case-sensitive (e.g. "System administrator").
struct Role
{
    int id = 0;
    QString name;
    QString description;
    QList<RolePermission> permissions;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    bool custom = false;
    bool effectiveEnabled = true;
    std::optional<bool> enabled;

    bool operator==(const Role &) const = default;
};

using RoleList = QList<Role>;

} // namespace runai

Q_DECLARE_METATYPE(runai::Role)
