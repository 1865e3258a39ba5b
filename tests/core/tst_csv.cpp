// SPDX-License-Identifier: MIT
// Table tests of the CSV reader/writer and of the users-import plan built on it.
#include "core/Csv.h"
#include "core/UserImportPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using runai::Csv;
using runai::UserImportPlan;
using runai::UserImportRow;

Q_DECLARE_METATYPE(UserImportRow::Status)

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void lineNumbers();
    void unterminatedQuote();
    void writeRoundTrip_data();
    void writeRoundTrip();
    void formulaGuard();
    void secretFieldRoundTrips_data();
    void secretFieldRoundTrips();
    void plan_data();
    void plan();
    void planFileErrors_data();
    void planFileErrors();
    void planHeaderColumns();
    void markExisting();
    void planReadsTheUsersExport();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::newRow("comma") << QByteArray("a,b\nc,d\n") << u","_s
                           << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("semicolon") << QByteArray("a;b\r\nc;d") << u";"_s
                               << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("semicolon wins over commas in quotes")
            << QByteArray("\"x,y,z\";b\nc;d") << u";"_s
            << QList<QStringList>{{u"x,y,z"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "email\nA@b.co")
                         << u","_s << QList<QStringList>{{u"email"_s}, {u"A@b.co"_s}};
    QTest::newRow("crlf and blank lines") << QByteArray("a,b\r\n\r\n  \r\nc,d\r\n\r\n") << u","_s
                                          << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    QTest::newRow("old mac cr") << QByteArray("a\rb\r") << u","_s
                                << QList<QStringList>{{u"a"_s}, {u"b"_s}};
    QTest::newRow("quoted separator and escaped quote")
            << QByteArray("\"a,1\",\"say \"\"hi\"\"\"\n") << u","_s
            << QList<QStringList>{{u"a,1"_s, u"say \"hi\""_s}};
    QTest::newRow("embedded newline")
            << QByteArray("\"line1\r\nline2\",x\ny,z") << u","_s
            << QList<QStringList>{{u"line1\r\nline2"_s, u"x"_s}, {u"y"_s, u"z"_s}};
    QTest::newRow("spaces trimmed unless quoted")
            << QByteArray("  a  , \" b \" \n") << u","_s << QList<QStringList>{{u"a"_s, u" b "_s}};
    QTest::newRow("empty fields") << QByteArray("a,,\n,\n") << u","_s
                                  << QList<QStringList>{{u"a"_s, u""_s, u""_s}, {u""_s, u""_s}};
    QTest::newRow("no final newline") << QByteArray("x") << u","_s << QList<QStringList>{{u"x"_s}};
    QTest::newRow("quote inside unquoted field kept")
            << QByteArray("ab\"c,d") << u","_s << QList<QStringList>{{u"ab\"c"_s, u"d"_s}};
    QTest::newRow("utf8") << QByteArray("J\xC3\xBCrgen,\xE2\x82\xAC") << u","_s
                          << QList<QStringList>{{u"J\u00fcrgen"_s, u"\u20ac"_s}};
    QTest::newRow("empty file") << QByteArray() << u","_s << QList<QStringList>{};
    QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << u","_s << QList<QStringList>{};
    QTest::newRow("quoted empty") << QByteArray("\"\"\n") << u","_s << QList<QStringList>{{u""_s}};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QList<QStringList>, expected);
    const Csv::Table t = Csv::parse(bytes);
    QCOMPARE(QString(t.separator), separator);
    QList<QStringList> got;
    for (const auto &r : t.records)
        got << r.fields;
    QCOMPARE(got, expected);
    QVERIFY(!t.unterminatedQuote);
}

void TestCsv::lineNumbers()
{
    const Csv::Table t = Csv::parse(QByteArray("h\r\n\"a\nb\"\r\n\r\nc\n"));
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.records.at(0).line, 1);
    QCOMPARE(t.records.at(1).line, 2);
    QCOMPARE(t.records.at(2).line, 5);
}

void TestCsv::unterminatedQuote()
{
    const Csv::Table t = Csv::parse(QByteArray("a\n\"b,c\nd"));
    QVERIFY(t.unterminatedQuote);
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.records.at(1).fields, QStringList{u"b,c\nd"_s});
}

void TestCsv::writeRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("separator");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << u","_s;
    QTest::newRow("needs quotes") << QStringList{u"a,b"_s, u"q\"q"_s, u"l1\nl2"_s, u" pad "_s}
                                  << u","_s;
    QTest::newRow("semicolon") << QStringList{u"a;b"_s, u"c,d"_s} << u";"_s;
    QTest::newRow("empty") << QStringList{u""_s, u"x"_s, u""_s} << u","_s;
    QTest::newRow("unicode") << QStringList{u"\u00e9\u20ac"_s} << u","_s;
}

