// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/PredefinedRoles.h"
#include "sandbox/SecretHasher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace runai::sandbox {

struct UserRecord
{
    quint64 seq = 0; // creation order, the default list order
    QString id;
    QString username; // the email
    QString firstName; // 3.0 only; empty = null. Older levels never print the names.
    QString lastName;
    QString createdBy;
    QString createdAt; // ISO 8601 UTC with milliseconds; kept as text because lists print
    QString updatedAt; // far more often than anything compares, and the format sorts as text
    QString lastLogin; // empty = null
    bool isLocal = true;
    QStringList groups;
    SaltedHash password;
    quint32 tokenGeneration = 0;

    // The record as GET /api/v1/users prints it, built once and reused until the record changes:
    // serialising 500 users per list page through QJsonDocument cost ~10 ms a page, copying
    // ready bytes costs microseconds. Valid while jsonEpoch equals the store's
    // userJsonEpoch(); SandboxStore::touchUser() and touch() make it stale.
    mutable QByteArray json;
    mutable quint64 jsonEpoch = 0;
};

// Applications and service accounts are one kind of object seen through two APIs.
struct AppRecord
{
    QString id;
    QString name;
    QString clientId;
    QString createdBy;
    QString createdAt;
    QString updatedAt;
    QString lastLogin;
    bool enabled = true;
    SaltedHash secret;
    quint32 tokenGeneration = 0;
};

struct AccessRuleRecord
{
    int id = 0;
    QString subjectId;
    QString subjectType;
    int roleId = 0;
    QString scopeId;
    QString scopeType;
    QString clusterId;
    QString createdBy;
    QString createdAt;
    QString updatedAt;
};

// A user's access key (2.24+): client credentials whose tokens act as the owning user.
struct AccessKeyRecord
{
    QString id;
    QString name; // unique among the owner's keys only
    QString clientId; // opaque, not the name (unlike applications)
    QString ownerId; // the user's id
    QString createdBy; // the owner's email, what the administration list shows
    QString createdAt;
    QString lastLogin;
    SaltedHash secret;
    quint32 tokenGeneration = 0; // bumped on regenerate: the key's older tokens stop working
};

// Everything the control plane knows. Users sit in creation order in a vector (records on the heap,
// so pointers stay valid) with hash indexes beside it: an unfiltered page of 100,000 users is an
// index jump, never a walk or a sort.
class SandboxStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int tenantId = 1001;
    static constexpr int systemAdministratorRoleId = PredefinedRoles::systemAdministratorId;
    static constexpr int viewerRoleId = PredefinedRoles::viewerId;

    explicit SandboxStore(QObject *parent = nullptr);

    static QString now(); // the timestamp format every record uses
    // The predefined roles were all made at install time; every answer prints this date.
    static QString rolesCreatedAt() { return QStringLiteral("2024-01-01T00:00:00.000Z"); }

    // users
    using UserList = std::vector<std::unique_ptr<UserRecord>>;
    const UserList &users() const { return m_users; } // creation order
    // Bumped on every change; lets readers cache derived data (a sorted user order) safely.
    quint64 revision() const { return m_revision; }
    UserRecord *userById(const QString &id);
    UserRecord *userByName(const QString &username); // case-insensitive
    UserRecord &addUser(const QString &username, const QString &createdBy, const QString &password);
    bool removeUser(const QString &id);
    // The installer's admin: created if missing, password taken from the options every start.
    UserRecord &ensureAdmin(const QString &email, const QString &password);
    QString adminId() const { return m_adminId; }

    // applications / service accounts
    const QList<AppRecord> &apps() const { return m_apps; }
    AppRecord *appById(const QString &id);
    AppRecord *appByName(const QString &name);
    AppRecord *appByClientId(const QString &clientId);
    AppRecord &addApp(const QString &name, const QString &createdBy, const QString &secret);
    bool removeApp(const QString &id);

    // access keys (a user's own client credentials, 2.24+)
    const QList<AccessKeyRecord> &accessKeys() const { return m_accessKeys; }
    AccessKeyRecord *accessKeyById(const QString &id);
    AccessKeyRecord *accessKeyByClientId(const QString &clientId);
    AccessKeyRecord &addAccessKey(const UserRecord &owner, const QString &name,
                                  const QString &secret);
    bool removeAccessKey(const QString &id);

    // roles and access rules
    const QList<RoleRecord> &roles() const { return m_roles; }
    const RoleRecord *roleById(int id) const;
    const QList<AccessRuleRecord> &accessRules() const { return m_rules; }
    const AccessRuleRecord *accessRuleById(int id) const;
    AccessRuleRecord &addAccessRule(AccessRuleRecord rule);
    bool removeAccessRule(int id);
    bool hasSystemAdministratorRule(const QString &subjectType,
                                    const QStringList &subjectIds) const;
    // 3.0 lists a built-in rule for every signed-in user; created once, never deleted.
    static QString allAuthenticatedUsers() { return QStringLiteral("all-authenticated-users"); }
    void ensureAllAuthenticatedUsersRule();

    // Call after changing a record in place, so the state gets saved. touch() also makes every
    // user's cached JSON stale (it does not know what changed); touchUser() only that user's.
    void touch();
    void touchUser(UserRecord &user);
    // Cached UserRecord::json is valid only when built at this epoch (never 0).
    quint64 userJsonEpoch() const { return m_userJsonEpoch; }

    // The state file (SandboxStoreJson.cpp): hashes only, never a plaintext secret.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

Q_SIGNALS:
    void changed();

private:
    void markChanged();
    void removeRulesFor(const QStringList &subjectTypes, const QStringList &subjectIds);

    UserList m_users;
    QHash<QString, UserRecord *> m_userById;
    QHash<QString, UserRecord *> m_userByName; // lower-cased username
    quint64 m_revision = 0;
    quint64 m_userJsonEpoch = 1;
    quint64 m_nextUserSeq = 1;
    QString m_adminId;

    QList<AppRecord> m_apps;
    QList<AccessKeyRecord> m_accessKeys;
    QList<RoleRecord> m_roles;
    QList<AccessRuleRecord> m_rules;
    int m_nextRuleId = 1;
};

} // namespace runai::sandbox
