// SPDX-License-Identifier: MIT
#include "api/ChangesInFlight.h"

#include "api/ApiJob.h"
#include "api/Session.h"

#include <QPointer>

namespace runai {

namespace {

QList<QPointer<ApiJob>> &jobs()
{
    static QList<QPointer<ApiJob>> list;
    return list;
}

} // namespace

void ChangesInFlight::add(ApiJob *job)
{
    if (!jobs().contains(job))
        jobs().append(job);
}

void ChangesInFlight::remove(ApiJob *job)
{
    jobs().removeIf([job](const QPointer<ApiJob> &j) { return j.isNull() || j == job; });
}

QList<ApiJob *> ChangesInFlight::of(const Session *session)
{
    QList<ApiJob *> result;
    for (const QPointer<ApiJob> &job : std::as_const(jobs())) {
        if (job && job->isRunning() && job->session() == session)
            result.append(job);
    }
    return result;
}

} // namespace runai
