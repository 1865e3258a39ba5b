// SPDX-License-Identifier: MIT
// The "Import users from CSV" dialog against the in-process sandbox: preview (valid, invalid,
// duplicate, already on the console), create, copy a password through the clipboard guard,
// retry failed rows, the report with and without passwords, the warning before passwords are
// written, and the Users page's button. Saves a screenshot of each state.
#include "../support/FormLookup.h"
#include "GuiTestSupport.h"

#include "api/ApiJob.h"
#include "api/BulkUserCreator.h"
#include "api/ConnectionSettings.h"
#include "api/InFlightController.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/AppSettings.h"
#include "gui/users/UserImportDialog.h"
#include "gui/users/UserImportLauncher.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/MessageBanner.h"
#include "models/UserImportModel.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestUserImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewCreateCopyAndReport();
    void retryFailedRows();
    void showsInFlightAndRemembersTheCeiling();
    void retryLooksUpRowsThatMayExist();
    void passwordsOnlyAfterWarning();
    void fileErrors();
    void usersPageHasImportButton();
    void usersPageLoadsPageByPage();
    void usersPageStopLoading();

private:
    QString writeCsv(const QByteArray &bytes);
    void screenshot(QWidget *w, const QString &name);
    int rowOf(UserImportDialog &d, const QString &email);

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
};

void TestUserImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(); // the ceiling of requests in flight is remembered
}

void TestUserImport::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    ConnectionSettings s;
    s.baseUrl = m_server->baseUrl();
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    s.retryBaseDelay = std::chrono::milliseconds(50);
    m_session = std::make_unique<Session>(s);
    const sandbox::SandboxOptions o;
    auto *job = RunaiClient(m_session.get()).signIn(o.adminEmail, o.adminPassword);
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(m_session->isSignedIn());
}

void TestUserImport::cleanup()
{
    m_session.reset();
    m_server.reset();
}

QString TestUserImport::writeCsv(const QByteArray &bytes)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"users-%1.csv"_s.arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestUserImport::screenshot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

int TestUserImport::rowOf(UserImportDialog &d, const QString &email)
{
    for (int r = 0; r < d.model()->rowCount(); ++r) {
        if (d.model()->importRow(r).email == email)
            return r;
    }
    return -1;
}

