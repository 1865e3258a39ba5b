// SPDX-License-Identifier: MIT
#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxClock.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

// The record whose `field` equals `value`, or nullptr (applications and access keys are few).
template<typename Record>
Record *findRecord(QList<Record> &records, QString Record::*field, const QString &value)
{
    for (Record &record : records) {
        if (record.*field == value)
            return &record;
    }
    return nullptr;
}

QJsonObject permission(const QString &resourceType, const QString &displayName,
                       const QString &groupId, const QStringList &actions)
{
    return {{u"resourceType"_s, resourceType},
            {u"displayName"_s, displayName},
            {u"groupId"_s, groupId},
            {u"actions"_s, QJsonArray::fromStringList(actions)}};
}

// The predefined Run:ai roles. Ids are the sandbox's own (integers, as the contract says); clients
// look roles up by name, as Run:ai's own examples do.
QList<RoleRecord> predefinedRoles()
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
            {SandboxStore::systemAdministratorRoleId,
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
            {SandboxStore::viewerRoleId,
             u"Viewer"_s,
             u"Views the organization's resources"_s,
             {projects(read), workloads(read)}},
    };
    return roles;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject hashJson(const SaltedHash &h)
{
    return {{u"salt"_s, QString::fromLatin1(h.salt.toBase64())},
            {u"sha256"_s, QString::fromLatin1(h.hash.toBase64())}};
}

SaltedHash hashFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {QByteArray::fromBase64(o.value(u"salt"_s).toString().toLatin1()),
            QByteArray::fromBase64(o.value(u"sha256"_s).toString().toLatin1())};
}

} // namespace

SandboxStore::SandboxStore(QObject *parent)
    : QObject(parent)
    , m_roles(predefinedRoles())
{ }

QString SandboxStore::now()
{
    return SandboxClock::nowUtc().toString(Qt::ISODateWithMs);
}

void SandboxStore::markChanged()
{
    ++m_revision;
    Q_EMIT changed();
}

void SandboxStore::touch()
{
    ++m_userJsonEpoch;
    markChanged();
}

void SandboxStore::touchUser(UserRecord &user)
{
    user.json.clear();
    user.jsonEpoch = 0;
    markChanged();
}

UserRecord *SandboxStore::userById(const QString &id)
{
    return m_userById.value(id);
}

UserRecord *SandboxStore::userByName(const QString &username)
{
    return m_userByName.value(username.toLower());
}

UserRecord &SandboxStore::addUser(const QString &username, const QString &createdBy,
                                  const QString &password)
{
    auto user = std::make_unique<UserRecord>();
    user->seq = m_nextUserSeq++;
    user->id = newId();
    user->username = username;
    user->createdBy = createdBy;
    user->createdAt = user->updatedAt = now();
    user->password = SaltedHash::of(password);
    m_userById.insert(user->id, user.get());
    m_userByName.insert(username.toLower(), user.get());
    m_users.push_back(std::move(user));
    markChanged();
    return *m_users.back();
}

bool SandboxStore::removeUser(const QString &id)
{
    UserRecord *user = m_userById.value(id);
    if (!user)
        return false;
    const QString username = user->username;
    // The vector is sorted by seq: binary search, then one erase (a pointer-sized memmove).
    const auto it = std::lower_bound(
            m_users.begin(), m_users.end(), user->seq,
            [](const std::unique_ptr<UserRecord> &u, quint64 seq) { return u->seq < seq; });
    m_userByName.remove(username.toLower());
    m_userById.remove(id);
    m_users.erase(it);
    removeRulesFor({u"user"_s}, {id, username});
    // A user's access keys go with the user.
    m_accessKeys.removeIf([&id](const AccessKeyRecord &key) { return key.ownerId == id; });
    markChanged();
    return true;
}

UserRecord &SandboxStore::ensureAdmin(const QString &email, const QString &password)
{
    UserRecord *admin = userByName(email);
    if (!admin)
        admin = &addUser(email, u"system"_s, password);
    else
        admin->password = SaltedHash::of(password);
    m_adminId = admin->id;
    const bool hasRule = hasSystemAdministratorRule(u"user"_s, {admin->id, admin->username});
    if (!hasRule) {
        AccessRuleRecord rule;
        rule.subjectId = admin->username;
        rule.subjectType = u"user"_s;
        rule.roleId = systemAdministratorRoleId;
        rule.scopeType = u"tenant"_s;
        rule.scopeId = QString::number(tenantId);
        rule.createdBy = u"system"_s;
        addAccessRule(rule);
    }
    return *admin;
}

AppRecord *SandboxStore::appById(const QString &id)
{
    return findRecord(m_apps, &AppRecord::id, id);
}

