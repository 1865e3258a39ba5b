// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace runai::sandbox {

struct RoleRecord
{
    int id = 0;
    QString name;
    QString description;
    QJsonArray permissions;
};

// The predefined Run:ai roles, each with its permissions. Ids are the sandbox's own (integers, as
// the contract says); clients look roles up by name, as Run:ai's own examples do.
struct PredefinedRoles
{
    // The two the sandbox knows by id: System administrator rules open the administration
    // endpoints; Viewer is what 3.0's built-in rule for every signed-in user grants.
    static constexpr int systemAdministratorId = 12;
    static constexpr int viewerId = 14;

    static QList<RoleRecord> all();
};

} // namespace runai::sandbox
