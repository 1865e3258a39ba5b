// SPDX-License-Identifier: MIT
#pragma once

// Test support: a private D-Bus session bus with its own keyring directories, for tests that
// need a Secret Service in a known state (none, locked, missing collection, slow, hung) without
// touching the session's own keyring. Everything it starts ends with it.
//
// A process talks to the Secret Service over the session bus it first connects to, so the
// code under test must run in a child process given environment() (see secret_probe.cpp).

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <signal.h>
#include <sys/types.h>

namespace runai::testing {

using namespace Qt::StringLiterals;

inline constexpr int processTimeoutMs = 15000;

// The environment a probe or daemon runs in: ours minus everything that could reach a real
// session (bus, display, keyring dirs).
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                             "DBUS_STARTER_ADDRESS", "DBUS_STARTER_BUS_TYPE", "XDG_DATA_HOME",
                             "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL", "XDG_CURRENT_DESKTOP"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"QT_LOGGING_RULES"_s, u"runai.*=true"_s);
    return env;
}

// A private session bus: a dbus-daemon of our own that only knows the services we put into its
// service directory (none by default, so nothing is ever auto-activated: not the keyring, not a
// prompter). Its keyring dirs live in the test's temporary directory.
class PrivateSessionBus
{
public:
    // dataDir: the keyring directory's parent; by default a fresh one inside dir.
    explicit PrivateSessionBus(const QString &dir, const QString &dataDir = {})
        : m_dir(dir)
        , m_dataHome(dataDir.isEmpty() ? dir + "/data"_L1 : dataDir)
    {
        QDir().mkpath(servicesDir());
        QDir().mkpath(dataHome());
        QDir().mkpath(runtimeDir());
        QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ExeOwner);
    }
    ~PrivateSessionBus() { stop(); }

    QString servicesDir() const { return m_dir + "/services"_L1; }
    QString dataHome() const { return m_dataHome; }
    QString runtimeDir() const { return m_dir + "/runtime"_L1; }
    QString address() const { return m_address; }

    // The environment of everything on this bus: daemons it activates and the probe.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
        env.insert(u"XDG_DATA_HOME"_s, dataHome());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        return env;
    }

    // serviceStartTimeoutMs: how long dbus-daemon waits for an activated service to appear
    // (dbus-daemon's default is 25 s).
    bool start(int serviceStartTimeoutMs = 25000)
    {
        const QString socket = m_dir + "/bus"_L1;
        m_address = u"unix:path="_s + socket;
        QFile config(m_dir + "/bus.conf"_L1);
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(
                QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                               "Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig>\n  <type>session</type>\n"
                               "  <listen>%1</listen>\n  <servicedir>%2</servicedir>\n"
                               "  <limit name=\"service_start_timeout\">%3</limit>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
                               "  </policy>\n</busconfig>\n")
                        .arg(m_address, servicesDir(), QString::number(serviceStartTimeoutMs))
                        .toUtf8());
        config.close();
        // Activated services inherit the daemon's environment: give it the bus's own address.
        m_daemon.setProcessEnvironment(environment());
        m_daemon.setStandardErrorFile(QProcess::nullDevice()); // "Failed to set fd limit"
        m_daemon.start(u"dbus-daemon"_s, {u"--config-file="_s + config.fileName(),
                                          u"--print-address"_s, u"--nofork"_s});
        if (!m_daemon.waitForStarted(processTimeoutMs))
            return false;
        // --print-address is written once the bus listens.
        QElapsedTimer clock;
        clock.start();
        while (!m_daemon.canReadLine() && clock.elapsed() < processTimeoutMs)
            m_daemon.waitForReadyRead(200);
        return m_daemon.readLine().startsWith(m_address.toUtf8());
    }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        // A keyring daemon does not always notice at once that its bus went away: end the one
        // we started (by its pid, asked from the bus) so that none outlives the test.
        const uint keyringPid = secretServicePid();
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
        QList<uint> leftovers;
        if (keyringPid != 0)
            leftovers.append(keyringPid);
        QFile hung(hungPidFile());
        if (hung.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> pids = hung.readAll().split('\n');
            for (const QByteArray &pid : pids) {
                if (pid.toUInt() != 0)
                    leftovers.append(pid.toUInt());
            }
        }
        for (const uint pid : std::as_const(leftovers)) {
            ::kill(pid_t(pid), SIGTERM);
            QElapsedTimer clock;
            clock.start();
            while (::kill(pid_t(pid), 0) == 0 && !isZombie(pid) && clock.elapsed() < 3000)
                QTest::qWait(10);
        }
    }

    static bool isZombie(uint pid)
    {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true; // gone
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.mid(close + 2, 1) == "Z";
    }

    // The process that owns org.freedesktop.secrets on this bus (0 if none).
    uint secretServicePid() const
    {
        const QString name = u"runai-test-pid-"_s + QString::number(quintptr(this), 16);
        uint pid = 0;
        {
            QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
            if (bus.isConnected()) {
                const QDBusReply<uint> reply = bus.interface()->servicePid(
                        u"org.freedesktop.secrets"_s);
                if (reply.isValid())
                    pid = reply.value();
            }
        }
        QDBusConnection::disconnectFromBus(name);
        return pid;
    }

    // Starts gnome-keyring-daemon on this bus with `arguments`, feeding `password` to --unlock,
    // and waits (bounded) until it owns org.freedesktop.secrets.
    bool startKeyring(const QStringList &arguments, const QByteArray &password = {})
    {
        QProcess keyring;
        keyring.setProcessEnvironment(environment());
        keyring.setStandardOutputFile(QProcess::nullDevice());
        keyring.setStandardErrorFile(QProcess::nullDevice());
        keyring.start(u"gnome-keyring-daemon"_s, arguments);
        if (!keyring.waitForStarted(processTimeoutMs))
            return false;
        keyring.write(password);
        keyring.closeWriteChannel();
        if (!keyring.waitForFinished(processTimeoutMs))
            return false;
        return waitForSecretService();
    }

    bool waitForSecretService()
    {
        const QString name = u"runai-test-"_s + QString::number(quintptr(this), 16);
        bool owned = false;
        {
            QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
            QElapsedTimer clock;
            clock.start();
            while (bus.isConnected() && clock.elapsed() < processTimeoutMs) {
                owned = bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s);
                if (owned)
                    break;
                QTest::qWait(20);
            }
        }
        QDBusConnection::disconnectFromBus(name);
        return owned;
    }

    // Adds an activatable org.freedesktop.secrets that takes `delaySeconds` to come up: a keyring
    // that is slow to start, as on a loaded desktop at login.
    bool addSlowKeyringService(const QString &delaySeconds, const QByteArray &password)
    {
        const QString script = m_dir + "/slow-keyring.sh"_L1;
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("#!/bin/sh\nsleep " + delaySeconds.toLatin1() + "\nprintf '%s' '" + password
                   + "' | exec gnome-keyring-daemon --unlock --foreground --components=secrets\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
        QFile service(servicesDir() + "/org.freedesktop.secrets.service"_L1);
        if (!service.open(QIODevice::WriteOnly))
            return false;
        service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=" + script.toUtf8()
                      + "\n");
        return true;
    }

    QString hungPidFile() const { return m_dir + "/hung-keyring.pids"_L1; }

    // Adds an activatable org.freedesktop.secrets that never comes up: a hung keychain.
    // dbus-daemon kills it when the activation times out.
    bool addHungKeyringService()
    {
        const QString script = m_dir + "/hung-keyring.sh"_L1;
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        // Its pid goes to a file so that stop() can end it if dbus-daemon did not.
        // It also ends by itself once the bus socket is gone.
        file.write("#!/bin/sh\necho $$ >> '" + hungPidFile().toUtf8() + "'\nwhile [ -S '"
                   + (m_dir + "/bus"_L1).toUtf8() + "' ]; do sleep 0.2; done\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
        QFile service(servicesDir() + "/org.freedesktop.secrets.service"_L1);
        if (!service.open(QIODevice::WriteOnly))
            return false;
        service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=" + script.toUtf8()
                      + "\n");
        return true;
    }

private:
    QString m_dir;
    QString m_dataHome;
    QString m_address;
    QProcess m_daemon;
};

} // namespace runai::testing