void TestCsv::writeRoundTrip()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, separator);
    // Two rows, so the separator detection sees something in the first one.
    const QString text = Csv::row(fields, separator.at(0)) + Csv::row(fields, separator.at(0));
    QVERIFY(text.endsWith(u"\r\n"_s));
    const Csv::Table t = Csv::parse(text, separator.at(0));
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.records.at(0).fields, fields);
    QCOMPARE(t.records.at(1).fields, fields);
}

void TestCsv::formulaGuard()
{
    QCOMPARE(Csv::field(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(Csv::field(u"+1"_s), u"'+1"_s);
    QCOMPARE(Csv::field(u"@sum"_s), u"'@sum"_s);
    QCOMPARE(Csv::field(u"a@b.co"_s), u"a@b.co"_s);
}

// A temporary password is a secret: the report writes it exactly, never with the guard's '.
void TestCsv::secretFieldRoundTrips_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("=") << u"=Kx7pQ2mZ"_s;
    QTest::newRow("+") << u"+49abcDEF"_s;
    QTest::newRow("-") << u"-abc"_s;
    QTest::newRow("@") << u"@home1"_s;
    QTest::newRow("tab") << u"\tab c"_s;
    QTest::newRow("quote and comma") << u"=a\"b,c'"_s;
    QTest::newRow("plain") << u"Kx7pQ2mZ"_s;
}

void TestCsv::secretFieldRoundTrips()
{
    QFETCH(QString, password);
    const QStringList fields{u"3"_s, u"=evil()"_s, password};
    const QString text = Csv::row(fields, u',', {2});
    const Csv::Table t = Csv::parse(text.toUtf8());
    QCOMPARE(t.records.size(), 1);
    QCOMPARE(t.records.at(0).fields.at(2), password); // exact: no apostrophe, nothing trimmed
    QVERIFY(text.contains(u'"' + QString(password).replace(u"\""_s, u"\"\""_s) + u'"'));
    // The other columns keep the formula guard (server-provided text).
    QCOMPARE(t.records.at(0).fields.at(1), u"'=evil()"_s);
    QCOMPARE(Csv::verbatimField(u"=1+1"_s), u"\"=1+1\""_s);
}

void TestCsv::plan_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<UserImportRow::Status>>("statuses");
    QTest::addColumn<QStringList>("emails");
    using S = UserImportRow::Status;

    QTest::newRow("header, three columns, semicolon, bom, crlf")
            << QByteArray("\xEF\xBB\xBF"
                          "Email;resetPassword;notify\r\na@ex.com;true;no\r\nb@ex.com;;\r\n")
            << QList<S>{S::Valid, S::Valid} << QStringList{u"a@ex.com"_s, u"b@ex.com"_s};
    QTest::newRow("no header") << QByteArray("a@ex.com\nb@ex.com,false\n")
                               << QList<S>{S::Valid, S::Valid}
                               << QStringList{u"a@ex.com"_s, u"b@ex.com"_s};
    QTest::newRow("invalid email")
            << QByteArray("email\nnot-an-email\n a@ex.com \n") << QList<S>{S::Invalid, S::Valid}
            << QStringList{u"not-an-email"_s, u"a@ex.com"_s};
    QTest::newRow("missing email")
            << QByteArray("email,notify\n,true\n") << QList<S>{S::Invalid} << QStringList{u""_s};
    QTest::newRow("bad boolean") << QByteArray("email,resetPassword\na@ex.com,maybe\n")
                                 << QList<S>{S::Invalid} << QStringList{u"a@ex.com"_s};
    QTest::newRow("duplicate, case-insensitive")
            << QByteArray("email\na@ex.com\nA@EX.com\nb@ex.com\n")
            << QList<S>{S::Valid, S::DuplicateInFile, S::Valid}
            << QStringList{u"a@ex.com"_s, u"A@EX.com"_s, u"b@ex.com"_s};
    QTest::newRow("invalid row does not claim the email")
            << QByteArray("email,notify\na@ex.com,bad\na@ex.com,true\n")
            << QList<S>{S::Invalid, S::Valid} << QStringList{u"a@ex.com"_s, u"a@ex.com"_s};
    QTest::newRow("quoted email with newline is invalid")
            << QByteArray("email\n\"a@ex\n.com\"\n") << QList<S>{S::Invalid}
            << QStringList{u"a@ex\n.com"_s};
    QTest::newRow("unterminated quote marks last row")
            << QByteArray("email\na@ex.com\n\"b@ex.com\n") << QList<S>{S::Valid, S::Invalid}
            << QStringList{u"a@ex.com"_s, u"b@ex.com\n"_s.trimmed()};
}

