// SPDX-License-Identifier: MIT
#include "api/AccessSubject.h"

#include "api/Session.h"
#include "core/Application.h"
#include "core/User.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace runai {

AccessSubject AccessSubject::forApplication(const Application &app, const Session *session)
{
    AccessSubject s;
    s.kind = Kind::Application;
    s.displayName = app.name;
    s.subjectType = session ? session->applicationSubjectType() : u"app"_s;
    s.subjectId = app.clientId.isEmpty() ? app.name : app.clientId;
    // 2.24 renamed "app" to "service-account" but keeps the old rules.
    s.listedTypes = {u"app"_s};
    if (s.subjectType != u"app"_s)
        s.listedTypes.append(s.subjectType);
    for (const QString &id : {s.subjectId, app.name, app.id}) {
        if (!id.isEmpty() && !s.knownIds.contains(id))
            s.knownIds.append(id);
    }
    s.tenantId = app.tenantId;
    return s;
}

AccessSubject AccessSubject::forUser(const User &user)
{
    AccessSubject s;
    s.kind = Kind::User;
    s.displayName = user.username;
    s.subjectType = u"user"_s;
    s.subjectId = user.id.isEmpty() ? user.username : user.id;
    s.listedTypes = {u"user"_s};
    for (const QString &id : {user.id, user.username}) {
        if (!id.isEmpty() && !s.knownIds.contains(id))
            s.knownIds.append(id);
    }
    return s;
}

AccessRuleQuery AccessSubject::query() const
{
    AccessRuleQuery q;
    if (listedTypes.size() == 1)
        q.subjectType = listedTypes.first();
    q.subjectIds = knownIds;
    q.limit = 500; // the most the server gives in one page
    return q;
}

bool AccessSubject::owns(const AccessRule &rule) const
{
    if (appliesToEveryone(rule))
        return true;
    return listedTypes.contains(rule.subjectType)
           && knownIds.contains(rule.subjectId, Qt::CaseInsensitive);
}

QString AccessSubject::allAuthenticatedUsersType()
{
    return u"all-authenticated-users"_s;
}

bool AccessSubject::appliesToEveryone(const AccessRule &rule)
{
    return rule.subjectType == allAuthenticatedUsersType();
}

AccessRuleQuery AccessSubject::everyoneQuery()
{
    AccessRuleQuery q;
    q.subjectType = allAuthenticatedUsersType();
    q.limit = 500;
    return q;
}

QString AccessSubject::subjectTypeName(const QString &subjectType)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("runai::AccessSubject", text);
    };
    if (subjectType == allAuthenticatedUsersType())
        return tr("All authenticated users");
    if (subjectType == u"service-account"_s)
        return tr("Service account");
    if (subjectType == u"app"_s)
        return tr("Application");
    if (subjectType == u"user"_s)
        return tr("User");
    if (subjectType == u"group"_s)
        return tr("Group");
    return subjectType;
}

AccessRuleRequest AccessSubject::request(int roleId, const QString &scopeType,
                                         const QString &scopeId) const
{
    AccessRuleRequest r;
    r.subjectId = subjectId;
    r.subjectType = subjectType;
    r.roleId = roleId;
    r.scopeType = scopeType;
    r.scopeId = scopeId;
    return r;
}

} // namespace runai