AppRecord *SandboxStore::appByName(const QString &name)
{
    return findRecord(m_apps, &AppRecord::name, name);
}

AppRecord *SandboxStore::appByClientId(const QString &clientId)
{
    return findRecord(m_apps, &AppRecord::clientId, clientId);
}

AppRecord &SandboxStore::addApp(const QString &name, const QString &createdBy,
                                const QString &secret)
{
    AppRecord app;
    app.id = newId();
    app.name = name;
    // Organisation applications use their name as client id (the contract's own example).
    app.clientId = name;
    app.createdBy = createdBy;
    app.createdAt = app.updatedAt = now();
    app.secret = SaltedHash::of(secret);
    m_apps.append(std::move(app));
    markChanged();
    return m_apps.last();
}

bool SandboxStore::removeApp(const QString &id)
{
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_apps[i].id != id)
            continue;
        const AppRecord app = m_apps.takeAt(i);
        removeRulesFor({u"app"_s, u"service-account"_s}, {app.id, app.name, app.clientId});
        markChanged();
        return true;
    }
    return false;
}

AccessKeyRecord *SandboxStore::accessKeyById(const QString &id)
{
    return findRecord(m_accessKeys, &AccessKeyRecord::id, id);
}

AccessKeyRecord *SandboxStore::accessKeyByClientId(const QString &clientId)
{
    return findRecord(m_accessKeys, &AccessKeyRecord::clientId, clientId);
}

AccessKeyRecord &SandboxStore::addAccessKey(const UserRecord &owner, const QString &name,
                                            const QString &secret)
{
    AccessKeyRecord key;
    key.id = newId();
    key.name = name;
    // Opaque, as the contract's examples show; never the name, which only the owner's keys share.
    key.clientId = newId();
    key.ownerId = owner.id;
    key.createdBy = owner.username;
    key.createdAt = now();
    key.secret = SaltedHash::of(secret);
    m_accessKeys.append(std::move(key));
    markChanged();
    return m_accessKeys.last();
}

bool SandboxStore::removeAccessKey(const QString &id)
{
    const qsizetype removed = m_accessKeys.removeIf(
            [&id](const AccessKeyRecord &key) { return key.id == id; });
    if (removed)
        markChanged();
    return removed > 0;
}

const RoleRecord *SandboxStore::roleById(int id) const
{
    for (const RoleRecord &role : m_roles) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

const AccessRuleRecord *SandboxStore::accessRuleById(int id) const
{
    for (const AccessRuleRecord &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

AccessRuleRecord &SandboxStore::addAccessRule(AccessRuleRecord rule)
{
    rule.id = m_nextRuleId++;
    rule.createdAt = rule.updatedAt = now();
    m_rules.append(std::move(rule));
    markChanged();
    return m_rules.last();
}

bool SandboxStore::removeAccessRule(int id)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id) {
            m_rules.removeAt(i);
            markChanged();
            return true;
        }
    }
    return false;
}

