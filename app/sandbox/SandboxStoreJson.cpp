// SPDX-License-Identifier: MIT
// SandboxStore's state file (--state): every record as JSON and back. Secrets are written as their
// salted hashes only, never in plaintext.
#include "sandbox/EndpointSupport.h"
#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace runai::sandbox {

namespace {

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
