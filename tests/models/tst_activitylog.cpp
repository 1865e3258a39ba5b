// SPDX-License-Identifier: MIT
// The activity log: kept across restarts in its JSON-lines file, torn lines skipped, secrets
// redacted before they reach memory or disk, CSV export (TableCsvExport: values, field names)
// safe for spreadsheets.

#include "../support/FileMode.h"
#include "core/ActivityRecorder.h"
#include "core/ApiError.h"
#include "models/ActivityLog.h"
#include "models/TableCsvExport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
// The log as its page exports it with every column shown, in the model's order.
QString exportedCsv(const ActivityLog &log)
{
    return TableCsvExport::toCsv(&log, {0, 1, 2, 3, 4, 5, 6});
}

ActivityEntry entry(const QString &action, const QString &object,
                    ActivityEntry::Outcome outcome = ActivityEntry::Outcome::Succeeded,
                    const QString &message = {})
{
    ActivityEntry e;
    e.profile = u"Production"_s;
    e.identity = u"admin@example.com"_s;
    e.action = action;
    e.object = object;
    e.outcome = outcome;
    e.serverMessage = message;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/activity.jsonl"_s);
        {
            ActivityLog log(path);
            QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
            log.record(entry(u"Register application"_s, u"ci-bot"_s));
            log.record(entry(u"Create user"_s, u"new@example.com"_s, ActivityEntry::Outcome::Failed,
                             u"HTTP 409: user exists"_s));
            QCOMPARE(inserted.size(), 2);
            QCOMPARE(log.rowCount(), 2);
            QVERIFY(log.writeError().isEmpty());
        }
        ActivityLog reopened(path);
        QCOMPARE(reopened.rowCount(), 2);
        QCOMPARE(reopened.skippedLines(), 0);
        const ActivityEntry second = reopened.entries().at(1);
        QCOMPARE(second.action, u"Create user"_s);
        QCOMPARE(second.object, u"new@example.com"_s);
        QCOMPARE(second.profile, u"Production"_s);
        QCOMPARE(second.identity, u"admin@example.com"_s);
        QCOMPARE(second.outcome, ActivityEntry::Outcome::Failed);
        QCOMPARE(second.serverMessage, u"HTTP 409: user exists"_s);
        QVERIFY(second.time.isValid());
        QVERIFY(qAbs(second.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Only the owner may read what the program did.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void tornAndForeignLinesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"activity.jsonl"_s);
        {
            ActivityLog log(path);
            log.record(entry(u"Sign in"_s, u"https://console"_s));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("not "
                       "json\n{\"time\":\"yesterday\",\"action\":\"x\",\"outcome\":\"succeeded\"}\n"
                       "{\"time\":\"2026-01-01T00:00:00Z\",\"action\":\"Ok\",\"outcome\":"
                       "\"succeeded\"}\n{\"time\":\"2026-01-");
        }
        ActivityLog log(path);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.skippedLines(), 3);
        QCOMPARE(log.entries().at(1).action, u"Ok"_s);
    }

    void recordAfterTornLineIsKept()
    {
        // Issue 12 (found by fuzz_activity_log): after a crash left a torn last line, the next
        // entry was appended to it and lost with it on every later load.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"activity.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"time\":\"2026-01-01T00:00:00Z\",\"action\":\"Ok\",\"outcome\":"
                       "\"succeeded\"}\n{\"time\":\"2026-01-");
        }
        {
            ActivityLog log(path);
            QCOMPARE(log.rowCount(), 1);
            log.record(entry(u"Register application"_s, u"after-crash"_s));
        }
        ActivityLog log(path);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.entries().at(1).object, u"after-crash"_s);
        QCOMPARE(log.skippedLines(), 1);
    }

    void secretsNeverKept_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXBhcnQ"_s;
        QTest::newRow("jwt") << u"token was "_s + jwt << jwt;
        QTest::newRow("bearer") << u"sent Authorization: Bearer abcdefgh12345678"_s
                                << u"abcdefgh12345678"_s;
        QTest::newRow("json secret")
                << u"{\"secret\":\"Sup3rS3cretValue\"}"_s << u"Sup3rS3cretValue"_s;
        QTest::newRow("form password") << u"password=hunter2hunter2&x=1"_s << u"hunter2hunter2"_s;
    }
    void secretsNeverKept()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"activity.jsonl"_s);
        {
            ActivityLog log(path);
            log.record(entry(u"Get token"_s, message, ActivityEntry::Outcome::Failed, message));
            QVERIFY(!log.entries().at(0).serverMessage.contains(secret));
            QVERIFY(!log.entries().at(0).object.contains(secret));
            QVERIFY(!exportedCsv(log).contains(secret));
        }
        const QByteArray file = readAll(path);
        QVERIFY(!file.isEmpty());
        QVERIFY2(!file.contains(secret.toUtf8()), file.constData());
        QVERIFY(file.contains("<redacted>"));
    }

    // Issue 12, item 6: 0600 in 0700 folders with the common umask (022), the folders the log
    // creates included; the CSV export too.
    void filesAreOwnerOnlyInOwnerOnlyFolders()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are Unix's");
