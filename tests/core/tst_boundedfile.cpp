// SPDX-License-Identifier: MIT
// Issue 12, item 8: files the user names are read with a hard cap, whatever their size() says,
// and pipes and devices are refused at once (a FIFO no one writes to would block for ever).
#include "core/BoundedFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace runai;

class TestBoundedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsUpToTheCap();
    void refusesOneByteMore();
    void refusesDevZeroAtOnce();
    void refusesFifoWithoutWaiting();
    void refusesFolder();
    void missingFileSaysWhy();

private:
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"f%1"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestBoundedFile::readsUpToTheCap()
{
    const QByteArray bytes(200 * 1024, 'x'); // more than one read chunk
    const auto r = BoundedFile::read(write(bytes), bytes.size());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), bytes);
    const auto empty = BoundedFile::read(write({}), 10);
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
}

void TestBoundedFile::refusesOneByteMore()
{
    const QString path = write(QByteArray(1001, 'x'));
    const auto r = BoundedFile::read(path, 1000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(path) && r.error().contains(u"larger than"_s),
             qPrintable(r.error()));
}

void TestBoundedFile::refusesDevZeroAtOnce()
{
#ifndef Q_OS_UNIX
    QSKIP("no /dev/zero");
#endif
    // QFile::size() is 0 here: a size check passes it, and readAll() never ends.
    QCOMPARE(QFile(u"/dev/zero"_s).size(), 0);
    QElapsedTimer clock;
    clock.start();
    const auto r = BoundedFile::read(u"/dev/zero"_s, 1024 * 1024);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"not a regular file"_s), qPrintable(r.error()));
    QVERIFY(clock.elapsed() < 1000);
}

void TestBoundedFile::refusesFifoWithoutWaiting()
{
#ifndef Q_OS_UNIX
    QSKIP("no FIFOs");
#else
    const QString fifo = m_dir.filePath(u"pipe.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer clock;
    clock.start();
    // No writer: a plain open() would block here for ever (the test's timeout would say so).
    const auto r = BoundedFile::read(fifo, 1024);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(fifo) && r.error().contains(u"not a regular file"_s),
             qPrintable(r.error()));
    QVERIFY(clock.elapsed() < 1000);
#endif
}

void TestBoundedFile::refusesFolder()
{
    const auto r = BoundedFile::read(m_dir.path(), 1024);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"not a regular file"_s), qPrintable(r.error()));
}

void TestBoundedFile::missingFileSaysWhy()
{
    const QString path = m_dir.filePath(u"missing.pem"_s);
    const auto r = BoundedFile::read(path, 1024);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(path + u" cannot be read: "_s), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
