// SPDX-License-Identifier: MIT
#include "core/ReviewFlags.h"

using namespace Qt::StringLiterals;

namespace runai {

QString ReviewRule::text() const
{
    const QString scope = scopeName.isEmpty() ? scopeType : scopeType + u' ' + scopeName;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("runai::ReviewFlags", text);
    };
    const QString rule = tr("%1 on %2").arg(roleName, scope);
    switch (via) {
    case Via::Direct:
        return rule;
    case Via::Group:
        return tr("%1 (via group %2)").arg(rule, viaName);
    case Via::Everyone:
        return tr("%1 (all authenticated users)").arg(rule);
    case Via::Owner:
        return tr("%1 (as %2)").arg(rule, viaName);
    }
    return rule;
}

ReviewFlags::Flags ReviewFlags::of(const ReviewEntry &entry, const Context &context)
{
    Flags flags;
    if (!entry.lastLogin.isValid())
        flags |= NeverSignedIn;
    else if (context.now.isValid() && entry.lastLogin.daysTo(context.now) > context.staleDays)
        flags |= Stale;
    bool anyRule = false;
    for (const ReviewRule &rule : entry.rules) {
        if (rule.isSystemAdministrator())
            flags |= SystemAdministrator;
        // The built-in rule for every signed-in identity (3.0) is nobody's own access.
        if (rule.via != ReviewRule::Via::Everyone)
            anyRule = true;
    }
    if (!anyRule)
        flags |= NoAccessRule;
    if (entry.enabled == false)
        flags |= Disabled;
    if (creatorIsGone(entry.createdBy, context))
        flags |= CreatorGone;
    return flags;
}

bool ReviewFlags::creatorIsGone(const QString &createdBy, const Context &context)
{
    if (!context.complete || !context.identities || createdBy.isEmpty()
        || createdBy.compare(u"system"_s, Qt::CaseInsensitive) == 0)
        return false;
    return !context.identities->contains(createdBy.toLower());
}

QString ReviewFlags::name(Flag flag, int staleDays)
{
    switch (flag) {
    case NeverSignedIn:
        return tr("Never signed in");
    case Stale:
        return staleDays > 0 ? tr("No sign-in for more than %1 days").arg(staleDays)
                             : tr("No recent sign-in");
    case SystemAdministrator:
        return tr("System administrator");
    case NoAccessRule:
        return tr("No access rule");
    case Disabled:
        return tr("Disabled");
    case CreatorGone:
        return tr("Creator no longer exists");
    }
    return {};
}

QString ReviewFlags::key(Flag flag)
{
    switch (flag) {
    case NeverSignedIn:
        return u"never_signed_in"_s;
    case Stale:
        return u"stale"_s;
    case SystemAdministrator:
        return u"system_administrator"_s;
    case NoAccessRule:
        return u"no_access_rule"_s;
    case Disabled:
        return u"disabled"_s;
    case CreatorGone:
        return u"creator_gone"_s;
    }
    return {};
}

QStringList ReviewFlags::names(Flags flags, int staleDays)
{
    QStringList out;
    for (int i = 0; i < FlagCount; ++i) {
        if (flags.testFlag(flagAt(i)))
            out.append(name(flagAt(i), staleDays));
    }
    return out;
}

QString ReviewFlags::typeName(ReviewEntry::Type type)
{
    switch (type) {
    case ReviewEntry::Type::User:
        return tr("User");
    case ReviewEntry::Type::Application:
        return tr("Application");
    case ReviewEntry::Type::ServiceAccount:
        return tr("Service account");
    case ReviewEntry::Type::AccessKey:
        return tr("Access key");
    }
    return {};
}

bool ReviewFilter::accepts(const ReviewEntry &entry, ReviewFlags::Flags flags) const
{
    if (show == Show::AnyFlag && flags == ReviewFlags::Flags())
        return false;
    if (show == Show::OneFlag && !flags.testFlag(flag))
        return false;
    if (text.isEmpty())
        return true;
    return entry.name.contains(text, Qt::CaseInsensitive)
           || entry.clientId.contains(text, Qt::CaseInsensitive)
           || entry.createdBy.contains(text, Qt::CaseInsensitive);
}

} // namespace runai
