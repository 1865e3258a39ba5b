// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessRule.h"
#include "core/ReviewEntry.h"

#include <QHash>

namespace runai {

// The console's access rules, looked up by whom they are for: a user (by id or e-mail, and the
// groups the user is in), an application or service account (by id, name or client ID). Rules
// for every signed-in identity (3.0's built-in subject) apply to users and service accounts.
// Subject ids are compared without case, as the console does. Pure; built once per review.
class ReviewRuleIndex
{
public:
    ReviewRuleIndex() = default;
    explicit ReviewRuleIndex(const QList<AccessRule> &rules);

    ReviewRuleList forUser(const QString &id, const QString &username,
                           const QStringList &groups) const;
    ReviewRuleList forApplication(const QString &id, const QString &name, const QString &clientId,
                                  bool serviceAccount) const;
    int size() const { return m_count; }

private:
    void collect(const QString &type, const QString &subjectId, ReviewRule::Via via,
                 const QString &viaName, ReviewRuleList &out) const;
    void addEveryone(ReviewRuleList &out) const;

    QHash<QString, QList<ReviewRule>> m_bySubject; // "type\nlower-case id"
    ReviewRuleList m_everyone;
    int m_count = 0;
};

} // namespace runai
