// SPDX-License-Identifier: MIT
#include "sandbox/PredefinedRoles.h"

#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

QJsonObject permission(const QString &resourceType, const QString &displayName,
                       const QString &groupId, const QStringList &actions)
{
    return {{u"resourceType"_s, resourceType},
            {u"displayName"_s, displayName},
            {u"groupId"_s, groupId},
            {u"actions"_s, QJsonArray::fromStringList(actions)}};
}

} // namespace

QList<RoleRecord> PredefinedRoles::all()
{
    const QStringList all{u"create"_s, u"read"_s, u"update"_s, u"delete"_s};
    const QStringList read{u"read"_s};
    const auto projects = [](const QStringList &a) {
        return permission(u"project"_s, u"Projects"_s, u"organization"_s, a);
    };
    const auto workloads = [](const QStringList &a) {
        return permission(u"workloads"_s, u"Workloads"_s, u"workload"_s, a);
    };
    const auto assets = [](const QString &type, const QString &name, const QStringList &a) {
        return permission(type, name, u"workload-asset"_s, a);
    };
    QList<RoleRecord> roles{
            {1,
             u"Compute resource administrator"_s,
             u"Manages compute resources"_s,
             {assets(u"compute-resources"_s, u"Compute resources"_s, all), projects(read)}},
            {2,
             u"Data source administrator"_s,
             u"Manages data sources"_s,
             {assets(u"pvc-assets"_s, u"PVC"_s, all), assets(u"git-assets"_s, u"Git"_s, all)}},
            {3,
             u"Data volume administrator"_s,
             u"Manages data volumes"_s,
             {assets(u"data-volumes"_s, u"Data volumes"_s, all)}},
            {4,
             u"Department administrator"_s,
             u"Manages a department and its projects"_s,
             {permission(u"department"_s, u"Departments"_s, u"organization"_s, all), projects(all),
              workloads(all)}},
            {5,
             u"Department viewer"_s,
             u"Views a department and its projects"_s,
             {permission(u"department"_s, u"Departments"_s, u"organization"_s, read),
              projects(read)}},
            {6,
             u"Editor"_s,
             u"Edits the organization's resources"_s,
             {projects(all), workloads(all)}},
            {7,
             u"Environment administrator"_s,
             u"Manages environments"_s,
             {assets(u"environments"_s, u"Environments"_s, all)}},
            {8,
             u"L1 researcher"_s,
             u"Runs and manages workloads"_s,
             {workloads(all), projects(read)}},
            {9, u"L2 researcher"_s, u"Runs workloads"_s, {workloads(all)}},
            {10,
             u"ML engineer"_s,
             u"Deploys inference workloads"_s,
             {permission(u"inferences"_s, u"Inferences"_s, u"workload"_s, all)}},
            {11,
             u"Research manager"_s,
             u"Views and manages research work"_s,
             {workloads(read), projects(read)}},
            {systemAdministratorId,
             u"System administrator"_s,
             u"Manages everything, including users, applications and access rules"_s,
             {permission(u"tenant"_s, u"Account"_s, u"organization"_s, all),
              permission(u"users"_s, u"Users"_s, u"iam"_s, all),
              permission(u"apps"_s, u"Applications"_s, u"iam"_s, all),
              permission(u"service-account"_s, u"Service accounts"_s, u"iam"_s, all),
              permission(u"access_rules"_s, u"Access rules"_s, u"iam"_s, all),
              permission(u"roles"_s, u"Roles"_s, u"iam"_s, read), projects(all), workloads(all)}},
            {13,
             u"Template administrator"_s,
             u"Manages templates"_s,
             {assets(u"templates"_s, u"Templates"_s, all)}},
            {viewerId,
             u"Viewer"_s,
             u"Views the organization's resources"_s,
             {projects(read), workloads(read)}},
    };
    return roles;
}

} // namespace runai::sandbox
