// SPDX-License-Identifier: MIT
// Keychain failure modes, produced for real: each test builds a broken environment (its own
// dbus-daemon, its own gnome-keyring, or no bus at all) and runs secret_probe, a child process
// using KeychainSecretStore, inside it. The child prints the diagnosis; we check it is the right
// one, that its message says what to do, and that it came quickly. Nothing here touches the
// session's own keyring, and nothing depends on DISPLAY: the environments have none, so no
// unlock prompt can appear and hang.

#include "PrivateSessionBus.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using runai::testing::cleanEnvironment;
using runai::testing::PrivateSessionBus;
using runai::testing::processTimeoutMs;

namespace {

// What secret_probe printed.
struct ProbeResult
{
    bool ran = false;
    int exitCode = -1;
    QString kind;
    int attempts = 0;
    int elapsedMs = -1;
    bool slow = false;
    QString message;
    QString backend;
    QString output;
};

ProbeResult parseProbe(const QString &output, int exitCode)
{
    ProbeResult r;
    r.ran = true;
    r.exitCode = exitCode;
    r.output = output;
    static const QRegularExpression resultLine(
            u"^RESULT kind=(\\w+) attempts=(\\d+) elapsedMs=(\\d+) slow=(\\d)$"_s,
            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = resultLine.match(output);
    if (m.hasMatch()) {
        r.kind = m.captured(1);
        r.attempts = m.captured(2).toInt();
        r.elapsedMs = m.captured(3).toInt();
        r.slow = m.captured(4) == "1"_L1;
    }
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith("MESSAGE "_L1))
            r.message = line.mid(8);
        else if (line.startsWith("BACKEND "_L1))
            r.backend = line.mid(8);
    }
    return r;
}

} // namespace

class TestKeychainFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noSecretService_data();
    void noSecretService();
    void noDBusSession_data();
    void noDBusSession();
    void lockedCollection();
    void collectionMissing();
    void backendStartingIsRetriedOnce();
    void slowKeychainSaysStillWaiting();
    void jobDeletedWhileKeychainWorks();
    void keychainThatNeverAnswers();
    void abandonWhileKeychainHangs();
    void abandonedJobIgnoresLateAnswer();

private:
    ProbeResult runProbe(const QProcessEnvironment &env, const QStringList &arguments);
    QString indexFile() const { return m_dir->filePath(u"index.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateSessionBus> m_bus;
};

void TestKeychainFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_bus = std::make_unique<PrivateSessionBus>(m_dir->path());
}

void TestKeychainFailures::cleanup()
{
    m_bus.reset();
    m_dir.reset();
}

ProbeResult TestKeychainFailures::runProbe(const QProcessEnvironment &env,
                                           const QStringList &arguments)
{
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::SeparateChannels);
    probe.start(QStringLiteral(SECRET_PROBE_PATH),
                arguments + QStringList{u"--index"_s, indexFile()});
    if (!probe.waitForFinished(processTimeoutMs)) {
        probe.kill();
        probe.waitForFinished(5000);
        return {};
    }
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    const QString log = QString::fromUtf8(probe.readAllStandardError());
    ProbeResult r = parseProbe(output,
                               probe.exitStatus() == QProcess::NormalExit ? probe.exitCode() : -1);
    r.output += log;
    // The measured numbers, for the log: how fast each failure is told.
    qInfo("probe %s -> %s after %d ms, %d attempt(s)", qPrintable(arguments.join(u' ')),
          qPrintable(r.kind), r.elapsedMs, r.attempts);
    return r;
}

#define VERIFY_PROBE(r) \
    do { \
        QVERIFY2((r).ran, "probe did not finish in time"); \
        QVERIFY2(!(r).kind.isEmpty(), qPrintable((r).output)); \
    } while (false)

void TestKeychainFailures::noSecretService_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("read") << u"read"_s;
}

void TestKeychainFailures::noSecretService()
{
    QFETCH(QString, operation);
    QVERIFY(m_bus->start()); // a bus that has no keychain and cannot activate one
    const ProbeResult r = runProbe(m_bus->environment(), {operation});
    VERIFY_PROBE(r);
    QCOMPARE(r.kind, u"NoSecretService"_s);
    QVERIFY2(r.backend.contains("org.freedesktop.secrets was not provided"_L1),
             qPrintable(r.backend));
    QCOMPARE(r.attempts, 2); // it may have been starting: asked once more
    QVERIFY2(r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.message.contains("Secret Service"_L1));
    QVERIFY(r.message.contains("for this session only"_L1));
    QVERIFY(!QFile::exists(indexFile())); // a failed write names nothing
}

void TestKeychainFailures::noDBusSession_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("no address, no display") << QString();
    QTest::newRow("stale address") << u"unix:path=/nonexistent/runai-test-bus"_s;
}

