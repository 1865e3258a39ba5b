// SPDX-License-Identifier: MIT
// Issue 12, item 6: the program's own files are 0600 in 0700 folders whatever the umask, folders
// it creates included, and an existing file or folder of the program's is narrowed.
#include "../support/FileMode.h"
#include "core/PemBlocks.h"
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newFileInNewFolders();
    void existingFileAndFolderNarrowed();
    void parentsThatExistAreLeftAlone();
    void pemKeepsOnlyCertificates();

private:
    QTemporaryDir m_dir;
#ifdef Q_OS_UNIX
    mode_t m_umask = 0;
#endif
};

void TestPrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are Unix's");
#else
    QVERIFY(m_dir.isValid());
    // The common desktop umask: new files 0644, new folders 0755.
    m_umask = ::umask(022);
#endif
}

void TestPrivateFiles::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestPrivateFiles::newFileInNewFolders()
{
    const QString top = m_dir.filePath(u"data"_s);
    const QString file = top + u"/runai-access-console/runai-access/activity.jsonl"_s;
    QVERIFY(PrivateFiles::makeFile(file));
    QVERIFY(QFileInfo(file).isFile());
    const QStringList offences = notOwnerOnly(file, top);
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u"; "_s)));
}

void TestPrivateFiles::existingFileAndFolderNarrowed()
{
    const QString dir = m_dir.filePath(u"old"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/runai-access.conf"_s;
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\nkept=1\n");
    }
    QCOMPARE(fileModeOf(dir), 0755u);
    QCOMPARE(fileModeOf(file), 0644u);
    QVERIFY(PrivateFiles::makeFile(file));
    QCOMPARE(fileModeOf(file), 0600u);
    QCOMPARE(fileModeOf(dir), 0700u);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[General]\nkept=1\n")); // content untouched
}

void TestPrivateFiles::parentsThatExistAreLeftAlone()
{
    const QString parent = m_dir.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(parent));
    QVERIFY(QFile::setPermissions(parent, QFileDevice::Permissions(0x7755)));
    QVERIFY(PrivateFiles::makeDirectory(parent + u"/runai-access-console"_s));
    QCOMPARE(fileModeOf(parent + u"/runai-access-console"_s), 0700u);
    QCOMPARE(fileModeOf(parent), 0755u); // ~/.config is not ours
}

void TestPrivateFiles::pemKeepsOnlyCertificates()
{
    const QByteArray cert = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbC+/=\n"
                            "-----END CERTIFICATE-----";
    const QByteArray key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                           "-----END PRIVATE KEY-----";
    const QByteArray rsa = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n"
                           "-----END RSA PRIVATE KEY-----";
    const QByteArray mixed = "subject=CN=ca\n" + cert + "\n" + key + "\n" + cert + "\n" + rsa;
    QCOMPARE(PemBlocks::otherLabels(mixed), (QStringList{u"PRIVATE KEY"_s, u"RSA PRIVATE KEY"_s}));
    const QByteArray kept = PemBlocks::certificatesOnly(mixed);
    QCOMPARE(kept, cert + "\n" + cert + "\n");
    QVERIFY(!kept.contains("PRIVATE"));
    QVERIFY(PemBlocks::otherLabels(kept).isEmpty());
    QVERIFY(PemBlocks::otherLabels(cert).isEmpty());
    // A key whose END line is missing is still seen, and nothing of it is kept.
    QCOMPARE(PemBlocks::otherLabels("-----BEGIN EC PRIVATE KEY-----\nMHcC"),
             QStringList{u"EC PRIVATE KEY"_s});
    QVERIFY(PemBlocks::certificatesOnly("-----BEGIN EC PRIVATE KEY-----\nMHcC").isEmpty());
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
