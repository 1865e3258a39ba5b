// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ConsoleCapabilities.h"

namespace runai {

// GET of every probed endpoint with the session's bearer token, one after the other (a handful
// of small requests once per session). 404 means absent; any other HTTP answer (2xx, 400, 403,
// 405, ...) means present; a network or server failure leaves that feature unknown. The job
// succeeds with what it learnt; the caller decides whether to store it on the session
// (RunaiClient::probeCapabilities does).
class CapabilitiesProbeJob : public ApiResultJob<ConsoleCapabilities>
{
public:
    explicit CapabilitiesProbeJob(Session *session);

private:
    void probeNext(size_t index);
};

} // namespace runai
