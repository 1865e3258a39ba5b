// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QObject>

namespace runai {

class Session;

// Whether the signed-in console stores users' first and last names. Run:ai 3.0 does (create
// takes firstName / lastName, user objects carry them, sortBy knows firstName, lastName and
// fullName); earlier versions have none of it, so the program must not send any of it there.
//
// The one place that decides: the create form, the users table (Name column, server sort), the
// CSV import and the export all ask here. There is no version endpoint. The session's
// capabilities (probed after sign-in, or pinned in the profile) decide when they know; until
// then the answer is learnt from the users the console lists: a 3.0 user object carries the
// fields (maybe null). Any user carrying them settles "yes" for the session; a page of users
// without them says "no" unless a user already said "yes".
// Lives as a child of its session, so a new session starts unknown.
class UserNameSupport : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Yes, No };
    Q_ENUM(State)

    // The session's (created on first use); nullptr for a null session.
    static UserNameSupport *of(Session *session);
    // Shorthand: true only when the console is known to store names.
    static bool supported(Session *session);

    State state() const { return m_state; }
    // Learns from a page of listed users; an empty page tells nothing.
    void learnFrom(const UserList &users);

Q_SIGNALS:
    void changed();

private:
    explicit UserNameSupport(Session *session);
    void followCapabilities();
    void setState(State state);

    State m_state = State::Unknown;
};

} // namespace runai
