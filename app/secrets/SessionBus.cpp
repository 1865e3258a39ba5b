// SPDX-License-Identifier: MIT
#include "secrets/SessionBus.h"

#include <QFileInfo>
#include <QString>

using namespace Qt::StringLiterals;

namespace runai::SessionBus {

bool isConfigured()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + "/bus"_L1);
}

} // namespace runai::SessionBus
