// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReviewEntry.h"

#include <QCoreApplication>
#include <QFlags>
#include <QSet>

namespace runai {

// What a reviewer filters on (issue 15): the findings about one identity, computed from its row
// and the review's context. Pure functions, table-tested.
class ReviewFlags
{
    Q_DECLARE_TR_FUNCTIONS(runai::ReviewFlags)
public:
    enum Flag : quint8 {
        NeverSignedIn = 1 << 0,
        Stale = 1 << 1, // signed in, but not for more than staleDays
        SystemAdministrator = 1 << 2,
        NoAccessRule = 1 << 3,
        Disabled = 1 << 4,
        CreatorGone = 1 << 5, // created by someone the console no longer has
    };
    Q_DECLARE_FLAGS(Flags, Flag)
    static constexpr int FlagCount = 6;
    static Flag flagAt(int i) { return Flag(1 << i); }

    struct Context
    {
        QDateTime now;
        int staleDays = 90;
        // Every user's e-mail and every application's name, lower-case; only consulted when
        // `complete` (a creator missing from half a list is not gone).
        const QSet<QString> *identities = nullptr;
        bool complete = false;
    };

    static Flags of(const ReviewEntry &entry, const Context &context);
    // Whether `createdBy` names nobody the console has ("system" and an empty value name nobody
    // to look for).
    static bool creatorIsGone(const QString &createdBy, const Context &context);

    // "Never signed in", "No sign-in for more than 90 days", ... (translated)
    static QString name(Flag flag, int staleDays = 0);
    static QString key(Flag flag); // "never_signed_in", ... (stable, for CSV headers and HTML)
    static QStringList names(Flags flags, int staleDays = 0);
    // "User", "Application", "Service account", "Access key" (translated).
    static QString typeName(ReviewEntry::Type type);
};

// What the review table and its exports show: all rows, those with any finding, or those with
// one finding; and a text to find in the name, client ID or creator.
struct ReviewFilter
{
    enum class Show : quint8 { All, AnyFlag, OneFlag };
    Show show = Show::All;
    ReviewFlags::Flag flag = ReviewFlags::NeverSignedIn; // for OneFlag
    QString text;

    bool accepts(const ReviewEntry &entry, ReviewFlags::Flags flags) const;
};

} // namespace runai

Q_DECLARE_OPERATORS_FOR_FLAGS(runai::ReviewFlags::Flags)
