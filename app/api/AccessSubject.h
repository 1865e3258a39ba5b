// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessRule.h"

#include <QString>
#include <QStringList>

namespace runai {

class Session;
struct Application;
struct User;

// Whose access rules a dialog shows and adds: an application (service account) or a user.
//
// subjectId of a NEW rule:
// - users: the user's id, as the newer Run:ai examples do (runai-api.md section 4);
// - applications: the client ID. The contract does not say which identifier it wants (section 4,
//   "What to put in subjectId"); for organisation applications the client ID equals the name
//   (section 1.2, and 2.18/2.19 have no client ID, where we use the name), so the client ID is
//   right under both readings. The sandbox accepts the id, the name or the client ID.
// Listing asks for every identifier the subject has (id, name, client ID / email), so rules
// that another tool made with a different identifier are shown too.
struct AccessSubject
{
    enum class Kind { Application, User };

    Kind kind = Kind::User;
    QString displayName; // application name or e-mail
    QString subjectType; // for new rules: "user", "app" (< 2.24) or "service-account" (2.24+)
    QString subjectId; // for new rules
    QStringList listedTypes; // rule types that belong to this subject
    QStringList knownIds; // every identifier rules may use for it
    QString tenantId; // to prefill a tenant scope; empty when unknown

    static AccessSubject forApplication(const Application &app, const Session *session);
    static AccessSubject forUser(const User &user);

    // The list query: subjectType is sent when one type covers the subject.
    AccessRuleQuery query() const;
    // Whether a listed rule belongs to this subject (the server may ignore a filter), including
    // the built-in rules of 3.0 that apply to every signed-in identity.
    bool owns(const AccessRule &rule) const;

    // 3.0's built-in subject type: the rule applies to every signed-in user and service account.
    static QString allAuthenticatedUsersType();
    static bool appliesToEveryone(const AccessRule &rule);
    // The query for those rules (they name no subject id, so the subject's query misses them).
    static AccessRuleQuery everyoneQuery();
    // A subject type in words: "All authenticated users", "Service account", "Application", ...;
    // an unknown type is shown as the server spells it.
    static QString subjectTypeName(const QString &subjectType);
    AccessRuleRequest request(int roleId, const QString &scopeType, const QString &scopeId) const;
};

} // namespace runai
