// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace runai {

// One thing the program did on a console, as shown in the activity log. Holds no secret: an
// action names what was done ("Register application"), the object names what it was done to
// (an application name, a user's email), never a password, secret or token.
struct ActivityEntry
{
    enum class Outcome { Succeeded, Failed, Cancelled };

    QDateTime time; // UTC
    QString profile; // the profile's name
    QString identity; // who acted: the signed-in email or application
    QString action;
    QString object;
    Outcome outcome = Outcome::Succeeded;
    QString serverMessage; // the server's or the program's explanation of a failure

    static QString outcomeName(Outcome outcome); // "succeeded", "failed", "cancelled"
    static bool outcomeFromName(const QString &name, Outcome *outcome);

    // One JSON-lines record; fromJson() returns false for anything it cannot read (a line
    // written by a later version with missing fields, or a torn last line after a crash).
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ActivityEntry *entry);
};

} // namespace runai