void TestCsv::plan()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<UserImportRow::Status>, statuses);
    QFETCH(QStringList, emails);
    const auto p = UserImportPlan::fromCsv(bytes);
    QVERIFY2(p.fileError().isEmpty(), qPrintable(p.fileError()));
    QList<UserImportRow::Status> got;
    QStringList gotEmails;
    for (const auto &r : p.rows()) {
        got << r.status;
        gotEmails << r.email;
        if (r.status == UserImportRow::Status::Valid)
            QVERIFY(r.problem.isEmpty());
        else
            QVERIFY2(!r.problem.isEmpty(), "every non-valid row says why");
    }
    QCOMPARE(got, statuses);
    QCOMPARE(gotEmails, emails);
}

void TestCsv::planFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\r\n\n  \n");
    QTest::newRow("header only") << QByteArray("email;notify\r\n");
    QTest::newRow("header without email column") << QByteArray("name,role\nBob,admin\n");
}

void TestCsv::planFileErrors()
{
    QFETCH(QByteArray, bytes);
    const auto p = UserImportPlan::fromCsv(bytes);
    QVERIFY(!p.fileError().isEmpty());
    QVERIFY(p.rows().isEmpty());
}

void TestCsv::planHeaderColumns()
{
    // Columns by name, in any order, with other columns around them.
    const auto p = UserImportPlan::fromCsv(
            QByteArray("Name,Notify,E-mail,Reset Password\nBob,yes,bob@ex.com,0\n"));
    QVERIFY(p.hasHeader());
    QCOMPARE(p.rows().size(), 1);
    const auto &r = p.rows().first();
    QCOMPARE(r.email, u"bob@ex.com"_s);
    QCOMPARE(r.notify, std::optional<bool>(true));
    QCOMPARE(r.resetPassword, std::optional<bool>(false));
    QCOMPARE(r.line, 2);

    const auto q = UserImportPlan::fromCsv(QByteArray("email\nx@ex.com\n"));
    QCOMPARE(q.rows().first().notify, std::optional<bool>());
    QCOMPARE(q.rows().first().resetPassword, std::optional<bool>());
}

void TestCsv::markExisting()
{
    auto p = UserImportPlan::fromCsv(QByteArray("email\na@ex.com\nB@ex.com\nbad\nb@ex.com\n"));
    QCOMPARE(p.validEmails(), (QStringList{u"a@ex.com"_s, u"b@ex.com"_s}));
    p.markExisting({u"b@ex.com"_s});
    QCOMPARE(p.rows().at(1).status, UserImportRow::Status::AlreadyOnConsole);
    QCOMPARE(p.rows().at(0).status, UserImportRow::Status::Valid);
    QCOMPARE(p.rows().at(3).status, UserImportRow::Status::DuplicateInFile);
    QCOMPARE(p.count(UserImportRow::Status::Valid), 1);
    QCOMPARE(p.count(UserImportRow::Status::Invalid), 1);
}

void TestCsv::planReadsTheUsersExport()
{
    // The Users table's export (issue 15) as it is written: a BOM, the API's field names, values.
    // Names are read; id, dates and creator ignored; isLocal false is an SSO user, left out and
    // never counted as valid or as a duplicate; an empty isLocal (unknown) is an ordinary row.
    const auto p = UserImportPlan::fromCsv(
            QByteArray("\xEF\xBB\xBF"
                       "email,firstName,lastName,id,isLocal,createdAt,createdBy,lastLogin\r\n"
                       "ada@ex.com,Ada,Lovelace,1,true,2026-11-27T22:48:46Z,admin@ex.com,\r\n"
                       "sso@ex.com,,,2,false,2026-11-27T22:48:46Z,,2026-11-28T07:00:00Z\r\n"
                       "SSO@ex.com,,,3,false,,,\r\n"
                       "old@ex.com,,,4,,,,\r\n"
                       "odd@ex.com,,,5,maybe,,,\r\n"));
    QVERIFY2(p.fileError().isEmpty(), qPrintable(p.fileError()));
    QVERIFY(p.hasHeader());
    QVERIFY(p.hasNameColumns());
    QCOMPARE(p.rows().size(), 5);
    QCOMPARE(p.rows().at(0).status, UserImportRow::Status::Valid);
    QCOMPARE(p.rows().at(0).firstName, u"Ada"_s);
    QCOMPARE(p.rows().at(0).lastName, u"Lovelace"_s);
    QCOMPARE(p.rows().at(1).status, UserImportRow::Status::NotLocal);
    QVERIFY(p.rows().at(1).problem.contains(u"SSO"_s));
    QCOMPARE(p.rows().at(2).status, UserImportRow::Status::NotLocal);
    QCOMPARE(p.rows().at(3).status, UserImportRow::Status::Valid);
    QCOMPARE(p.rows().at(4).status, UserImportRow::Status::Invalid);
    QVERIFY(p.rows().at(4).problem.contains(u"isLocal"_s));
    QCOMPARE(p.validEmails(), (QStringList{u"ada@ex.com"_s, u"old@ex.com"_s}));
    QCOMPARE(p.count(UserImportRow::Status::NotLocal), 2);
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
