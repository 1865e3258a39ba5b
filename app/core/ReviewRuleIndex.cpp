// SPDX-License-Identifier: MIT
#include "core/ReviewRuleIndex.h"

using namespace Qt::StringLiterals;

namespace runai {

namespace {
QString subjectKey(const QString &type, const QString &id)
{
    return type + u'\n' + id.toLower();
}
} // namespace

ReviewRuleIndex::ReviewRuleIndex(const QList<AccessRule> &rules)
{
    for (const AccessRule &rule : rules) {
        if (rule.deletedAt.isValid())
            continue;
        ReviewRule r;
        r.roleName = rule.roleName.isEmpty() ? QString::number(rule.roleId) : rule.roleName;
        r.scopeType = rule.scopeType;
        r.scopeName = rule.scopeName.isEmpty() ? rule.scopeId : rule.scopeName;
        ++m_count;
        if (rule.subjectType == u"all-authenticated-users"_s) {
            r.via = ReviewRule::Via::Everyone;
            m_everyone.append(r);
            continue;
        }
        m_bySubject[subjectKey(rule.subjectType, rule.subjectId)].append(r);
    }
}

void ReviewRuleIndex::collect(const QString &type, const QString &subjectId, ReviewRule::Via via,
                              const QString &viaName, ReviewRuleList &out) const
{
    if (subjectId.isEmpty() || m_bySubject.isEmpty())
        return;
    const auto it = m_bySubject.constFind(subjectKey(type, subjectId));
    if (it == m_bySubject.constEnd())
        return;
    for (ReviewRule rule : *it) {
        rule.via = via;
        rule.viaName = viaName;
        if (!out.contains(rule))
            out.append(rule);
    }
}

void ReviewRuleIndex::addEveryone(ReviewRuleList &out) const
{
    // Most users have no rule but the built-in one: share its list rather than copy it into
    // 100,000 rows.
    if (out.isEmpty())
        out = m_everyone;
    else
        out += m_everyone;
}

ReviewRuleList ReviewRuleIndex::forUser(const QString &id, const QString &username,
                                        const QStringList &groups) const
{
    ReviewRuleList out;
    collect(u"user"_s, id, ReviewRule::Via::Direct, {}, out);
    if (username.compare(id, Qt::CaseInsensitive) != 0)
        collect(u"user"_s, username, ReviewRule::Via::Direct, {}, out);
    for (const QString &group : groups)
        collect(u"group"_s, group, ReviewRule::Via::Group, group, out);
    addEveryone(out);
    return out;
}

ReviewRuleList ReviewRuleIndex::forApplication(const QString &id, const QString &name,
                                               const QString &clientId, bool serviceAccount) const
{
    ReviewRuleList out;
    // 2.24 renamed "app" to "service-account" and kept the old rules.
    for (const QString &type : {u"app"_s, u"service-account"_s}) {
        for (const QString &subject : {id, name, clientId})
            collect(type, subject, ReviewRule::Via::Direct, {}, out);
    }
    if (serviceAccount)
        addEveryone(out);
    return out;
}

} // namespace runai
