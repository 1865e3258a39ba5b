// SPDX-License-Identifier: MIT
#pragma once
// Shared by the api tests: sandbox version modes, a bounded "run this job" helper, settings with
// short retry delays, and throwaway TLS certificates made with the openssl CLI.

#include "api/ApiJob.h"
#include "api/ConnectionSettings.h"
#include "sandbox/SandboxServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace runai::test {

using namespace Qt::StringLiterals;

// The four sandbox modes every call is tested in.
inline QStringList versionModes()
{
    return {u"2.18"_s, u"2.20"_s, u"2.24"_s, u"sa-only"_s};
}

inline sandbox::SandboxOptions sandboxOptions(const QString &mode)
{
    sandbox::SandboxOptions o;
    if (mode == u"sa-only"_s) {
        o.apiVersion = u"2.24"_s;
        o.serviceAccountsOnly = true;
    } else {
        o.apiVersion = mode;
    }
    return o;
}

inline void addModeRows()
{
    QTest::addColumn<QString>("mode");
    for (const auto &m : versionModes())
        QTest::newRow(qPrintable(m)) << m;
}

// The four modes plus Run:ai 3.0 (no apps, no v1 roles, v2 roles, refresh_token refused on
// /api/v2/token), for the tests of generation-dependent calls.
inline void addModeRowsWith30()
{
    addModeRows();
    QTest::newRow("3.0") << u"3.0"_s;
}

// Modes whose console has /api/v2/token and service accounts (2.24+).
inline bool isFrom224(const QString &mode)
{
    return mode == u"2.24"_s || mode == u"sa-only"_s || mode == u"3.0"_s;
}

inline ConnectionSettings fastSettings(const QUrl &baseUrl)
{
    ConnectionSettings s;
    s.baseUrl = baseUrl;
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    s.transferTimeout = std::chrono::milliseconds(5000);
    s.retryBaseDelay = std::chrono::milliseconds(50);
    return s;
}

// Starts the job and waits (bounded) for finished(). The job is returned owned, with autoDelete
// off, so the test can read its result after the wait.
template<typename J>
std::unique_ptr<J> run(J *job, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    if (spy.isEmpty())
        spy.wait(timeoutMs);
    if (spy.count() != 1)
        qWarning("job %s finished %d times", qPrintable(job->operation()), int(spy.count()));
    return std::unique_ptr<J>(job);
}

// A CA and server certificates signed by it, made once per test run in a temporary folder.
class TestCertificates
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                        u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s,
                        u"2"_s, u"-subj"_s, u"/CN=Runai Test CA"_s, u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s})
               && server(u"localhost"_s, u"DNS:localhost,IP:127.0.0.1"_s)
               && server(u"other"_s, u"DNS:other.example"_s);
    }
    QByteArray caPem() const { return read(u"ca.pem"_s); }
    QSslCertificate certificate(const QString &name) const
    {
        return QSslCertificate(read(name + u".pem"_s), QSsl::Pem);
    }
    QSslKey key(const QString &name) const
    {
        return QSslKey(read(name + u".key"_s), QSsl::Rsa, QSsl::Pem);
    }
    QString error() const { return m_error; }

private:
    bool server(const QString &name, const QString &san)
    {
        QFile ext(path(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + san.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
        ext.close();
        return openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                        path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                        u"/CN="_s + name})
               && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s,
                           path(u"ca.pem"_s), u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s,
                           u"-out"_s, path(name + u".pem"_s), u"-days"_s, u"2"_s, u"-extfile"_s,
                           path(name + u".ext"_s)});
    }
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(u"openssl"_s, args);
        // A test may wait for a child process; app code never does.
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace runai::test