void TestKeychainFailures::noDBusSession()
{
    QFETCH(QString, address);
    QProcessEnvironment env = cleanEnvironment();
    // An empty runtime dir: GDBus would otherwise find $XDG_RUNTIME_DIR/bus.
    env.insert(u"XDG_RUNTIME_DIR"_s, m_bus->runtimeDir());
    env.insert(u"XDG_DATA_HOME"_s, m_bus->dataHome());
    if (!address.isEmpty())
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    const ProbeResult r = runProbe(env, {u"write"_s});
    VERIFY_PROBE(r);
    QCOMPARE(r.kind, u"NoDBusSession"_s);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.elapsedMs < 2000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.message.contains("D-Bus"_L1));
    QVERIFY(r.message.contains("for this session only"_L1));
}

void TestKeychainFailures::lockedCollection()
{
    // 1. A login keyring created with one password, holding one of our secrets.
    {
        PrivateSessionBus first(m_dir->filePath(u"first"_s), m_bus->dataHome());
        QVERIFY(first.start());
        QVERIFY(first.startKeyring({u"--unlock"_s, u"--components=secrets"_s}, "right-password"));
        const ProbeResult w = runProbe(first.environment(), {u"write"_s});
        VERIFY_PROBE(w);
        QCOMPARE(w.kind, u"Ok"_s);
        QVERIFY(QFile::exists(m_bus->dataHome() + "/keyrings/login.keyring"_L1));
    } // first bus gone: its keyring daemon exits

    // 2. The same keyring opened with the wrong password: gnome-keyring starts (and exits 0) but
    //    the collection stays locked.
    QVERIFY(m_bus->start());
    QVERIFY(m_bus->startKeyring({u"--unlock"_s, u"--components=secrets"_s}, "wrong-password"));

    const ProbeResult w = runProbe(m_bus->environment(), {u"write"_s});
    VERIFY_PROBE(w);
    QCOMPARE(w.kind, u"Locked"_s);
    QVERIFY2(w.backend.contains("locked collection"_L1), qPrintable(w.backend));
    QVERIFY(w.message.contains("locked"_L1));
    QVERIFY(w.message.contains("Unlock"_L1));
    QVERIFY2(w.elapsedMs < 3000, qPrintable(QString::number(w.elapsedMs)));

    // libsecret calls the stored secret "not found" here; we must not.
    const ProbeResult r = runProbe(m_bus->environment(), {u"read"_s});
    VERIFY_PROBE(r);
    QCOMPARE(r.kind, u"Locked"_s);

    // ... and it calls a delete that removed nothing a success.
    const ProbeResult d = runProbe(m_bus->environment(), {u"remove"_s});
    VERIFY_PROBE(d);
    QCOMPARE(d.kind, u"Locked"_s);

    // So the index still says the secret exists (it does), for when the keyring is unlocked.
    QFile index(indexFile());
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().contains("https://probe.example.com|client-secret|probe-app"));
}

void TestKeychainFailures::collectionMissing()
{
    // A keyring daemon with no login keyring and (no display, no prompter) no way to create one.
    QVERIFY(m_bus->start());
    QVERIFY(m_bus->startKeyring({u"--start"_s, u"--components=secrets"_s}));
    const ProbeResult r = runProbe(m_bus->environment(), {u"write"_s});
    VERIFY_PROBE(r);
    QCOMPARE(r.kind, u"CollectionMissing"_s);
    QVERIFY2(r.backend.contains("/org/freedesktop/secrets/collection/login"_L1),
             qPrintable(r.backend));
    QVERIFY(r.message.contains("keyring"_L1));
    QCOMPARE(r.attempts, 1);
}

void TestKeychainFailures::backendStartingIsRetriedOnce()
{
    // The keychain comes up while our first attempt fails: the one delayed retry succeeds.
    QVERIFY(m_bus->start());
    QProcess probe;
    probe.setProcessEnvironment(m_bus->environment());
    QString log;
    connect(&probe, &QProcess::readyReadStandardError, this,
            [&] { log += QString::fromUtf8(probe.readAllStandardError()); });
    // A generous retry delay, so that starting the keyring fits in it on a loaded machine.
    probe.start(QStringLiteral(SECRET_PROBE_PATH),
                {u"write"_s, u"--retry-delay"_s, u"1500"_s, u"--index"_s, indexFile()});
    QVERIFY(probe.waitForStarted(processTimeoutMs));
    QTRY_VERIFY2_WITH_TIMEOUT(log.contains("retrying in"_L1), qPrintable(log), processTimeoutMs);
    QVERIFY(m_bus->startKeyring({u"--unlock"_s, u"--components=secrets"_s}, "pw"));
    QVERIFY(probe.waitForFinished(processTimeoutMs));
    const ProbeResult r = parseProbe(QString::fromUtf8(probe.readAllStandardOutput()),
                                     probe.exitCode());
    VERIFY_PROBE(r);
    qInfo("probe write (keychain started after the first attempt) -> %s after %d ms, %d "
          "attempt(s)",
          qPrintable(r.kind), r.elapsedMs, r.attempts);
    QCOMPARE(r.kind, u"Ok"_s);
    QCOMPARE(r.attempts, 2);
    // The name is in the index now, the secret in the keyring that started late.
    QVERIFY(QFile::exists(indexFile()));
    const ProbeResult read = runProbe(m_bus->environment(), {u"read"_s});
    VERIFY_PROBE(read);
    QCOMPARE(read.kind, u"Ok"_s);
    QCOMPARE(read.attempts, 1);
}