void TestUserImport::previewCreateCopyAndReport()
{
    auto *pre = RunaiClient(m_session.get()).createUser(u"exists@example.com"_s);
    QSignalSpy preDone(pre, &ApiJob::finished);
    pre->start();
    QVERIFY(preDone.wait(kWaitMs));

    UserImportDialog d(m_session.get());
    d.resize(900, 520);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!form<QPushButton>(&d, "startButton")->isEnabled());
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    d.loadFile(writeCsv("\xEF\xBB\xBF"
                        "email;resetPassword;notify\r\n"
                        "ann@example.com;true;false\r\n"
                        "not-an-email;;\r\n"
                        "ANN@example.com;;\r\n"
                        "exists@example.com;;\r\n"
                        "bob@example.com;false;\r\n"
                        "cy@example.com;maybe;\r\n"));
    QVERIFY(ready.wait(kWaitMs));
    const auto status = [&](const QString &email) {
        return d.model()->index(rowOf(d, email), UserImportModel::StatusColumn).data().toString();
    };
    QCOMPARE(d.model()->rowCount(), 6);
    QCOMPARE(status(u"ann@example.com"_s), u"Ready"_s);
    QCOMPARE(status(u"not-an-email"_s), u"Invalid"_s);
    QCOMPARE(status(u"ANN@example.com"_s), u"Duplicate in file"_s);
    QCOMPARE(status(u"exists@example.com"_s), u"Already on the console"_s);
    QCOMPARE(status(u"cy@example.com"_s), u"Invalid"_s);
    QVERIFY(!d.model()
                     ->index(rowOf(d, u"cy@example.com"_s), UserImportModel::DetailsColumn)
                     .data()
                     .toString()
                     .isEmpty());
    QVERIFY(form<QLabel>(&d, "summaryLabel")->text().contains(u"2 to create"_s));
    QVERIFY(form<QPushButton>(&d, "startButton")->isEnabled());
    screenshot(&d, u"user-import-preview"_s);

    QSignalSpy finished(&d, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&d, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(d.creator()->count(BulkUserCreator::Outcome::Created), 2);
    QCOMPARE(status(u"ann@example.com"_s), u"Created"_s);
    QCOMPARE(status(u"bob@example.com"_s), u"Created"_s);
    QCOMPARE(status(u"exists@example.com"_s), u"Already on the console"_s); // never sent
    QCOMPARE(form<QProgressBar>(&d, "progressBar")->value(), 2);
    QVERIFY(form<QLabel>(&d, "progressLabel")->text().contains(u"2 of 2"_s));
    QVERIFY(!form<QPushButton>(&d, "retryButton")->isEnabled());
    QVERIFY(form<QPushButton>(&d, "saveReportButton")->isEnabled());

    // The password is masked in the table and copied through the guard.
    const int annRow = rowOf(d, u"ann@example.com"_s);
    const QString masked
            = d.model()->index(annRow, UserImportModel::PasswordColumn).data().toString();
    const QString password = d.creator()->row(0).tempPassword;
    QVERIFY(!password.isEmpty());
    QVERIFY(!masked.isEmpty());
    QVERIFY(!masked.contains(password));
    QVERIFY(!form<QPushButton>(&d, "copyPasswordButton")->isEnabled());
    form<QTableView>(&d, "table")->selectRow(annRow);
    QVERIFY(form<QPushButton>(&d, "copyPasswordButton")->isEnabled());
    QTest::mouseClick(form<QPushButton>(&d, "copyPasswordButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    ClipboardGuard::shared()->clearNow();
    screenshot(&d, u"user-import-report"_s);

    // The report without passwords.
    QSignalSpy saved(&d, &UserImportDialog::reportSaved);
    const QString reportPath = m_dir.filePath(u"report.csv"_s);
    d.saveReport(reportPath, false);
    QVERIFY(saved.wait(kWaitMs));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray text = report.readAll();
    QVERIFY(text.startsWith("line,email,result,details,userId\r\n"));
    // The result as a stable word (issue 15), whatever the language; the details say why.
    QVERIFY2(text.contains("ann@example.com,created,"), text.constData());
    QVERIFY(text.contains("exists@example.com,alreadyOnConsole,already on the console,"));
    QVERIFY(text.contains(",not-an-email,invalid,"));
    QVERIFY(!text.contains(password.toUtf8()));
    QCOMPARE(report.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    // And with them, once asked for.
    const QString withPath = m_dir.filePath(u"report-with.csv"_s);
    d.saveReport(withPath, true);
    QVERIFY(saved.wait(kWaitMs));
    QFile with(withPath);
    QVERIFY(with.open(QIODevice::ReadOnly));
    const QByteArray withText = with.readAll();
    // Exact and quoted, and the header says so (a password is never formula-guarded).
    QVERIFY(withText.contains(",\"" + password.toUtf8() + "\"\r\n"));
    QVERIFY(withText.left(withText.indexOf("\r\n"))
                    .endsWith(QByteArray(UserImportDialog::TemporaryPasswordColumn)));
}

void TestUserImport::retryFailedRows()
{
    UserImportDialog d(m_session.get());
    d.creator()->setMaxInFlight(1);
    d.show();
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    d.loadFile(writeCsv("a1@example.com\na2@example.com\na3@example.com\n"));
    QVERIFY(ready.wait(kWaitMs));
    // After the preview's existence check: the first create fails.
    m_server->faults().failNext(u"/api/v1/users"_s, 500, 1);
    QSignalSpy finished(&d, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&d, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(d.creator()->count(BulkUserCreator::Outcome::Failed), 1);
    QVERIFY(form<QPushButton>(&d, "retryButton")->isEnabled());
    QVERIFY(form<QLabel>(&d, "summaryLabel")->text().contains(u"1 failed"_s));
    screenshot(&d, u"user-import-failed-row"_s);
    QTest::mouseClick(form<QPushButton>(&d, "retryButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(d.creator()->count(BulkUserCreator::Outcome::Created), 3);
    QVERIFY(!form<QPushButton>(&d, "retryButton")->isEnabled());
}

// A console 40 ms away: the progress line says how many are in flight, never more than the
// ceiling the user lowered mid-import, and the next import starts from that ceiling.
void TestUserImport::showsInFlightAndRemembersTheCeiling()
{
    m_server->faults().setLatency(std::chrono::milliseconds(40));
    UserImportDialog d(m_session.get());
    d.resize(900, 520);
    d.show();
    auto *spin = form<QSpinBox>(&d, "maxInFlightSpin");
    QCOMPARE(spin->value(), InFlightController::DefaultCeiling);
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    QByteArray csv;
    for (int i = 0; i < 60; ++i)
        csv += "far" + QByteArray::number(i) + "@example.com\n";
    d.loadFile(writeCsv(csv));
    QVERIFY(ready.wait(kWaitMs));
    QSignalSpy finished(&d, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&d, "startButton"), Qt::LeftButton);
    auto *label = form<QLabel>(&d, "progressLabel");
    QTRY_VERIFY_WITH_TIMEOUT(d.creator()->inFlight() > 6, kWaitMs); // grew past Qt's 6
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u" in flight"_s), kWaitMs);
    QVERIFY(QRegularExpression(u" · (\\d+) in flight"_s).match(label->text()).hasMatch());
    screenshot(&d, u"user-import-in-flight"_s);
    spin->setValue(3); // lowered while importing: nothing more goes out above it
    QCOMPARE(d.creator()->maxInFlight(), 3);
    int sentAfterLowering = 0;
    connect(d.creator(), &BulkUserCreator::rowChanged, this, [&] {
        if (d.creator()->inFlight() <= 3)
            sentAfterLowering = 1; // the ones already sent drained below the new ceiling
        else if (sentAfterLowering)
            sentAfterLowering = 2; // went above it again: wrong
    });
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(sentAfterLowering, 1);
    QCOMPARE(d.creator()->count(BulkUserCreator::Outcome::Created), 60);
    QCOMPARE(AppSettings().importMaxInFlight(), std::optional(3));
    UserImportDialog next(m_session.get());
    QCOMPARE(form<QSpinBox>(&next, "maxInFlightSpin")->value(), 3);
    QCOMPARE(next.creator()->maxInFlight(), 3);
}

// A row whose answer was lost and whose lookup failed too may exist. "Retry failed rows" looks it
// up again before sending anything: the user the lost POST did create is reported as created
// (reset its password), not as "already exists"; the one the POST never reached is sent again.
void TestUserImport::retryLooksUpRowsThatMayExist()
{
    UserImportDialog d(m_session.get());
    d.creator()->setMaxInFlight(1);
    d.show();
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    d.loadFile(writeCsv("made@example.com\nnever@example.com\nfine@example.com\n"));
    QVERIFY(ready.wait(kWaitMs));
    // One at a time, so the faults meet the rows in order (the first fault added wins):
    // made: POST handled, answer lost; its lookup fails. never: POST dropped before the
    // handler; its lookup fails. fine: created.
    sandbox::FaultInjector &faults = m_server->faults();
    faults.dropAfterHandlingNext(u"/api/v1/users"_s);
    faults.failNext(u"/api/v1/users"_s, 500);
    faults.dropNext(u"/api/v1/users"_s);
    faults.failNext(u"/api/v1/users"_s, 500);
    QSignalSpy finished(&d, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&d, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    const BulkUserCreator *creator = d.creator();
    QCOMPARE(creator->count(BulkUserCreator::Outcome::Failed), 2);
    QVERIFY(creator->row(0).mayExist && creator->row(1).mayExist);

    QVERIFY(form<QPushButton>(&d, "retryButton")->isEnabled());
    QTest::mouseClick(form<QPushButton>(&d, "retryButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    const BulkUserCreator::Row &made = creator->row(0);
    QCOMPARE(made.outcome, BulkUserCreator::Outcome::Created);
    QCOMPARE(made.attempts, 1); // looked up, not sent again
    QVERIFY(!made.userId.isEmpty());
    QVERIFY2(made.message.contains(u"reset"_s), qPrintable(made.message));
    const BulkUserCreator::Row &never = creator->row(1);
    QCOMPARE(never.outcome, BulkUserCreator::Outcome::Created);
    QCOMPARE(never.attempts, 2); // known not to exist, so sent again
    QVERIFY(!never.tempPassword.isEmpty());
    QCOMPARE(creator->count(BulkUserCreator::Outcome::AlreadyExists), 0);
    QCOMPARE(creator->count(BulkUserCreator::Outcome::Created), 3);
}

void TestUserImport::passwordsOnlyAfterWarning()
{
    UserImportDialog d(m_session.get());
    d.show();
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    d.loadFile(writeCsv("email\nw1@example.com\n"));
    QVERIFY(ready.wait(kWaitMs));
    QSignalSpy finished(&d, &UserImportDialog::importFinished);
    QTest::mouseClick(form<QPushButton>(&d, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(form<QCheckBox>(&d, "includePasswordsCheck")->isEnabled());
    form<QCheckBox>(&d, "includePasswordsCheck")->setChecked(true);
    QTest::mouseClick(form<QPushButton>(&d, "saveReportButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = d.findChild<QMessageBox *>()) && box->isVisible(), kWaitMs);
    QVERIFY(box->text().contains(u"plain text"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    screenshot(box, u"user-import-password-warning"_s);
    box->button(QMessageBox::Cancel)->click();
    // Cancel: no file dialog follows.
    QTest::qWait(50);
    QVERIFY(!d.findChild<QFileDialog *>() || !d.findChild<QFileDialog *>()->isVisible());
}

void TestUserImport::fileErrors()
{
    UserImportDialog d(m_session.get());
    d.show();
    QSignalSpy ready(&d, &UserImportDialog::previewReady);
    d.loadFile(writeCsv("name,role\nBob,admin\n"));
    QTRY_VERIFY_WITH_TIMEOUT(d.banner()->isVisible(), kWaitMs);
    QVERIFY(!form<QPushButton>(&d, "startButton")->isEnabled());
    d.loadFile(m_dir.filePath(u"missing.csv"_s));
    QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount() == 0 && d.banner()->isVisible(), kWaitMs);
    QVERIFY(!form<QPushButton>(&d, "startButton")->isEnabled());
#ifdef Q_OS_UNIX
    // Issue 12, item 8: /dev/zero (size() 0, endless) and a FIFO no one writes to (opening it
    // would block the reader for ever) are refused at once with a reason.
    const QString fifo = m_dir.filePath(u"users-fifo.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {u"/dev/zero"_s, fifo}) {
        d.banner()->clear();
        d.loadFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(d.banner()->text().contains(u"not a regular file"_s), 3000);
        QVERIFY2(d.banner()->text().contains(path), qPrintable(d.banner()->text()));
        QVERIFY(!form<QPushButton>(&d, "startButton")->isEnabled());
    }
#endif
    QCOMPARE(ready.count(), 0);
}

void TestUserImport::usersPageHasImportButton()
{
    UsersPage page;
    Session *session = nullptr;
    auto *launcher = new UserImportLauncher(&page, [&session] { return session; });
    page.show();
    QPushButton *button = form<QPushButton>(&page, "importButton");
    QVERIFY(button->isVisible());
    // Signed out: the button says why instead of opening an empty dialog.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!launcher->dialog());
    QVERIFY(page.banner()->isVisible());
    session = m_session.get();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(launcher->dialog());
    QTRY_VERIFY_WITH_TIMEOUT(launcher->dialog()->isVisible(), kWaitMs);
    QTest::mouseClick(button, Qt::LeftButton); // one dialog at a time
    QCOMPARE(page.findChildren<UserImportDialog *>().size(), 1);
    launcher->dialog()->close();
    QTRY_VERIFY_WITH_TIMEOUT(!launcher->dialog(), kWaitMs); // deleted on close
}

void TestUserImport::usersPageLoadsPageByPage()
{
    QCOMPARE(m_server->seedUsers(1300, u"page%1@example.com"_s), 1300);
    UsersPage page;
    page.resize(900, 600);
    page.show();
    QList<int> rowsSeen;
    connect(page.model(), &QAbstractItemModel::rowsInserted, this,
            [&] { rowsSeen << page.model()->rowCount(); });
    page.setSession(m_session.get());
    QVERIFY(page.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWaitMs);
    QCOMPARE(page.model()->rowCount(), 1301); // the administrator and the seeded users
    QCOMPARE(rowsSeen, (QList<int>{500, 1000, 1301}));
    QVERIFY(form<QLabel>(&page, "listTitle")->text().contains(QLocale().toString(1301)));
    QVERIFY(!page.findChild<QPushButton *>(u"stopLoadingButton"_s)->isVisible());
    screenshot(&page, u"users-page-loaded"_s);
}

void TestUserImport::usersPageStopLoading()
{
    QCOMPARE(m_server->seedUsers(3000, u"stop%1@example.com"_s), 3000);
    m_server->faults().setLatency(std::chrono::milliseconds(100));
    UsersPage page;
    page.show();
    page.setSession(m_session.get());
    QPushButton *stop = page.findChild<QPushButton *>(u"stopLoadingButton"_s);
    QVERIFY(stop->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 500, kWaitMs);
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!page.isLoading());
    QVERIFY(!stop->isVisible());
    const int rows = page.model()->rowCount();
    QVERIFY2(rows >= 500 && rows < 3001, qPrintable(QString::number(rows)));
    QTest::qWait(300); // nothing arrives after Stop
    QCOMPARE(page.model()->rowCount(), rows);
    QVERIFY(form<QPushButton>(&page, "refreshButton")->isEnabled());
    m_server->faults().clear();
}

QTEST_MAIN(TestUserImport)
#include "tst_userimport.moc"
