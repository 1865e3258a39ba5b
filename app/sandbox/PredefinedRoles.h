// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxStore.h"

#include <QList>

namespace runai::sandbox {

// The predefined Run:ai roles, each with its permissions. Ids are the sandbox's own (integers, as
// the contract says); clients look roles up by name, as Run:ai's own examples do.
QList<RoleRecord> predefinedRoles();

} // namespace runai::sandbox
