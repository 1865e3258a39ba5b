// SPDX-License-Identifier: MIT
// Issue 12, item 2: the program's secrets stay out of core dumps and out of reach of ptrace.
// The real runai-access, started as a user starts it, is non-dumpable with a core limit of 0, as
// another process sees it: the kernel hands the files of /proc/PID of a non-dumpable process to
// root (that is what keeps same-user tools out), and /proc/PID/limits shows the limit. With
// RUNAI_ACCESS_ALLOW_CORE_DUMPS=1 it stays dumpable with the limit it inherited. Then the same
// CrashDumpGuard in this process (last: it cannot be undone). Sanitized builds are hardened the
// same way (LeakSanitizer copes: it makes the process dumpable only while it stops the world),
// so the sanitized CI run checks the same thing.
#include "core/CrashDumpGuard.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <optional>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

// Who owns /proc/PID/status: the process' user while it is dumpable, root once it is not.
std::optional<uint> procOwner(qint64 pid)
{
    const QFileInfo info(u"/proc/%1/status"_s.arg(pid));
    if (!info.exists())
        return std::nullopt;
    return info.ownerId();
}

// A user other than root to run the program as when the test runs as root (containers): root's
// own /proc/PID belongs to root either way.
constexpr uint unprivilegedUid = 65534; // nobody

uint programUid()
{
    return geteuid() == 0 ? unprivilegedUid : geteuid();
}

// The soft and hard core limits from /proc/PID/limits ("Max core file size  0  0  bytes").
QStringList coreLimits(qint64 pid)
{
    QFile file(u"/proc/%1/limits"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto match = QRegularExpression(u"^Max core file size\\s+(\\S+)\\s+(\\S+)"_s,
                                          QRegularExpression::MultilineOption)
                               .match(QString::fromLatin1(file.readAll()));
    return match.hasMatch() ? QStringList{match.captured(1), match.captured(2)} : QStringList();
}

QString limitText(rlim_t value)
{
    return value == RLIM_INFINITY ? u"unlimited"_s : QString::number(qulonglong(value));
}

} // namespace

class TestCrashDumpGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    // Order matters: this process must still be dumpable for the first one, the programs must
    // not inherit a hardened limit, and the guard in this process cannot be undone.
    void switchLeavesThisProcessAlone();
    void realProgramIsNotDumpable();
    void realProgramKeepsCoresWithTheSwitch();
    void guardHardensThisProcess();

private:
    void startProgram(bool allowCores);
    QProcess m_program;
    QTemporaryDir m_home;
};

void TestCrashDumpGuard::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("PR_SET_DUMPABLE and /proc are Linux's; elsewhere the guard does nothing");
#endif
    QVERIFY(m_home.isValid());
    // Writable by the unprivileged user the program runs as when the test runs as root.
    QVERIFY(QFile::setPermissions(m_home.path(), QFileDevice::Permissions(0x7777)));
    // The test itself must start dumpable, or the checks below would prove nothing.
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
}

void TestCrashDumpGuard::cleanup()
{
    if (m_program.state() != QProcess::NotRunning) {
        m_program.kill();
        m_program.waitForFinished(5000);
    }
}

void TestCrashDumpGuard::startProgram(bool allowCores)
{
    QProcess &program = m_program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Its settings and activity log go to a throw-away home, never the developer's.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    // Nothing of the test's session: the program needs neither to start.
    env.remove(u"XDG_RUNTIME_DIR"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(QString::fromLatin1(CrashDumpGuard::AllowEnvironmentVariable));
    if (allowCores)
        env.insert(QString::fromLatin1(CrashDumpGuard::AllowEnvironmentVariable), u"1"_s);
    program.setProcessEnvironment(env);
    program.setWorkingDirectory(m_home.path());
    if (geteuid() == 0) {
        // (The child may share this process' memory until exec, and a uid change makes that
        // memory non-dumpable: the in-process checks of the switch run before this.)
        program.setChildProcessModifier([] {
            if (setgid(unprivilegedUid) != 0 || setuid(unprivilegedUid) != 0)
                _exit(127);
        });
    }
    // Its "profile … active" line tells that main() is well past the guard.
    env.insert(u"QT_LOGGING_RULES"_s, u"runai.gui.profiles=true"_s);
    program.setProcessChannelMode(QProcess::MergedChannels);
    program.start(QStringLiteral(RUNAI_ACCESS_EXECUTABLE), {});
    QVERIFY2(program.waitForStarted(10000), qPrintable(program.errorString()));
}

void TestCrashDumpGuard::realProgramIsNotDumpable()
{
    startProgram(false);
    const qint64 pid = m_program.processId();
    // The guard runs first thing in main(); give the loader and main() a moment.
    QTRY_COMPARE_WITH_TIMEOUT(procOwner(pid), std::optional<uint>(0), 10000);
    QCOMPARE(coreLimits(pid), (QStringList{u"0"_s, u"0"_s}));
}

void TestCrashDumpGuard::realProgramKeepsCoresWithTheSwitch()
{
    rlimit mine{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &mine), 0);
    startProgram(true);
    const qint64 pid = m_program.processId();
    // Once the program has chosen its profile, main() is well past the guard.
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += m_program.readAll()).contains("runai.gui.profiles"), 10000);
    QCOMPARE(procOwner(pid), std::optional<uint>(programUid()));
    QCOMPARE(coreLimits(pid), (QStringList{limitText(mine.rlim_cur), limitText(mine.rlim_max)}));
}

void TestCrashDumpGuard::switchLeavesThisProcessAlone()
{
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
    qputenv(CrashDumpGuard::AllowEnvironmentVariable, "1");
    QCOMPARE(CrashDumpGuard::apply(), CrashDumpGuard::Outcome::AllowedByEnvironment);
    qunsetenv(CrashDumpGuard::AllowEnvironmentVariable);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    rlimit after{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
    QCOMPARE(after.rlim_cur, before.rlim_cur);
    QCOMPARE(after.rlim_max, before.rlim_max);
    QVERIFY(!CrashDumpGuard::isHardened());
}

void TestCrashDumpGuard::guardHardensThisProcess()
{
    // Anything but "1" keeps the protection.
    qputenv(CrashDumpGuard::AllowEnvironmentVariable, "0");
    QCOMPARE(CrashDumpGuard::apply(), CrashDumpGuard::Outcome::Hardened);
    qunsetenv(CrashDumpGuard::AllowEnvironmentVariable);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    if (geteuid() != 0) // root's /proc/PID is root's either way
        QCOMPARE(procOwner(QCoreApplication::applicationPid()), std::optional<uint>(0));
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
    QVERIFY(CrashDumpGuard::isHardened());
}

QTEST_GUILESS_MAIN(TestCrashDumpGuard)
#include "tst_crashdumpguard.moc"