bool SandboxStore::hasSystemAdministratorRule(const QString &subjectType,
                                              const QStringList &subjectIds) const
{
    // For apps the contract does not say whether subjectId holds the id, the name or the client
    // id, so any of them grants the rule (callers pass all the identifiers they have).
    const bool appLike = subjectType == u"app"_s || subjectType == u"service-account"_s;
    for (const AccessRuleRecord &rule : m_rules) {
        if (rule.roleId != systemAdministratorRoleId)
            continue;
        const bool typeMatches = appLike ? (rule.subjectType == u"app"_s
                                            || rule.subjectType == u"service-account"_s)
                                         : rule.subjectType == subjectType;
        if (typeMatches && subjectIds.contains(rule.subjectId, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void SandboxStore::ensureAllAuthenticatedUsersRule()
{
    for (const AccessRuleRecord &rule : m_rules) {
        if (rule.subjectType == allAuthenticatedUsers())
            return;
    }
    // The 3.0 documentation shows the subject type, not the rule's role. The sandbox gives it
    // Viewer on the tenant: read-only, so it never grants anything the sandbox checks (only
    // System administrator rules open the administration endpoints), yet a client sees a rule
    // it did not create and cannot delete, as on a real 3.0 console.
    AccessRuleRecord rule;
    rule.subjectId = allAuthenticatedUsers();
    rule.subjectType = allAuthenticatedUsers();
    rule.roleId = viewerRoleId;
    rule.scopeType = u"tenant"_s;
    rule.scopeId = QString::number(tenantId);
    rule.createdBy = u"system"_s;
    addAccessRule(rule);
}

void SandboxStore::removeRulesFor(const QStringList &subjectTypes, const QStringList &subjectIds)
{
    m_rules.removeIf([&](const AccessRuleRecord &rule) {
        return subjectTypes.contains(rule.subjectType)
               && subjectIds.contains(rule.subjectId, Qt::CaseInsensitive);
    });
}

QJsonObject SandboxStore::toJson() const
{
    QJsonArray users;
    for (const auto &record : m_users) {
        const UserRecord &u = *record;
        QJsonObject user{
                {u"id"_s, u.id},
                {u"username"_s, u.username},
                {u"createdBy"_s, u.createdBy},
                {u"createdAt"_s, u.createdAt},
                {u"updatedAt"_s, u.updatedAt},
                {u"lastLogin"_s, nullable(u.lastLogin)},
                {u"isLocal"_s, u.isLocal},
                {u"groups"_s, QJsonArray::fromStringList(u.groups)},
                {u"password"_s, hashJson(u.password)},
                {u"tokenGeneration"_s, qint64(u.tokenGeneration)},
        };
        // Written only when set, so files without names look exactly as before.
        if (!u.firstName.isEmpty())
            user.insert(u"firstName"_s, u.firstName);
        if (!u.lastName.isEmpty())
            user.insert(u"lastName"_s, u.lastName);
        users.append(user);
    }
    QJsonArray apps;
    for (const AppRecord &a : m_apps) {
        apps.append(QJsonObject{
                {u"id"_s, a.id},
                {u"name"_s, a.name},
                {u"clientId"_s, a.clientId},
                {u"createdBy"_s, a.createdBy},
                {u"createdAt"_s, a.createdAt},
                {u"updatedAt"_s, a.updatedAt},
                {u"lastLogin"_s, nullable(a.lastLogin)},
                {u"enabled"_s, a.enabled},
                {u"secret"_s, hashJson(a.secret)},
                {u"tokenGeneration"_s, qint64(a.tokenGeneration)},
        });
    }
    QJsonArray accessKeys;
    for (const AccessKeyRecord &k : m_accessKeys) {
        accessKeys.append(QJsonObject{
                {u"id"_s, k.id},
                {u"name"_s, k.name},
                {u"clientId"_s, k.clientId},
                {u"ownerId"_s, k.ownerId},
                {u"createdBy"_s, k.createdBy},
                {u"createdAt"_s, k.createdAt},
                {u"lastLogin"_s, nullable(k.lastLogin)},
                {u"secret"_s, hashJson(k.secret)},
                {u"tokenGeneration"_s, qint64(k.tokenGeneration)},
        });
    }
    QJsonArray rules;
    for (const AccessRuleRecord &r : m_rules) {
        rules.append(QJsonObject{
                {u"id"_s, r.id},
                {u"subjectId"_s, r.subjectId},
                {u"subjectType"_s, r.subjectType},
                {u"roleId"_s, r.roleId},
                {u"scopeId"_s, r.scopeId},
                {u"scopeType"_s, r.scopeType},
                {u"clusterId"_s, r.clusterId},
                {u"createdBy"_s, r.createdBy},
                {u"createdAt"_s, r.createdAt},
                {u"updatedAt"_s, r.updatedAt},
        });
    }
    return {{u"format"_s, u"runai-sandbox-state"_s},
            {u"version"_s, 1},
            {u"users"_s, users},
            {u"apps"_s, apps},
            {u"accessKeys"_s, accessKeys},
            {u"accessRules"_s, rules},
            {u"nextAccessRuleId"_s, m_nextRuleId}};
}

bool SandboxStore::fromJson(const QJsonObject &json, QString *error)
{
    // Far more rules than anyone makes, far from int overflow as the ids count on.
    constexpr int maxLoadedRuleId = 1'000'000'000;
    if (json.value(u"format"_s).toString() != u"runai-sandbox-state"_s
        || json.value(u"version"_s).toInt() != 1) {
        if (error)
            *error = u"not a runai-sandbox state file (version 1)"_s;
        return false;
    }
    // Two records with one id (or one name) would leave one of them out of the lookups: listed
    // but never found, deleted or signed in to. A state file the sandbox wrote never has them.
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    m_users.clear();
    m_userById.clear();
    m_userByName.clear();
    m_apps.clear();
    m_accessKeys.clear();
    m_rules.clear();
    m_nextUserSeq = 1;
    const QJsonArray users = json.value(u"users"_s).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        UserRecord u;
        u.seq = m_nextUserSeq++;
        u.id = o.value(u"id"_s).toString();
        u.username = o.value(u"username"_s).toString();
        if (u.id.isEmpty() || u.username.isEmpty())
            continue;
        if (m_userById.contains(u.id) || m_userByName.contains(u.username.toLower()))
            return refuse(u"user %1 appears twice"_s.arg(u.username));
        u.firstName = o.value(u"firstName"_s).toString();
        u.lastName = o.value(u"lastName"_s).toString();
        u.createdBy = o.value(u"createdBy"_s).toString();
        u.createdAt = o.value(u"createdAt"_s).toString();
        u.updatedAt = o.value(u"updatedAt"_s).toString();
        u.lastLogin = o.value(u"lastLogin"_s).toString();
        u.isLocal = o.value(u"isLocal"_s).toBool(true);
        for (const QJsonValue &g : o.value(u"groups"_s).toArray())
            u.groups.append(g.toString());
        u.password = hashFromJson(o.value(u"password"_s));
        u.tokenGeneration = quint32(o.value(u"tokenGeneration"_s).toInteger());
        auto record = std::make_unique<UserRecord>(std::move(u));
        m_userById.insert(record->id, record.get());
        m_userByName.insert(record->username.toLower(), record.get());
        m_users.push_back(std::move(record));
    }
    const QJsonArray apps = json.value(u"apps"_s).toArray();
    for (const QJsonValue &v : apps) {
        const QJsonObject o = v.toObject();
        AppRecord a;
        a.id = o.value(u"id"_s).toString();
        a.name = o.value(u"name"_s).toString();
        if (a.id.isEmpty() || a.name.isEmpty())
            continue;
        a.clientId = o.value(u"clientId"_s).toString(a.name);
        if (appById(a.id) || appByName(a.name) || appByClientId(a.clientId))
            return refuse(u"application %1 appears twice"_s.arg(a.name));
        a.createdBy = o.value(u"createdBy"_s).toString();
        a.createdAt = o.value(u"createdAt"_s).toString();
        a.updatedAt = o.value(u"updatedAt"_s).toString();
        a.lastLogin = o.value(u"lastLogin"_s).toString();
        a.enabled = o.value(u"enabled"_s).toBool(true);
        a.secret = hashFromJson(o.value(u"secret"_s));
        a.tokenGeneration = quint32(o.value(u"tokenGeneration"_s).toInteger());
        m_apps.append(std::move(a));
    }
    // Keys whose owner is gone are dropped, as removeUser() would have done.
    for (const QJsonValue &v : json.value(u"accessKeys"_s).toArray()) {
        const QJsonObject o = v.toObject();
        AccessKeyRecord k;
        k.id = o.value(u"id"_s).toString();
        k.name = o.value(u"name"_s).toString();
        k.clientId = o.value(u"clientId"_s).toString();
        k.ownerId = o.value(u"ownerId"_s).toString();
        if (k.id.isEmpty() || k.clientId.isEmpty() || !m_userById.contains(k.ownerId))
            continue;
        if (accessKeyById(k.id) || accessKeyByClientId(k.clientId))
            return refuse(u"access key %1 appears twice"_s.arg(k.clientId));
        k.createdBy = o.value(u"createdBy"_s).toString();
        k.createdAt = o.value(u"createdAt"_s).toString();
        k.lastLogin = o.value(u"lastLogin"_s).toString();
        k.secret = hashFromJson(o.value(u"secret"_s));
        k.tokenGeneration = quint32(o.value(u"tokenGeneration"_s).toInteger());
        m_accessKeys.append(std::move(k));
    }
    int maxRuleId = 0;
    const QJsonArray rules = json.value(u"accessRules"_s).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        AccessRuleRecord r;
        r.id = o.value(u"id"_s).toInt();
        // Ids count up from 1, and the next ones must still fit in an int.
        if (r.id < 1 || r.id > maxLoadedRuleId)
            return refuse(u"access rule id %1 is out of range"_s.arg(r.id));
        if (accessRuleById(r.id))
            return refuse(u"access rule %1 appears twice"_s.arg(r.id));
        r.subjectId = o.value(u"subjectId"_s).toString();
        r.subjectType = o.value(u"subjectType"_s).toString();
        r.roleId = o.value(u"roleId"_s).toInt();
        r.scopeId = o.value(u"scopeId"_s).toString();
        r.scopeType = o.value(u"scopeType"_s).toString();
        r.clusterId = o.value(u"clusterId"_s).toString();
        r.createdBy = o.value(u"createdBy"_s).toString();
        r.createdAt = o.value(u"createdAt"_s).toString();
        r.updatedAt = o.value(u"updatedAt"_s).toString();
        maxRuleId = qMax(maxRuleId, r.id);
        m_rules.append(std::move(r));
    }
    const int nextRuleId = json.value(u"nextAccessRuleId"_s).toInt(1);
    if (nextRuleId > maxLoadedRuleId + 1)
        return refuse(u"nextAccessRuleId %1 is out of range"_s.arg(nextRuleId));
    m_nextRuleId = qMax(nextRuleId, maxRuleId + 1);
    ++m_revision;
    ++m_userJsonEpoch;
    return true;
}

} // namespace runai::sandbox
