// SPDX-License-Identifier: MIT
#include "UserNameSupport.h"

#include "Session.h"

#include <algorithm>

namespace runai {

UserNameSupport::UserNameSupport(Session *session)
    : QObject(session)
{ }

UserNameSupport *UserNameSupport::of(Session *session)
{
    if (!session)
        return nullptr;
    if (auto *existing = session->findChild<UserNameSupport *>({}, Qt::FindDirectChildrenOnly))
        return existing;
    return new UserNameSupport(session);
}

bool UserNameSupport::supported(Session *session)
{
    const UserNameSupport *support = of(session);
    return support && support->state() == State::Yes;
}

void UserNameSupport::learnFrom(const UserList &users)
{
    if (users.isEmpty() || m_state == State::Yes)
        return;
    const bool carries = std::any_of(users.cbegin(), users.cend(),
                                     [](const User &user) { return user.carriesNames; });
    setState(carries ? State::Yes : State::No);
}

void UserNameSupport::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

} // namespace runai