#else
        const CommonUmask commonUmask;
        QTemporaryDir dir;
        const QString path = dir.filePath(
                u"data/runai-access-console/runai-access/activity.jsonl"_s);
        ActivityLog log(path);
        log.record(entry(u"Create user"_s, u"new@example.com"_s));
        QVERIFY(log.writeError().isEmpty());
        const QStringList offences = notOwnerOnly(path,
                                                  dir.filePath(u"data/runai-access-console"_s));
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u"; "_s)));
        const QString exported = dir.filePath(u"activity.csv"_s);
        TableCsvExport exporter;
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        QVERIFY(exporter.start(&log, {0, 1}, exported));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        QCOMPARE(fileModeOf(exported), 0600u);
#endif
    }

    void csvExport()
    {
        ActivityLog log({}); // memory only
        ActivityEntry e = entry(u"Create user"_s, u"=HYPERLINK(\"http://evil\")"_s,
                                ActivityEntry::Outcome::Failed, u"line one\nsaid \"no\", twice"_s);
        e.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        log.record(e);
        const QString csv = exportedCsv(log);
        const QStringList lines = csv.split(u"\r\n"_s);
        // The log file's field names, whatever the language; the time in ISO 8601 UTC, the
        // outcome's stable name.
        QCOMPARE(lines.at(0), u"time,profile,identity,action,object,outcome,message"_s);
        QCOMPARE(
                lines.at(1),
                u"2026-03-04T05:06:07Z,Production,admin@example.com,Create user,"
                "\"'=HYPERLINK(\"\"http://evil\"\")\",failed,\"line one\nsaid \"\"no\"\", twice\""_s);
        QVERIFY(csv.endsWith(u"\r\n"_s));
    }

    void recorderRoutesToSink()
    {
        ActivityLog log({});
        const auto previous = ActivityRecorder::setSink([&log](const ActivityEntry &e) {
            ActivityEntry filled = e;
            filled.profile = u"P"_s;
            log.record(filled);
        });
        ActivityRecorder::record(u"Register application"_s, u"a"_s, ApiError());
        ApiError conflict(ApiError::Kind::Conflict);
        conflict.setHttpStatus(409);
        conflict.setServerBody(u"Conflict"_s, u"name already used"_s, {});
        ActivityRecorder::record(u"Register application"_s, u"a"_s, conflict);
        ActivityRecorder::setSink(previous);
        ActivityRecorder::record(u"after"_s, u"x"_s, ActivityEntry::Outcome::Succeeded);

        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.entries().at(0).outcome, ActivityEntry::Outcome::Succeeded);
        QCOMPARE(log.entries().at(0).profile, u"P"_s);
        QCOMPARE(log.entries().at(1).outcome, ActivityEntry::Outcome::Failed);
        QCOMPARE(log.entries().at(1).serverMessage, u"HTTP 409: name already used"_s);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
