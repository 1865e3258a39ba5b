// SPDX-License-Identifier: MIT
// Users' first and last names (Run:ai 3.0) against the in-process sandbox in 3.0 and 2.24 modes:
// the create form offers them only where the console stores them, the Name column shows them and
// sorts on the server (sortBy=fullName, never sent to an older console), the CSV import reads the
// optional name columns and says so when the console cannot store them, and the file parser
// knows the column spellings.
#include "../support/FormLookup.h"

#include "api/ApiJob.h"
#include "api/BulkUserCreator.h"
#include "api/ConnectionSettings.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserNameSupport.h"
#include "core/UserImportPlan.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UserActions.h"
#include "gui/users/UserImportDialog.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/TableCsvExport.h"
#include "models/UserImportModel.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
constexpr int kWaitMs = 15000;
}

class TestUserNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup();
    void planReadsNameColumns();
    void supportIsLearntOncePerSession();
    void createFormAndTable_data() { modes(); }
    void createFormAndTable();
    void importNames_data() { modes(); }
    void importNames();

private:
    static void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("names");
        QTest::newRow("3.0") << u"3.0"_s << true;
        QTest::newRow("2.24") << u"2.24"_s << false;
    }
    void start(const QString &mode);
    UserList listUsers();
    QString writeCsv(const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestUserNames::start(const QString &mode)
{
    sandbox::SandboxOptions options;
    options.apiVersion = mode;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    ConnectionSettings s;
    s.baseUrl = m_server->baseUrl();
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    m_session = std::make_unique<Session>(s);
    auto *job = RunaiClient(m_session.get()).signIn(options.adminEmail, options.adminPassword);
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(m_session->isSignedIn());
}

void TestUserNames::cleanup()
{
    m_session.reset();
    m_server.reset();
}

UserList TestUserNames::listUsers()
{
    auto *job = RunaiClient(m_session.get()).listUsers();
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    if (!done.wait(kWaitMs) || !job->succeeded())
        return {};
    return job->result();
}

QString TestUserNames::writeCsv(const QByteArray &bytes)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"names-%1.csv"_s.arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestUserNames::planReadsNameColumns()
{
    // snake_case, camelCase and words, in any order and case; cells are trimmed.
    const QList<QByteArray> files = {
            "email,first_name,last_name\nada@example.com, Ada ,Lovelace\nbob@example.com,,\n",
            "firstName,lastName,email\nAda,Lovelace,ada@example.com\n,,bob@example.com\n",
            "First name,Email,Last Name\nAda,ada@example.com,Lovelace\n,bob@example.com,\n",
    };
    for (const QByteArray &file : files) {
        const UserImportPlan plan = UserImportPlan::fromCsv(file);
        QVERIFY2(plan.fileError().isEmpty(), qPrintable(plan.fileError()));
        QVERIFY2(plan.hasNameColumns(), file.constData());
        QCOMPARE(plan.rows().size(), 2);
        QCOMPARE(plan.rows().at(0).email, u"ada@example.com"_s);
        QCOMPARE(plan.rows().at(0).firstName, u"Ada"_s);
        QCOMPARE(plan.rows().at(0).lastName, u"Lovelace"_s);
        QCOMPARE(plan.rows().at(1).email, u"bob@example.com"_s);
        QVERIFY(plan.rows().at(1).firstName.isEmpty());
        QCOMPARE(plan.rowsWithNames(), 1);
    }
    const UserImportPlan plain = UserImportPlan::fromCsv("email\nada@example.com\n");
    QVERIFY(!plain.hasNameColumns());
    QCOMPARE(plain.rowsWithNames(), 0);
}

// One answer with names settles "yes" for the session (a 3.0 console may leave the fields out
// of users without names); pages without names say "no" only until then.
void TestUserNames::supportIsLearntOncePerSession()
{
    Session session(ConnectionSettings{});
    UserNameSupport *support = UserNameSupport::of(&session);
    QCOMPARE(UserNameSupport::of(&session), support); // one per session
    QSignalSpy changed(support, &UserNameSupport::changed);
    QCOMPARE(support->state(), UserNameSupport::State::Unknown);
    User plain;
    plain.username = u"old@example.com"_s;
    User named = plain;
    named.carriesNames = true;
    support->learnFrom({});
    QCOMPARE(support->state(), UserNameSupport::State::Unknown);
    support->learnFrom({plain});
    QCOMPARE(support->state(), UserNameSupport::State::No);
    QVERIFY(!UserNameSupport::supported(&session));
    support->learnFrom({plain, named});
    QCOMPARE(support->state(), UserNameSupport::State::Yes);
    QVERIFY(UserNameSupport::supported(&session));
    support->learnFrom({plain});
    QCOMPARE(support->state(), UserNameSupport::State::Yes);
    QCOMPARE(changed.size(), 2);
    Session other(ConnectionSettings{});
    QCOMPARE(UserNameSupport::of(&other)->state(), UserNameSupport::State::Unknown);
    QVERIFY(!UserNameSupport::supported(nullptr));
}

void TestUserNames::createFormAndTable()
{
    QFETCH(QString, mode);
    QFETCH(bool, names);
    start(mode);

    UsersPage page;
    page.resize(1000, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setSession(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
    QHeaderView *header = form<QTableView>(&page, "tableView")->horizontalHeader();
    // Learnt from the listed users (the admin at least): the fields are offered only on 3.0.
    QCOMPARE(UserNameSupport::of(m_session.get())->state(),
             names ? UserNameSupport::State::Yes : UserNameSupport::State::No);
    QCOMPARE(form<QLineEdit>(&page, "firstNameEdit")->isVisible(), names);
    QCOMPARE(form<QLineEdit>(&page, "lastNameEdit")->isVisible(), names);
    QCOMPARE(header->isSectionHidden(UsersModel::NameColumn), !names);

    form<QLineEdit>(&page, "emailEdit")->setText(u"ada@example.com"_s);
    if (names) {
        QTest::keyClicks(form<QLineEdit>(&page, "firstNameEdit"), u"Ada"_s);
        QTest::keyClicks(form<QLineEdit>(&page, "lastNameEdit"), u" Lovelace "_s);
    }
    QTest::mouseClick(form<QPushButton>(&page, "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isCreating(), kWaitMs);
    QCOMPARE(page.banner()->kind(), MessageBanner::Kind::Success);
    for (QDialog *dialog : page.findChildren<QDialog *>())
        dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
    QVERIFY(form<QLineEdit>(&page, "firstNameEdit")->text().isEmpty());

    // The console stored what was sent (trimmed), and the refreshed table shows it.
    bool found = false;
    for (const User &user : listUsers()) {
        if (user.username == u"ada@example.com"_s) {
            found = true;
            QCOMPARE(user.carriesNames, names);
            QCOMPARE(user.firstName, names ? u"Ada"_s : QString());
            QCOMPARE(user.lastName, names ? u"Lovelace"_s : QString());
        }
    }
    QVERIFY(found);
    const int row = page.model()->rowOfUsername(u"ada@example.com"_s);
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, UsersModel::NameColumn).data().toString(),
             names ? u"Ada Lovelace"_s : QString());

    // A click on Name sorts on the server where it can (fullName, 3.0); an older console never
    // sees the parameter (it would refuse it), the rows shown are sorted here instead.
    header->setSortIndicator(UsersModel::NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
    if (names) {
        QCOMPARE(page.lastQuery().sortBy, u"fullName"_s);
        QCOMPARE(page.lastQuery().sortOrder, u"desc"_s);
        QVERIFY(page.sortsOnServer());
    } else {
        // Had fullName gone out, the 400 would have turned server sorting off for the session.
        QVERIFY2(page.lastQuery().sortBy != u"fullName"_s, qPrintable(page.lastQuery().sortBy));
        QVERIFY(page.sortsOnServer());
        QCOMPARE(page.model()->sortColumn(), int(UsersModel::NameColumn));
    }
    QVERIFY(page.banner()->kind() != MessageBanner::Kind::Error);

    // Deleting asks about the person by name where the console has names.
    form<QTableView>(&page, "tableView")
            ->selectRow(page.proxy()
                                ->mapFromSource(page.model()->index(
                                        page.model()->rowOfUsername(u"ada@example.com"_s), 0))
                                .row());
    page.actions()->deleteAction()->trigger();
    ConfirmationDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = page.findChild<ConfirmationDialog *>()), kWaitMs);
    QCOMPARE(confirm->text().contains(u"<b>Ada Lovelace (ada@example.com)</b>"_s), names);
    QVERIFY2(confirm->text().contains(u"ada@example.com"_s), qPrintable(confirm->text()));
    confirm->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ConfirmationDialog *>(), kWaitMs);

    // The export writes the columns shown: Name only where the console has names.
    const QString csv = TableCsvExport::toCsv(page.proxy(),
                                              {UsersModel::EmailColumn, UsersModel::NameColumn});
    // (As values: first and last name apart, as the users import reads them.)
    QCOMPARE(csv.contains(u"\r\nada@example.com,Ada,Lovelace\r\n"_s), names);
}

void TestUserNames::importNames()
{
    QFETCH(QString, mode);
    QFETCH(bool, names);
    start(mode);
    // What the Users page learns when it lists the console.
    UserNameSupport::of(m_session.get())->learnFrom(listUsers());

    UserImportDialog dialog(m_session.get());
    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy ready(&dialog, &UserImportDialog::previewReady);
    dialog.loadFile(writeCsv("email,first_name,last_name\n"
                             "grace@example.com,Grace,Hopper\n"
                             "alan@example.com,,Turing\n"
                             "nobody@example.com,,\n"));
    QVERIFY(ready.wait(kWaitMs));
    QVERIFY(!form<QTableView>(&dialog, "table")->isColumnHidden(UserImportModel::NameColumn));
    QCOMPARE(dialog.model()->index(0, UserImportModel::NameColumn).data().toString(),
             u"Grace Hopper"_s);
    // Told before anything is sent, never silently dropped.
    const QString warning = dialog.banner()->text();
    QCOMPARE(warning.contains(u"does not store users' names"_s), !names);
    if (!names)
        QCOMPARE(dialog.banner()->kind(), MessageBanner::Kind::Warning);

    QSignalSpy finished(&dialog, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(dialog.creator()->count(BulkUserCreator::Outcome::Created), 3);

    QHash<QString, User> byEmail;
    for (const User &user : listUsers())
        byEmail.insert(user.username, user);
    QCOMPARE(byEmail.value(u"grace@example.com"_s).fullName(),
             names ? u"Grace Hopper"_s : QString());
    QCOMPARE(byEmail.value(u"alan@example.com"_s).lastName, names ? u"Turing"_s : QString());
    QVERIFY(byEmail.value(u"nobody@example.com"_s).fullName().isEmpty());
}

QTEST_MAIN(TestUserNames)
#include "tst_usernames.moc"
