// SPDX-License-Identifier: MIT
#include "core/ActivityEntry.h"

using namespace Qt::StringLiterals;

namespace runai {

QString ActivityEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return u"succeeded"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

bool ActivityEntry::outcomeFromName(const QString &name, Outcome *outcome)
{
    for (Outcome o : {Outcome::Succeeded, Outcome::Failed, Outcome::Cancelled}) {
        if (outcomeName(o) == name) {
            *outcome = o;
            return true;
        }
    }
    return false;
}

QJsonObject ActivityEntry::toJson() const
{
    return QJsonObject{
            {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"profile"_s, profile},
            {u"identity"_s, identity},
            {u"action"_s, action},
            {u"object"_s, object},
            {u"outcome"_s, outcomeName(outcome)},
            {u"message"_s, serverMessage},
    };
}

bool ActivityEntry::fromJson(const QJsonObject &json, ActivityEntry *entry)
{
    ActivityEntry e;
    e.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid() || !json.value(u"action"_s).isString())
        return false;
    e.time = e.time.toUTC();
    if (!outcomeFromName(json.value(u"outcome"_s).toString(), &e.outcome))
        return false;
    e.profile = json.value(u"profile"_s).toString();
    e.identity = json.value(u"identity"_s).toString();
    e.action = json.value(u"action"_s).toString();
    e.object = json.value(u"object"_s).toString();
    e.serverMessage = json.value(u"message"_s).toString();
    *entry = e;
    return true;
}

} // namespace runai