void TestKeychainFailures::slowKeychainSaysStillWaiting()
{
    QVERIFY(m_bus->addSlowKeyringService(u"2"_s, "pw"));
    QVERIFY(m_bus->start());
    const ProbeResult r = runProbe(m_bus->environment(),
                                   {u"write"_s, u"--still-waiting"_s, u"1000"_s});
    VERIFY_PROBE(r);
    QVERIFY2(r.output.contains("STILL_WAITING"_L1), qPrintable(r.output));
    QVERIFY(r.slow);
    QCOMPARE(r.kind, u"Ok"_s); // slow is not failed: it finishes once the keychain answers
    QVERIFY2(r.elapsedMs >= 1500, qPrintable(QString::number(r.elapsedMs)));
}

void TestKeychainFailures::jobDeletedWhileKeychainWorks()
{
    // QtKeychain issue 261: deleting a keychain job while libsecret works on it crashed.
    // Delete our job while the (slow) keychain holds the write, then keep running.
    QVERIFY(m_bus->addSlowKeyringService(u"1.5"_s, "pw"));
    QVERIFY(m_bus->start());
    const ProbeResult r = runProbe(m_bus->environment(), {u"write"_s, u"--delete-after"_s, u"300"_s,
                                                          u"--linger"_s, u"3000"_s});
    QVERIFY2(r.ran, "probe did not finish in time");
    QVERIFY2(r.output.contains("DELETING finished=0"_L1), qPrintable(r.output));
    QVERIFY2(r.output.contains("SURVIVED"_L1), qPrintable(r.output));
    QCOMPARE(r.exitCode, 0);
    // The orphaned write still reached the keyring.
    const ProbeResult read = runProbe(m_bus->environment(), {u"read"_s});
    VERIFY_PROBE(read);
    QCOMPARE(read.kind, u"Ok"_s);
}

void TestKeychainFailures::keychainThatNeverAnswers()
{
    // The keychain is activatable but never appears: each attempt ends when dbus-daemon gives up
    // (1.5 s here); after the one retry the user is told it did not answer.
    QVERIFY(m_bus->addHungKeyringService());
    QVERIFY(m_bus->start(1500));
    const ProbeResult r = runProbe(m_bus->environment(),
                                   {u"write"_s, u"--still-waiting"_s, u"500"_s});
    VERIFY_PROBE(r);
    QVERIFY(r.slow); // the GUI showed "Waiting for the keychain…" meanwhile
    QCOMPARE(r.kind, u"BackendStarting"_s);
    QVERIFY2(r.backend.contains("timed out"_L1), qPrintable(r.backend));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(r.elapsedMs >= 3000 && r.elapsedMs < 10000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.message.contains("did not answer"_L1));
}

void TestKeychainFailures::abandonWhileKeychainHangs()
{
    // With dbus-daemon's own 25 s activation timeout, only the user's Cancel ends the wait.
    QVERIFY(m_bus->addHungKeyringService());
    QVERIFY(m_bus->start());
    const ProbeResult r = runProbe(m_bus->environment(), {u"read"_s, u"--still-waiting"_s, u"300"_s,
                                                          u"--abandon-after"_s, u"800"_s});
    VERIFY_PROBE(r);
    QVERIFY(r.slow);
    QCOMPARE(r.kind, u"Cancelled"_s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
}

void TestKeychainFailures::abandonedJobIgnoresLateAnswer()
{
    // Cancel while a slow keychain works on the request; its answer arrives later and must
    // neither finish the job a second time nor crash.
    QVERIFY(m_bus->addSlowKeyringService(u"1"_s, "pw"));
    QVERIFY(m_bus->start());
    const ProbeResult r = runProbe(m_bus->environment(), {u"write"_s, u"--abandon-after"_s,
                                                          u"300"_s, u"--linger"_s, u"2500"_s});
    VERIFY_PROBE(r);
    QCOMPARE(r.kind, u"Cancelled"_s);
    QCOMPARE(r.output.count("RESULT "_L1), 1);
    QVERIFY2(r.output.contains("SURVIVED"_L1), qPrintable(r.output));
    QCOMPARE(r.exitCode, 0);
    // The keychain did finish the write it had been given.
    const ProbeResult read = runProbe(m_bus->environment(), {u"read"_s});
    VERIFY_PROBE(read);
    QCOMPARE(read.kind, u"Ok"_s);
}

QTEST_GUILESS_MAIN(TestKeychainFailures)
#include "tst_keychainfailures.moc"
