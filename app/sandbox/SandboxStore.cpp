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

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SandboxStore::SandboxStore(QObject *parent)
    : QObject(parent)
    , m_roles(PredefinedRoles::all())
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

} // namespace runai::sandbox
