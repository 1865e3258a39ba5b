// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace runai {

// What runai-access does to the application object before it builds its window: the settings
// file made private, the translators, display name, version, desktop file name and window icon.
// The organisation and application names (which pick the settings file) are the caller's: the
// program sets its own, the cold-start benchmark its own, so both start up the same way.
void setUpApplication(QApplication &app);

} // namespace runai
