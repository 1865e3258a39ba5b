// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace runai {

class ApiJob;
class Session;

// The calls that change something on a console (every verb but GET; token grants excluded) and
// have not had their answer yet. ApiJob keeps the list (ApiJob::changesInFlight()); this picks
// one session's. The window asks before signing out while a session has any: signing out drops
// their answers, and an answer may carry the only copy of a new secret or temporary password.
// GUI thread only.
class ChangesInFlight
{
public:
    // Running jobs of `session`, in the order they were sent.
    static QList<ApiJob *> of(const Session *session);
};

} // namespace runai
