// SPDX-License-Identifier: MIT
#include "core/ActivityRecorder.h"

#include "core/ApiError.h"

namespace runai {

namespace {
// GUI-thread only, like the pages that record.
ActivityRecorder::Sink &currentSink()
{
    static ActivityRecorder::Sink sink;
    return sink;
}
} // namespace

ActivityRecorder::Sink ActivityRecorder::setSink(Sink sink)
{
    Sink previous = std::move(currentSink());
    currentSink() = std::move(sink);
    return previous;
}

void ActivityRecorder::record(const ActivityEntry &entry)
{
    if (currentSink())
        currentSink()(entry);
}

void ActivityRecorder::record(const QString &action, const QString &object, const ApiError &error,
                              const QString &identity)
{
    ActivityEntry entry;
    entry.action = action;
    entry.object = object;
    entry.identity = identity;
    if (error.isError()) {
        const QString message = error.serverMessage().isEmpty() ? error.userMessage()
                                                                : error.serverMessage();
        entry.outcome = error.kind() == ApiError::Kind::Cancelled
                                ? ActivityEntry::Outcome::Cancelled
                                : ActivityEntry::Outcome::Failed;
        entry.serverMessage
                = error.httpStatus() > 0
                          ? QStringLiteral("HTTP %1: %2").arg(error.httpStatus()).arg(message)
                          : message;
    }
    record(entry);
}

void ActivityRecorder::record(const QString &action, const QString &object,
                              ActivityEntry::Outcome outcome, const QString &message)
{
    ActivityEntry entry;
    entry.action = action;
    entry.object = object;
    entry.outcome = outcome;
    entry.serverMessage = message;
    record(entry);
}

} // namespace runai
