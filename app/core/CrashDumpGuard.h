// SPDX-License-Identifier: MIT
#pragma once

namespace runai {

// Keeps the signed-in session's secrets (admin password, client secrets, tokens) out of core
// dumps and out of reach of other processes of the same user, as password managers do: on Linux
// the process is made non-dumpable (PR_SET_DUMPABLE 0, which also refuses ptrace attach and
// /proc/PID/mem to anything without CAP_SYS_PTRACE) and its core size limit is set to 0.
// Call it first thing in main(), before anything can read a secret.
//
// Developers who need a core set RUNAI_ACCESS_ALLOW_CORE_DUMPS=1: the process is then left as
// the shell started it (dumpable, core limit unchanged). Sanitizer builds are hardened too:
// LeakSanitizer makes the process dumpable again only for the moment it stops the world.
// Elsewhere than Linux nothing is done (Outcome::Unsupported).
class CrashDumpGuard
{
public:
    static constexpr const char *AllowEnvironmentVariable = "RUNAI_ACCESS_ALLOW_CORE_DUMPS";

    enum class Outcome {
        Hardened, // non-dumpable, core limit 0
        AllowedByEnvironment, // RUNAI_ACCESS_ALLOW_CORE_DUMPS=1: left alone
        Failed, // setrlimit or prctl refused: the caller warns
        Unsupported, // not Linux
    };

    static Outcome apply();
    // True when the process is non-dumpable and may not write a core (for tests and diagnostics).
    static bool isHardened();
};

} // namespace runai
