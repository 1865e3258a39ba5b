// SPDX-License-Identifier: MIT
// TableCsvExport: the table as shown (columns, proxy filter and order), RFC 4180 quoting, the
// formula guard, no secret column, chunked reading, file errors.
#include "core/Csv.h"
#include "models/ApplicationsModel.h"
#include "models/TableCsvExport.h"
#include "models/UsersModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

constexpr int kWaitMs = 10000;

Application makeApp(const QString &name)
{
    Application app;
    app.id = u"id-"_s + name;
    app.name = name;
    app.clientId = u"client-"_s + name;
    app.enabled = true;
    app.createdBy = u"admin@run.ai"_s;
    app.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    return app;
}

QStandardItemModel *table(QObject *parent, const QList<QStringList> &rows)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({u"Name"_s, u"Note"_s, u"Hidden"_s});
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items.append(new QStandardItem(cell));
        model->appendRow(items);
    }
    return model;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTableCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotingFollowsRfc4180()
    {
        QObject owner;
        auto *model = table(&owner, {{u"plain"_s, u"a,b"_s, u"x"_s},
                                     {u"say \"hi\""_s, u"two\nlines"_s, u"x"_s},
                                     {u"Zoë ünïcode"_s, u" padded "_s, u"x"_s}});
        const QString csv = TableCsvExport::toCsv(model, {0, 1});
        QCOMPARE(csv, u"Name,Note\r\n"
                      "plain,\"a,b\"\r\n"
                      "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                      "Zoë ünïcode,\" padded \"\r\n"_s);
        // And it reads back to the same cells.
        const Csv::Table back = Csv::parse(csv, u',');
        QCOMPARE(back.records.size(), 4);
        QCOMPARE(back.records.at(2).fields, (QStringList{u"say \"hi\""_s, u"two\nlines"_s}));
        QCOMPARE(back.records.at(3).fields, (QStringList{u"Zoë ünïcode"_s, u" padded "_s}));
    }

    void formulasAreDefused()
    {
        QObject owner;
        auto *model = table(&owner, {{u"=HYPERLINK(\"http://evil\")"_s, u"+1"_s, u""_s},
                                     {u"-2"_s, u"@SUM(A1)"_s, u""_s},
                                     {u"a=b"_s, u"mid-dash"_s, u""_s}});
        const QString csv = TableCsvExport::toCsv(model, {0, 1});
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1), u"\"'=HYPERLINK(\"\"http://evil\"\")\",'+1"_s);
        QCOMPARE(lines.at(2), u"'-2,'@SUM(A1)"_s);
        QCOMPARE(lines.at(3), u"a=b,mid-dash"_s); // only a leading character is a formula
    }

    void columnsInTheGivenOrderOnly()
    {
        QObject owner;
        auto *model = table(&owner, {{u"n"_s, u"note"_s, u"secret-ish"_s}});
        QCOMPARE(TableCsvExport::toCsv(model, {1, 0}), u"Note,Name\r\nnote,n\r\n"_s);
        // Out-of-range columns are ignored rather than written empty.
        QCOMPARE(TableCsvExport::toCsv(model, {0, 7, -1}), u"Name\r\nn\r\n"_s);
    }

    void proxyOrderAndFilterAreKept()
    {
        QObject owner;
        auto *model = table(&owner, {{u"bravo"_s, u"1"_s, u""_s},
                                     {u"alpha"_s, u"2"_s, u""_s},
                                     {u"charlie"_s, u"3"_s, u""_s},
                                     {u"delta"_s, u"4"_s, u""_s}});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model);
        proxy.sort(0, Qt::DescendingOrder);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterRegularExpression(u"^[a-c]"_s);
        QCOMPARE(TableCsvExport::toCsv(&proxy, {0, 1}),
                 u"Name,Note\r\ncharlie,3\r\nbravo,1\r\nalpha,2\r\n"_s);
    }

    void secretColumnIsNeverExported()
    {
        ApplicationsModel model;
        model.setApplications({makeApp(u"ci-one"_s)});
        model.addOrUpdate(makeApp(u"ci-two"_s)); // as right after a registration
        model.setStoredSecrets({u"client-ci-one"_s});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);

        QList<int> all;
        for (int c = 0; c < model.columnCount(); ++c)
            all.append(c);
        const QList<int> exported = TableCsvExport::exportableColumns(&proxy, all);
        QVERIFY(!exported.contains(ApplicationsModel::ClientSecretColumn));
        QCOMPARE(exported.size(), model.columnCount() - 1);

        const QString csv = TableCsvExport::toCsv(&proxy, all);
        QVERIFY(!csv.contains(u"Client secret"_s));
        QVERIFY(!csv.contains(u"keychain"_s));
        QVERIFY(!csv.contains(u"••"_s));
        // Values under the API's field names (issue 15): true/false, ISO 8601 UTC, empty for never.
        QVERIFY2(csv.startsWith(u"name,clientId,enabled,createdAt,createdBy,lastLogin\r\n"_s),
                 qPrintable(csv));
        QVERIFY(csv.contains(
                u"\r\nci-one,client-ci-one,true,2026-01-02T03:04:00Z,admin@run.ai,\r\n"_s));
        QVERIFY(csv.contains(u"\r\nci-two,client-ci-two,true,"_s));
    }

    // Issue 15: an export carries values, not what the cells display. A user created in this
    // session is its email alone (the table says "(new)"), dates are ISO 8601 in UTC (the table
    // shows local time in the locale's words), a never-used login is empty (the table: "Never"),
    // the type is isLocal true/false (empty when the server did not say), and the Name column
    // is first and last name apart, so the users import reads the file as is.
    void valuesNotDisplayText()
    {
        UsersModel model;
        User alice;
        alice.id = u"a1"_s;
        alice.username = u"alice@example.com"_s;
        alice.firstName = u"Alice"_s;
        alice.lastName = u"van Dijk"_s;
        alice.carriesNames = true;
        alice.isLocal = true;
        alice.createdBy = u"admin@run.ai"_s;
        alice.createdAt = QDateTime(QDate(2026, 11, 27), QTime(22, 48, 46), Qt::UTC);
        alice.lastLogin = QDateTime(QDate(2026, 11, 28), QTime(7, 0, 0, 250), Qt::UTC);
        User bob;
        bob.id = u"b2"_s;
        bob.username = u"bob@example.com"_s;
        bob.carriesNames = true;
        bob.isLocal = false;
        bob.createdAt = QDateTime(QDate(2026, 11, 27), QTime(23, 0), QTimeZone(3600));
        User unknown;
        unknown.id = u"c3"_s;
        unknown.username = u"cy@example.com"_s;
        model.setUsers({alice, bob, unknown});
        model.addCreatedUser(alice); // as right after creating her in this window
        QVERIFY(model.index(0, UsersModel::EmailColumn).data().toString().contains(u"(new)"_s));
        QCOMPARE(model.index(0, UsersModel::LastLoginColumn).data().toString(),
                 QLocale().toString(alice.lastLogin.toLocalTime(), QLocale::ShortFormat));

        const QString csv = TableCsvExport::toCsv(
                &model, {UsersModel::EmailColumn, UsersModel::NameColumn, UsersModel::TypeColumn,
                         UsersModel::CreatedColumn, UsersModel::LastLoginColumn,
                         UsersModel::CreatedByColumn, UsersModel::IdColumn});
        QCOMPARE(csv, u"email,firstName,lastName,isLocal,createdAt,lastLogin,createdBy,id\r\n"
                      "alice@example.com,Alice,van Dijk,true,2026-11-27T22:48:46Z,"
                      "2026-11-28T07:00:00.250Z,admin@run.ai,a1\r\n"
                      "bob@example.com,,,false,2026-11-27T22:00:00Z,,,b2\r\n"
                      "cy@example.com,,,,,,,c3\r\n"_s);
    }

    void usersTableExports()
    {
        UsersModel model;
        User u;
        u.id = u"42"_s;
        u.username = u"=cmd@example.com"_s; // a hostile address from the server
        u.createdBy = u"admin@run.ai"_s;
        u.isLocal = true;
        model.setUsers({u});
        const QString csv = TableCsvExport::toCsv(&model,
                                                  {UsersModel::EmailColumn, UsersModel::IdColumn});
        QCOMPARE(csv.section(u"\r\n"_s, 1, 1), u"'=cmd@example.com,42"_s);
    }

    void writesTheFileInChunks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QObject owner;
        QList<QStringList> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append({u"name%1"_s.arg(i), u"note %1"_s.arg(i), u"h"_s});
        auto *model = table(&owner, rows);
        TableCsvExport exporter;
        exporter.setChunkRows(700);
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(exporter.start(model, {0, 1}, path));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(model, {0, 1}, path)); // one at a time
        QCOMPARE(finished.size(), 0); // nothing read yet: the first chunk waits for the loop
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QCOMPARE(finished.at(0).at(1).toInt(), 5000);
        QVERIFY(finished.at(0).at(2).toString().isEmpty());
        QVERIFY(!exporter.isRunning());
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Name,Note\r\nname0,note 0\r\n"));
        QCOMPARE(bytes.mid(3), TableCsvExport::toCsv(model, {0, 1}).toUtf8());
        QCOMPARE(Csv::parse(bytes).records.size(), 5001);
    }

    void bigUsersTableStaysResponsive()
    {
        // 100,000 users through a sorting proxy, as the Users page exports them: read in chunks,
        // so the event loop keeps turning (the longest gap is printed, not asserted: a shared
        // machine's timing is no test).
        UsersModel model;
        UserList users;
        users.reserve(100000);
        const QDateTime created(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        for (int i = 0; i < 100000; ++i) {
            User u;
            u.id = QString::number(i);
            u.username = u"user%1@example.com"_s.arg(i);
            u.createdBy = u"admin@run.ai"_s;
            u.createdAt = created;
            u.isLocal = true;
            users.append(u);
        }
        model.setUsers(users);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(UsersModel::EmailColumn, Qt::DescendingOrder);
        QTemporaryDir dir;
        TableCsvExport exporter;
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        QElapsedTimer tick;
        qint64 longest = 0;
        QTimer probe;
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, this,
                [&] { longest = std::max(longest, tick.restart()); });
        QElapsedTimer total;
        total.start();
        QVERIFY(exporter.start(&proxy, {0, 1, 2, 3, 4, 5}, dir.filePath(u"big.csv"_s)));
        tick.start();
        probe.start();
        QVERIFY(finished.wait(60000));
        probe.stop();
        QCOMPARE(finished.at(0).at(1).toInt(), 100000);
        qInfo("100,000 users exported in %lld ms; longest event-loop gap %lld ms", total.elapsed(),
              longest);
        QFile file(dir.filePath(u"big.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Csv::parse(file.readAll()).records.size(), 100001);
    }

    void reloadDuringExportFails()
    {
        QTemporaryDir dir;
        QObject owner;
        QList<QStringList> rows;
        for (int i = 0; i < 3000; ++i)
            rows.append({u"n%1"_s.arg(i), u""_s, u""_s});
        auto *model = table(&owner, rows);
        TableCsvExport exporter;
        exporter.setChunkRows(500);
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        const QString path = dir.filePath(u"mixed.csv"_s);
        QVERIFY(exporter.start(model, {0}, path));
        QTimer::singleShot(0, model, [model] { model->removeRows(0, 10); });
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.at(0).at(2).toString().contains(u"changed"_s));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableFileReportsTheError()
    {
        QObject owner;
        auto *model = table(&owner, {{u"a"_s, u"b"_s, u"c"_s}});
        TableCsvExport exporter;
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        QVERIFY(exporter.start(model, {0}, u"/nonexistent-dir/x/out.csv"_s));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        QObject owner;
        auto *model = table(&owner, {{u"a"_s, u"b"_s, u"c"_s}});
        TableCsvExport exporter;
        QSignalSpy finished(&exporter, &TableCsvExport::finished);
        const QString path = dir.filePath(u"never.csv"_s);
        QVERIFY(exporter.start(model, {0}, path));
        exporter.cancel();
        QVERIFY(!exporter.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestTableCsvExport)
#include "tst_tablecsvexport.moc"
