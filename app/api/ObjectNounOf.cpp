// SPDX-License-Identifier: MIT
#include "api/Session.h"
#include "core/ObjectNoun.h"

namespace runai {

// The one place that decides the words (see ObjectNoun). Session::applicationsApi() is what the
// console showed so far; with the session's probed capabilities this can read those instead.
ObjectNoun ObjectNoun::of(const Session *session)
{
    const bool serviceAccounts
            = session && session->applicationsApi() == Session::ApplicationsApi::ServiceAccounts;
    return ObjectNoun(serviceAccounts ? Kind::ServiceAccount : Kind::Application);
}

} // namespace runai
