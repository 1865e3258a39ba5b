// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runai {

// One access rule as the review shows it: role × scope, already in words. A copy of what the
// console's rule list says; the review keeps these few strings, not the whole AccessRule.
struct ReviewRule
{
    QString roleName;
    QString scopeType;
    QString scopeName; // the scope's name, else its id
    // Why it applies: it names the identity, a group the user is in, every signed-in identity
    // (3.0's built-in rule), or the owner of an access key (whose roles the key's tokens carry).
    enum class Via : quint8 { Direct, Group, Everyone, Owner };
    Via via = Via::Direct;
    QString viaName; // the group's name or the owner's e-mail
    bool isSystemAdministrator() const
    {
        return roleName.compare(QLatin1StringView("System administrator"), Qt::CaseInsensitive)
               == 0;
    }
    QString text() const; // "Editor on project team-a (via group x)"
    bool operator==(const ReviewRule &) const = default;
};
using ReviewRuleList = QList<ReviewRule>;

// One identity of the console in the access review: a user, an application or service account,
// or an access key. It never holds a secret: `secretHeld` only says whether this program keeps
// one in the keychain.
struct ReviewEntry
{
    enum class Type : quint8 { User, Application, ServiceAccount, AccessKey };

    Type type = Type::User;
    // What the API can do to it: users and access keys have no enabled state in Run:ai's API
    // (nullopt), applications and service accounts do.
    std::optional<bool> enabled;
    bool secretHeld = false;
    QString id;
    QString name; // e-mail, application name, access key name
    QString clientId; // applications and access keys
    QString createdBy; // for an access key: its owner
    QDateTime createdAt;
    QDateTime lastLogin; // invalid: never
    ReviewRuleList rules; // its own and its groups' (for an access key: its owner's)

    bool canBeDisabled() const { return enabled.has_value(); }
    bool operator==(const ReviewEntry &) const = default;
};
using ReviewEntryList = QList<ReviewEntry>;

} // namespace runai

// Every member is relocatable (implicitly shared Qt values, a bool optional): a list of 100,000
// rows grows by moving memory, not by 100,000 move constructions on the GUI thread.
Q_DECLARE_TYPEINFO(runai::ReviewRule, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(runai::ReviewEntry, Q_RELOCATABLE_TYPE);
