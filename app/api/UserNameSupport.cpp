// SPDX-License-Identifier: MIT
#include "api/UserNameSupport.h"

#include "api/ConsoleCapabilities.h"
#include "api/Session.h"

#include <algorithm>

namespace runai {

UserNameSupport::UserNameSupport(Session *session)
    : QObject(session)
{
    connect(session, &Session::capabilitiesChanged, this, &UserNameSupport::followCapabilities);
    followCapabilities();
}

void UserNameSupport::followCapabilities()
{
    // What the probe found (or the profile pins) decides; listed users only fill the gap.
    const auto *session = static_cast<const Session *>(parent());
    switch (session->capabilities().presence(ConsoleCapabilities::Feature::UserNames)) {
    case ConsoleCapabilities::Presence::Present:
        setState(State::Yes);
        break;
    case ConsoleCapabilities::Presence::Absent:
        setState(State::No);
        break;
    case ConsoleCapabilities::Presence::Unknown:
        break;
    }
}

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
    const auto *session = static_cast<const Session *>(parent());
    if (users.isEmpty() || m_state == State::Yes
        || session->capabilities().knows(ConsoleCapabilities::Feature::UserNames))
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
