// SPDX-License-Identifier: MIT
#include "api/ChangesInFlight.h"

#include "api/ApiJob.h"
#include "api/Session.h"

namespace runai {

QList<ApiJob *> ChangesInFlight::of(const Session *session)
{
    QList<ApiJob *> result;
    for (ApiJob *job : ApiJob::changesInFlight()) {
        if (job->session() == session)
            result.append(job);
    }
    return result;
}

} // namespace runai
