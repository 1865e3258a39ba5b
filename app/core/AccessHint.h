// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace runai {

// Which access rule would let an identity make a request the console refused with 403: the one
// place that turns a request (verb and path) into that advice. ApiError::userMessage() appends it
// to every "not allowed" message, so each page's 403 names the rule without knowing about it.
class AccessHint
{
    Q_DECLARE_TR_FUNCTIONS(runai::AccessHint)
public:
    struct Requirement
    {
        QString permission; // the role permission's display name, e.g. "Applications"
        QString action; // create, read, update or delete
        bool isKnown() const { return !permission.isEmpty(); }
    };

    // The role that manages applications, users and access rules on every Run:ai version.
    static QString administratorRole() { return QStringLiteral("System administrator"); }

    // What the request needs, from its verb and API path ("/api/v1/users/42/logout").
    // Unknown (empty) for paths this program does not call.
    static Requirement requirementFor(const QByteArray &verb, const QString &path);

    // One translated sentence naming the access rule that would grant the request to `identity`,
    // or an empty string when the requirement is unknown.
    static QString ruleSentence(const QString &identity, const QByteArray &verb,
                                const QString &path);
};

} // namespace runai
