// SPDX-License-Identifier: MIT
// The runai-sandbox executable, driven the way the documentation drives a Run:ai control plane:
// curl calls against `runai-sandbox --port 0`, plus its flags, HTTPS, state and clean shutdown.
#include "SandboxTestClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct CurlResult
{
    int status = -1;
    QByteArray body;
    QByteArray headers;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// Runs curl; the status comes from -w, headers from -D.
CurlResult curl(const QStringList &args, const QString &headerFile)
{
    QProcess process;
    QStringList all{u"-sS"_s, u"-o"_s,    u"-"_s,          u"-w"_s, u"\n%{http_code}"_s,
                    u"-D"_s,  headerFile, u"--max-time"_s, u"15"_s};
    all += args;
    process.start(u"curl"_s, all);
    CurlResult result;
    if (!process.waitForFinished(20000))
        return result;
    QByteArray out = process.readAllStandardOutput();
    const qsizetype lastNewline = out.lastIndexOf('\n');
    result.status = out.mid(lastNewline + 1).toInt();
    result.body = out.left(lastNewline);
    QFile headers(headerFile);
    if (headers.open(QIODevice::ReadOnly))
        result.headers = headers.readAll();
    return result;
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts the executable and reads the URL from its first stdout line.
    static QUrl start(QProcess &process, const QStringList &args)
    {
        process.setProgram(QStringLiteral(RUNAI_SANDBOX_EXECUTABLE));
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        QByteArray firstLine;
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        for (int i = 0; i < 100 && !firstLine.contains('\n'); ++i) {
            if (process.bytesAvailable() == 0 && process.state() == QProcess::Running)
                output.wait(100);
            firstLine += process.readAllStandardOutput();
            if (process.state() != QProcess::Running)
                break;
        }
        const QByteArray prefix = "Run:ai sandbox listening on ";
        if (!firstLine.startsWith(prefix))
            return {};
        return QUrl(QString::fromUtf8(firstLine.mid(prefix.size()).trimmed()));
    }

    static bool stopWith(QProcess &process, int signalNumber)
    {
        ::kill(pid_t(process.processId()), signalNumber);
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

    QString headerFile() const { return m_dir.filePath(u"headers.txt"_s); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void documentationCurlFlow()
    {
        const QString state = m_dir.filePath(u"state.json"_s);
        QProcess sandbox;
        const QUrl url = start(sandbox, {u"--port"_s, u"0"_s, u"--state"_s, state});
        QVERIFY2(url.isValid() && url.port() > 0, sandbox.readAllStandardError().constData());
        QCOMPARE(url.scheme(), u"http"_s);
        const QString base = url.toString();

        // 1. The administrator's token.
        const CurlResult admin = curl(
                {u"-X"_s, u"POST"_s, base + u"/api/v1/token"_s, u"--header"_s, u"Accept: */*"_s,
                 u"--header"_s, u"Content-Type: application/json"_s, u"--data-raw"_s,
                 uR"({"grantType":"password","username":"test@run.ai","password":"Abcd!234"})"_s},
                headerFile());
        QCOMPARE(admin.status, 200);
        const QString adminToken = admin.object().value(u"accessToken"_s).toString();
        QVERIFY(adminToken.count(u'.') == 2);
        QVERIFY(admin.object().value(u"refreshToken"_s).isString());
        QVERIFY(admin.object().value(u"idToken"_s).isString());

        // 2. An application.
        const CurlResult app = curl({u"-X"_s, u"POST"_s, base + u"/api/v1/apps"_s, u"--header"_s,
                                     u"Authorization: Bearer "_s + adminToken, u"--header"_s,
                                     u"Content-Type: application/json"_s, u"--data-raw"_s,
                                     uR"({"name":"my-first-app"})"_s},
                                    headerFile());
        QCOMPARE(app.status, 201);
        QVERIFY(app.object().value(u"id"_s).isString());
        QCOMPARE(app.object().value(u"name"_s).toString(), u"my-first-app"_s);
        const QString clientId = app.object().value(u"clientId"_s).toString();
        const QString secret = app.object().value(u"secret"_s).toString();
        QCOMPARE(clientId, u"my-first-app"_s);
        QVERIFY(!secret.isEmpty());

        // 3. The application's own token, spelled the way the documentation spells it.
        const CurlResult appToken = curl(
                {u"-X"_s, u"POST"_s, base + u"/api/v1/token"_s, u"--header"_s, u"Accept: */*"_s,
                 u"--header"_s, u"Content-Type: application/json"_s, u"--data-raw"_s,
                 uR"({"grantType":"client_credentials","clientId":"%1","clientSecret":"%2"})"_s.arg(
                         clientId, secret)},
                headerFile());
        QCOMPARE(appToken.status, 200);
        QVERIFY(appToken.object().value(u"accessToken"_s).toString().count(u'.') == 2);

        // 4. A user, with the administrator's token.
        const CurlResult user = curl(
                {u"-X"_s, u"POST"_s, base + u"/api/v1/users"_s, u"--header"_s,
                 u"Authorization: Bearer "_s + adminToken, u"--header"_s,
                 u"Content-Type: application/json"_s, u"--data-raw"_s,
                 uR"({"email":"jane@example.com","resetPassword":true,"notify":false})"_s},
                headerFile());
        QCOMPARE(user.status, 201);
        QVERIFY(user.object().value(u"id"_s).isString());
        QCOMPARE(user.object().value(u"username"_s).toString(), u"jane@example.com"_s);
        const QString tempPassword = user.object().value(u"tempPassword"_s).toString();
        QVERIFY(!tempPassword.isEmpty());

        // SIGTERM: a clean exit that saves the state, with hashes only.
        QVERIFY(stopWith(sandbox, SIGTERM));
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("jane@example.com"));
        QVERIFY(saved.contains("my-first-app"));
        QVERIFY(!saved.contains(secret.toUtf8()));
        QVERIFY(!saved.contains(tempPassword.toUtf8()));
        QVERIFY(!saved.contains("Abcd!234"));

        // The next start picks the state up: the user signs in with the temporary password.
        QProcess again;
        const QUrl url2 = start(again, {u"--port"_s, u"0"_s, u"--state"_s, state});
        QVERIFY(url2.isValid());
        const CurlResult jane = curl(
                {u"-X"_s, u"POST"_s, url2.toString() + u"/api/v1/token"_s, u"--header"_s,
                 u"Content-Type: application/json"_s, u"--data-raw"_s,
                 uR"({"grantType":"password","username":"jane@example.com","password":"%1"})"_s.arg(
                         tempPassword)},
                headerFile());
        QCOMPARE(jane.status, 200);
        QVERIFY(stopWith(again, SIGINT));
    }

    void versionAndFaultFlags()
    {
        QProcess sandbox;
        const QUrl url = start(sandbox,
                               {u"--port"_s, u"0"_s, u"--service-accounts-only"_s,
                                u"--token-lifetime"_s, u"120"_s, u"--fail"_s,
                                u"/api/v2/token:503:1:9"_s, u"--html502"_s, u"/api/v1/users:1"_s,
                                u"--latency"_s, u"10"_s, u"--seed-users"_s, u"50"_s});
        QVERIFY2(url.isValid(), sandbox.readAllStandardError().constData());
        const QString base = url.toString();
        const QStringList passwordForm{u"--data-urlencode"_s, u"grant_type=password"_s,
                                       u"--data-urlencode"_s, u"username=test@run.ai"_s,
                                       u"--data-urlencode"_s, u"password=Abcd!234"_s};
        const CurlResult failed = curl(QStringList{base + u"/api/v2/token"_s} + passwordForm,
                                       headerFile());
        QCOMPARE(failed.status, 503);
        QVERIFY(failed.headers.toLower().contains("retry-after: 9"));
        const CurlResult token = curl(QStringList{base + u"/api/v2/token"_s} + passwordForm,
                                      headerFile());
        QCOMPARE(token.status, 200);
        QCOMPARE(token.object().value(u"expires_in"_s).toInt(), 120);
        const QString bearer = u"Authorization: Bearer "_s
                               + token.object().value(u"access_token"_s).toString();
        QCOMPARE(curl({base + u"/api/v1/apps"_s, u"-H"_s, bearer}, headerFile()).status, 404);
        QCOMPARE(curl({base + u"/api/v1/service-accounts"_s, u"-H"_s, bearer}, headerFile()).status,
                 200);
        const CurlResult gateway = curl({base + u"/api/v1/users"_s, u"-H"_s, bearer}, headerFile());
        QCOMPARE(gateway.status, 502);
        QVERIFY(gateway.body.contains("<html>"));
        QCOMPARE(curl({base + u"/api/v1/users"_s, u"-H"_s, bearer}, headerFile()).status, 200);
        const CurlResult count = curl({base + u"/api/v1/users/count"_s, u"-H"_s, bearer},
                                      headerFile());
        QCOMPARE(count.status, 200);
        QCOMPARE(count.object().value(u"count"_s).toInt(), 51); // the admin and 50 seeded
        QVERIFY(stopWith(sandbox, SIGINT));
    }

    void version30Flag()
    {
        QProcess sandbox;
        const QUrl url = start(sandbox, {u"--port"_s, u"0"_s, u"--api-version"_s, u"3.0"_s});
        QVERIFY2(url.isValid(), sandbox.readAllStandardError().constData());
        const QString base = url.toString();
        const CurlResult token = curl({base + u"/api/v2/token"_s, u"--data-urlencode"_s,
                                       u"grant_type=password"_s, u"--data-urlencode"_s,
                                       u"username=test@run.ai"_s, u"--data-urlencode"_s,
                                       u"password=Abcd!234"_s},
                                      headerFile());
        QCOMPARE(token.status, 200);
        const QString bearer = u"Authorization: Bearer "_s
                               + token.object().value(u"access_token"_s).toString();
        const CurlResult roles = curl({base + u"/api/v2/authorization/roles"_s, u"-H"_s, bearer},
                                      headerFile());
        QCOMPARE(roles.status, 200);
        QVERIFY(roles.object().value(u"roles"_s).isArray());
        QCOMPARE(curl({base + u"/api/v1/authorization/roles"_s, u"-H"_s, bearer}, headerFile())
                         .status,
                 404);
        QCOMPARE(curl({base + u"/api/v1/apps"_s, u"-H"_s, bearer}, headerFile()).status, 404);
        QVERIFY(stopWith(sandbox, SIGTERM));
    }

    void httpsFlags()
    {
        const QString error = runai::sandbox::test::makeTestCertificates(m_dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QProcess sandbox;
        const QUrl url = start(sandbox, {u"--port"_s, u"0"_s, u"--api-version"_s, u"2.18"_s,
                                         u"--tls-cert"_s, m_dir.filePath(u"server.pem"_s),
                                         u"--tls-key"_s, m_dir.filePath(u"server.key"_s)});
        QVERIFY2(url.isValid(), sandbox.readAllStandardError().constData());
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"localhost"_s);
        const CurlResult token = curl(
                {u"--cacert"_s, m_dir.filePath(u"ca.pem"_s), u"-X"_s, u"POST"_s,
                 url.toString() + u"/api/v1/token"_s, u"-H"_s, u"Content-Type: application/json"_s,
                 u"--data-raw"_s,
                 uR"({"grantType":"password","username":"test@run.ai","password":"Abcd!234"})"_s},
                headerFile());
        QCOMPARE(token.status, 200);
        QVERIFY(!token.object().contains(u"expiresIn"_s));
        // Without the CA, curl refuses the certificate (no HTTP status).
        const CurlResult untrusted = curl({url.toString() + u"/api/v1/token"_s}, headerFile());
        QCOMPARE(untrusted.status, 0);
        QVERIFY(stopWith(sandbox, SIGTERM));
    }

    // The well-known default password only on loopback; any other address says where it really
    // listens (it used to print 127.0.0.1 for 0.0.0.0).
    void nonLoopbackBindNeedsItsOwnPassword()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"RUNAI_SANDBOX_ADMIN_PASSWORD"_s);
        for (const QStringList &password :
             {QStringList(), {u"--admin-password"_s, u"Abcd!234"_s}}) {
            QProcess refused;
            refused.setProcessEnvironment(env);
            refused.start(QStringLiteral(RUNAI_SANDBOX_EXECUTABLE),
                          QStringList{u"--bind"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s} + password);
            QVERIFY(refused.waitForFinished(10000));
            QVERIFY(refused.exitCode() != 0);
            QVERIFY(refused.readAllStandardOutput().isEmpty());
            const QByteArray why = refused.readAllStandardError();
            QVERIFY2(why.startsWith("runai-sandbox: Refusing to listen on 0.0.0.0")
                             && why.contains("default administrator password"),
                     why.constData());
        }

        QProcess sandbox;
        sandbox.setProcessEnvironment(env);
        const QUrl url = start(sandbox, {u"--bind"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s,
                                         u"--admin-password"_s, u"Not-the-default-1"_s});
        // Not QVERIFY2 with stderr as its message: that would read (and lose) the warning below.
        if (!url.isValid())
            QFAIL(sandbox.readAllStandardError().constData());
        QCOMPARE(url.host(), u"0.0.0.0"_s);
        QVERIFY(url.port() > 0);
        // The port printed is the one it listens on.
        const CurlResult users = curl({u"http://127.0.0.1:%1/api/v1/users"_s.arg(url.port())},
                                      headerFile());
        QCOMPARE(users.status, 401);
        QVERIFY(stopWith(sandbox, SIGTERM));
        QVERIFY(sandbox.readAllStandardError().contains("reachable from other machines"));

        QProcess loopback;
        const QUrl local = start(loopback, {u"--port"_s, u"0"_s});
        QCOMPARE(local.host(), u"127.0.0.1"_s);
        QVERIFY(stopWith(loopback, SIGTERM));
    }

    // Two 512 MiB POSTs once took the sandbox to 2.5 GB. Now the 413 comes from the headers and
    // what the client pushes anyway is dropped as it comes: the peak memory stays flat.
    void hugeBodyDoesNotGrowMemory()
    {
        QProcess sandbox;
        // Under AddressSanitizer (CI) freed blocks wait in a quarantine of 256 MiB, which would
        // count as growth here although the sandbox holds none of it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList asanOptions = env.value(u"ASAN_OPTIONS"_s).split(u':', Qt::SkipEmptyParts);
        asanOptions << u"quarantine_size_mb=0"_s;
        env.insert(u"ASAN_OPTIONS"_s, asanOptions.join(u':'));
        sandbox.setProcessEnvironment(env);
        const QUrl url = start(sandbox, {u"--port"_s, u"0"_s});
        QVERIFY(url.isValid());
        const auto peakKiB = [&sandbox] {
            QFile status(u"/proc/%1/status"_s.arg(sandbox.processId()));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
            return qint64(-1);
        };
        const qint64 before = peakKiB();
        QVERIFY(before > 0);

        // No event loop runs a server in this process: blocking socket calls are fine here.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/token HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: application/json\r\nContent-Length: 536870912\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        QByteArray answer;
        for (int sent = 0; sent < 128 && socket.state() == QAbstractSocket::ConnectedState;
             ++sent) {
            socket.write(chunk);
            socket.waitForBytesWritten(2000);
            answer += socket.readAll();
        }
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        const qint64 after = peakKiB();
        QVERIFY2(after - before < 32 * 1024,
                 qPrintable(u"peak RSS grew from %1 KiB to %2 KiB"_s.arg(before).arg(after)));
        QVERIFY(stopWith(sandbox, SIGTERM));
    }

    void helpAndBadFlags()
    {
        QProcess help;
        help.start(QStringLiteral(RUNAI_SANDBOX_EXECUTABLE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        for (const char *flag : {"--port",
                                 "--bind",
                                 "--api-version",
                                 "--service-accounts-only",
                                 "--admin-email",
                                 "--admin-password",
                                 "--token-lifetime",
                                 "--tls-cert",
                                 "--tls-key",
                                 "--state",
                                 "--latency",
                                 "--fail",
                                 "--html502",
                                 "--drop",
                                 "--drop-after-handling",
                                 "--truncate",
                                 "--non-json",
                                 "--seed-users",
                                 "--max-body-bytes",
                                 "--max-header-bytes",
                                 "--max-connections",
                                 "--header-timeout",
                                 "--body-timeout",
                                 "--idle-timeout"})
            QVERIFY2(text.contains(flag), flag);
        QVERIFY(text.contains("3.0"));
        QVERIFY(text.contains("2.26"));

        const QList<QStringList> bad{
                {u"--api-version"_s, u"9.9"_s},     {u"--api-version"_s, u"3.1"_s},
                {u"--api-version"_s, u"2.27"_s},    {u"--port"_s, u"70000"_s},
                {u"--bind"_s, u"not-an-address"_s}, {u"--fail"_s, u"/api/v1/apps:oops"_s},
                {u"--drop"_s, u"api/v1/apps:1"_s},  {u"--tls-cert"_s, u"/nonexistent.pem"_s},
                {u"--token-lifetime"_s, u"0"_s},    {u"--seed-users"_s, u"many"_s},
                {u"--max-body-bytes"_s, u"0"_s},    {u"--max-connections"_s, u"-1"_s},
                {u"--idle-timeout"_s, u"soon"_s},
        };
        for (const QStringList &args : bad) {
            QProcess process;
            process.start(QStringLiteral(RUNAI_SANDBOX_EXECUTABLE), args);
            QVERIFY(process.waitForFinished(10000));
            QVERIFY2(process.exitCode() != 0, qPrintable(args.join(u' ')));
            QVERIFY(process.readAllStandardOutput().isEmpty());
            QVERIFY(process.readAllStandardError().startsWith("runai-sandbox: "));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
