// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReviewFlags.h"

#include <QByteArray>

namespace runai {

// Everything an export of the access review needs, copied on the GUI thread (the lists are
// implicitly shared, so the copy is cheap) and written on a pool thread. No secret is in it: a
// ReviewEntry has none.
struct ReviewSnapshot
{
    ReviewEntryList entries;
    QSet<QString> identities; // see ReviewFlags::Context
    bool complete = false; // every list arrived
    int staleDays = 90;
    ReviewFilter filter;
    // The entries' indexes in the order the table shows them (sorted by the user); empty: every
    // entry in list order. The filter applies either way.
    QList<int> order;
    QDateTime date; // when the review was taken (UTC)
    QString console; // the console's address
    QString reviewer; // who is signed in
    QString scopeNote; // what the review could not see (e.g. access keys refused); may be empty

    ReviewFlags::Context context() const;
};

// The review written out: CSV for a spreadsheet (values: ISO 8601 UTC dates, true/false, empty
// for never or "not in the API") and a self-contained HTML page (no script, no outside resource)
// with the date, console, reviewer, a summary of the flags and one row per identity. Both hold
// the rows the filter accepts, in the snapshot's order. Pure functions.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(runai::ReviewReport)
public:
    // `rows`, when given, gets how many identities were written.
    static QByteArray csv(const ReviewSnapshot &snapshot, int *rows = nullptr);
    static QByteArray html(const ReviewSnapshot &snapshot, int *rows = nullptr);
};

} // namespace runai
