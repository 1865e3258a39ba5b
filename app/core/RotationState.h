// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessRule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runai {

// Where one rotation without downtime stands: an application (service account) whose secret
// is replaced by a successor that gets the same access rules, while the predecessor keeps
// working until its consumers have moved. Run:ai revokes an old secret the moment a new one is
// issued, so a plain regeneration is an outage; a successor is not.
//
// The value holds names, ids, times and the step reached: never a secret, so it may be kept in
// the settings file (per profile, see RotationStore) and resumed after a restart.
struct RotationState
{
    // In the order they happen. Each is the step REACHED: the next action is the one after it.
    enum class Step {
        NotStarted, // the predecessor and the successor's name are chosen
        CreatingSuccessor, // the create was sent; its answer was not seen (look it up on resume)
        SuccessorCreated, // the successor exists; its secret was shown once and kept
        RulesCopied, // the successor holds every access rule of the predecessor: now watch
        PredecessorDisabled, // the user confirmed that the consumers moved
        Finished, // the predecessor was deleted after a second confirmation
    };

    QString consoleUrl;
    QString predecessorId;
    QString predecessorName;
    QString predecessorClientId;
    QString successorId;
    QString successorName;
    QString successorClientId;
    Step step = Step::NotStarted;
    int rulesCopied = 0; // rules this rotation created for the successor
    QDateTime startedAt; // UTC
    QDateTime predecessorLastLogin; // as last read, for a resumed rotation's first picture
    QDateTime successorLastLogin;

    bool operator==(const RotationState &) const = default;

    // Whether this rotation is about the application `id` (as predecessor or successor).
    bool concerns(const QString &id) const;

    QJsonObject toJson() const;
    // nullopt when the object is not a rotation this program wrote (a missing id or step).
    static std::optional<RotationState> fromJson(const QJsonObject &object);
    static QString stepKey(Step step);

    // The successor's name: "<name>-2", or "-3" when "-2" is taken, and so on. A predecessor
    // that is itself a successor ("ci-bot-2") is followed by "ci-bot-3", not "ci-bot-2-2".
    static QString successorNameFor(const QString &predecessor, const QStringList &takenNames);

    // The predecessor's rules the successor does not hold yet (same role on the same scope and
    // cluster), so copying can stop half-way and be resumed without doubling a rule. Rules for
    // every signed-in identity (3.0's built-in subject) and deleted ones are not copied.
    static QList<AccessRule> rulesToCopy(const QList<AccessRule> &predecessorRules,
                                         const QList<AccessRule> &successorRules);
};

} // namespace runai
