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

// A role from GET /api/v1/authorization/roles or /api/v2/authorization/roles (3.0). Access rules
// refer to it by the integer id; names are case-sensitive (e.g. "System administrator").
// `custom` and `effectiveEnabled` are absent in the 2.20 shape: then false and true.
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

// One page of GET /api/v2/authorization/roles: {roles: [...], next?}. `next` is the offset of the
// following page when the server says so.
struct RolePage
{
    RoleList roles;
    std::optional<int> next;
};

} // namespace runai

Q_DECLARE_METATYPE(runai::Role)
