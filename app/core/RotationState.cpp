// SPDX-License-Identifier: MIT
#include "core/RotationState.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
using Step = RotationState::Step;

constexpr std::pair<Step, QLatin1StringView> kStepKeys[] = {
        {Step::NotStarted, "notStarted"_L1},
        {Step::CreatingSuccessor, "creatingSuccessor"_L1},
        {Step::SuccessorCreated, "successorCreated"_L1},
        {Step::RulesCopied, "rulesCopied"_L1},
        {Step::PredecessorDisabled, "predecessorDisabled"_L1},
        {Step::Finished, "finished"_L1},
};

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    QDateTime time = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// The built-in subject of Run:ai 3.0 whose rules apply to every signed-in identity.
bool appliesToEveryone(const AccessRule &rule)
{
    return rule.subjectType == u"all-authenticated-users"_s;
}

bool sameGrant(const AccessRule &a, const AccessRule &b)
{
    return a.roleId == b.roleId && a.scopeType == b.scopeType && a.scopeId == b.scopeId
           && a.clusterId == b.clusterId;
}
} // namespace

bool RotationState::concerns(const QString &id) const
{
    return !id.isEmpty() && (id == predecessorId || id == successorId);
}

QString RotationState::stepKey(Step step)
{
    for (const auto &[value, key] : kStepKeys) {
        if (value == step)
            return key;
    }
    return {};
}

QJsonObject RotationState::toJson() const
{
    return QJsonObject{
            {u"consoleUrl"_s, consoleUrl},
            {u"predecessorId"_s, predecessorId},
            {u"predecessorName"_s, predecessorName},
            {u"predecessorClientId"_s, predecessorClientId},
            {u"successorId"_s, successorId},
            {u"successorName"_s, successorName},
            {u"successorClientId"_s, successorClientId},
            {u"step"_s, stepKey(step)},
            {u"rulesCopied"_s, rulesCopied},
            {u"startedAt"_s, isoOrEmpty(startedAt)},
            {u"predecessorLastLogin"_s, isoOrEmpty(predecessorLastLogin)},
            {u"successorLastLogin"_s, isoOrEmpty(successorLastLogin)},
    };
}

std::optional<RotationState> RotationState::fromJson(const QJsonObject &object)
{
    RotationState s;
    s.predecessorId = object.value(u"predecessorId"_s).toString();
    const QString step = object.value(u"step"_s).toString();
    const auto known = std::find_if(std::begin(kStepKeys), std::end(kStepKeys),
                                    [&step](const auto &entry) { return entry.second == step; });
    if (s.predecessorId.isEmpty() || known == std::end(kStepKeys))
        return std::nullopt;
    s.step = known->first;
    s.consoleUrl = object.value(u"consoleUrl"_s).toString();
    s.predecessorName = object.value(u"predecessorName"_s).toString();
    s.predecessorClientId = object.value(u"predecessorClientId"_s).toString();
    s.successorId = object.value(u"successorId"_s).toString();
    s.successorName = object.value(u"successorName"_s).toString();
    s.successorClientId = object.value(u"successorClientId"_s).toString();
    s.rulesCopied = object.value(u"rulesCopied"_s).toInt();
    s.startedAt = timeOf(object, u"startedAt"_s);
    s.predecessorLastLogin = timeOf(object, u"predecessorLastLogin"_s);
    s.successorLastLogin = timeOf(object, u"successorLastLogin"_s);
    return s;
}

QString RotationState::successorNameFor(const QString &predecessor, const QStringList &takenNames)
{
    static const QRegularExpression numbered(u"^(.+)-([0-9]+)$"_s);
    QString base = predecessor;
    qint64 number = 2;
    const QRegularExpressionMatch match = numbered.match(predecessor);
    if (match.hasMatch()) {
        bool ok = false;
        const qint64 n = match.captured(2).toLongLong(&ok);
        if (ok && n >= 2 && n < 1000000) {
            base = match.captured(1);
            number = n + 1;
        }
    }
    QString name;
    do {
        name = u"%1-%2"_s.arg(base).arg(number++);
    } while (takenNames.contains(name));
    return name;
}

QList<AccessRule> RotationState::rulesToCopy(const QList<AccessRule> &predecessorRules,
                                             const QList<AccessRule> &successorRules)
{
    QList<AccessRule> missing;
    for (const AccessRule &rule : predecessorRules) {
        if (appliesToEveryone(rule) || rule.deletedAt.isValid())
            continue;
        const auto held = [&rule](const AccessRule &other) {
            return !other.deletedAt.isValid() && sameGrant(rule, other);
        };
        if (std::any_of(successorRules.cbegin(), successorRules.cend(), held)
            || std::any_of(missing.cbegin(), missing.cend(), held))
            continue;
        missing.append(rule);
    }
    return missing;
}

} // namespace runai
