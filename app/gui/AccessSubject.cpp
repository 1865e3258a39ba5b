#include "AccessSubject.h"

#include "Application.h"
#include "Session.h"
#include "User.h"

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
    return listedTypes.contains(rule.subjectType)
           && knownIds.contains(rule.subjectId, Qt::CaseInsensitive);
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
