// SPDX-License-Identifier: MIT
#pragma once

namespace runai::SessionBus {

// True when a D-Bus session bus is configured (DBUS_SESSION_BUS_ADDRESS, or the standard
// $XDG_RUNTIME_DIR/bus socket). Without one, QtDBus may try to autolaunch a bus with
// dbus-launch, which starts a stray bus (and keyring) behind the user's back: we would rather
// not ask at all.
bool isConfigured();

} // namespace runai::SessionBus
