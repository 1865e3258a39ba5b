// SPDX-License-Identifier: MIT
#include "core/CrashDumpGuard.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace runai {

CrashDumpGuard::Outcome CrashDumpGuard::apply()
{
#ifdef Q_OS_LINUX
    // Only "1" opens the door: a stray empty or "0" value keeps the protection.
    if (qgetenv(AllowEnvironmentVariable) == "1")
        return Outcome::AllowedByEnvironment;
    bool ok = true;
    // The core limit first: even if PR_SET_DUMPABLE were refused, no core file gets written.
    // The hard limit too, so nothing later in the process can raise the soft one again.
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        ok = false;
    // Not dumpable: no core (whatever the limit or core_pattern pipe), and ptrace attach,
    // /proc/PID/mem and process_vm_readv are refused to same-user processes without
    // CAP_SYS_PTRACE.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        ok = false;
    return ok ? Outcome::Hardened : Outcome::Failed;
#else
    return Outcome::Unsupported;
#endif
}

bool CrashDumpGuard::isHardened()
{
#ifdef Q_OS_LINUX
    rlimit core{};
    if (getrlimit(RLIMIT_CORE, &core) != 0)
        return false;
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && core.rlim_cur == 0 && core.rlim_max == 0;
#else
    return false;
#endif
}

} // namespace runai
