// SPDX-License-Identifier: MIT
#include "core/AccessHint.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace runai {

AccessHint::Requirement AccessHint::requirementFor(const QByteArray &verb, const QString &path)
{
    QStringList parts = QString(path).section(u'?', 0, 0).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts[0] != u"api"_s)
        return {};
    parts = parts.mid(2); // drop "api" and the version
    QString permission;
    if (parts[0] == u"apps"_s)
        permission = tr("Applications");
    else if (parts[0] == u"service-accounts"_s)
        permission = tr("Service accounts");
    else if (parts[0] == u"users"_s)
        permission = tr("Users");
    else if (parts[0] == u"authorization"_s && parts.size() > 1 && parts[1] == u"access-rules"_s)
        permission = tr("Access rules");
    else if (parts[0] == u"authorization"_s && parts.size() > 1 && parts[1] == u"roles"_s)
        permission = tr("Roles");
    else if (parts[0] == u"access-keys"_s)
        permission = tr("Access keys");
    else if (parts[0] == u"administration"_s && parts.size() > 1 && parts[1] == u"access-keys"_s) {
        permission = tr("Access keys");
        parts.removeFirst(); // "administration/access-keys/{id}" acts on the key like its owner
    } else
        return {};

    const QByteArray method = verb.toUpper();
    QString action;
    if (method == "GET" || method == "HEAD")
        action = u"read"_s;
    else if (method == "DELETE")
        action = u"delete"_s;
    else if (method == "PATCH" || method == "PUT")
        action = u"update"_s;
    else if (method == "POST")
        // POST on the collection creates; POST on an object's sub-resource (secret, password,
        // logout) changes that object.
        action = (parts.size() > 2 || (parts[0] != u"authorization"_s && parts.size() > 1))
                         ? u"update"_s
                         : u"create"_s;
    else
        return {};
    return {permission, action};
}

QString AccessHint::ruleSentence(const QString &identity, const QByteArray &verb,
                                 const QString &path)
{
    const Requirement r = requirementFor(verb, path);
    if (!r.isKnown())
        return {};
    const QString who = identity.isEmpty() ? tr("you") : u"\"%1\""_s.arg(identity);
    return tr("An access rule giving %1 the %2 role on the tenant scope would grant it (or any "
              "role with the \"%3\" permission to %4).")
            .arg(who, administratorRole(), r.permission, r.action);
}

} // namespace runai
