// SPDX-License-Identifier: MIT
#pragma once

#include "core/ActivityEntry.h"

#include <functional>

namespace runai {

class ApiError;

// The one small interface through which pages report what they did, so that the activity log
// sees every action without each page knowing where the log lives. The window installs a sink
// (it fills in profile and identity and appends to the ActivityLog); with no sink installed —
// widget tests, the sandbox — recording does nothing.
class ActivityRecorder
{
public:
    using Sink = std::function<void(const ActivityEntry &)>;

    // Returns the previous sink so a test can restore it.
    static Sink setSink(Sink sink);

    static void record(const ActivityEntry &entry);
    // The outcome of an API call: succeeded when `error` is no error, else failed with the
    // server's message (or the program's explanation when the server sent none). An empty
    // `identity` means the signed-in one (the sink fills it in).
    static void record(const QString &action, const QString &object, const ApiError &error,
                       const QString &identity = {});
    static void record(const QString &action, const QString &object, ActivityEntry::Outcome outcome,
                       const QString &message = {});
};

} // namespace runai
