// SPDX-License-Identifier: MIT
// Issue 15, item 4: a users export carries data, so it moves users from one console to another.
// Through the window, against two sandboxes: sign in to the source console, create a user
// (marked "(new)" in the table), export the Users table with its own action and save dialog, sign
// out, sign in to the target console, import the very file with the Users page's import dialog,
// and find the source's local users on the target (with their names where both consoles store
// names); the SSO user and the administrator both consoles share are left out, each with its
// reason. Every API version mode that differs here: names (3.0) or none (2.20), and a 3.0 export
// going into an older console (names dropped, with the warning before anything is sent).

#include "GuiTestSupport.h"

#include "core/Csv.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/users/TemporaryPasswordDialog.h"
#include "gui/users/UserImportDialog.h"
#include "gui/users/UsersPage.h"
#include "models/UserImportModel.h"
#include "models/UsersModel.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Picks `path` in the save or open dialog a button just opened under `root`.
void chooseInFileDialog(QWidget *root, const QString &path)
{
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<QFileDialog>(root)), kWaitMs);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
}

} // namespace

class TestUserMigration : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1100, 720))); }
    void cleanup()
    {
        closeWindow();
        m_source.reset();
        m_target.reset();
    }

    void exportFromOneConsoleImportsIntoAnother_data()
    {
        QTest::addColumn<QString>("sourceVersion");
        QTest::addColumn<QString>("targetVersion");
        QTest::addColumn<bool>("sourceNames");
        QTest::addColumn<bool>("targetNames");
        QTest::newRow("3.0 to 3.0") << u"3.0"_s << u"3.0"_s << true << true;
        QTest::newRow("2.20 to 2.20") << u"2.20"_s << u"2.20"_s << false << false;
        QTest::newRow("3.0 to 2.24") << u"3.0"_s << u"2.24"_s << true << false;
    }

    void exportFromOneConsoleImportsIntoAnother()
    {
        QFETCH(QString, sourceVersion);
        QFETCH(QString, targetVersion);
        QFETCH(bool, sourceNames);
        QFETCH(bool, targetNames);

        // --- The source console: users made by someone else long ago (one of them with a
        // name where the console stores names), and one who signs in through SSO.
        m_source = startSourceConsole(sourceVersion);
        QVERIFY(m_source);
        signIn(m_source->baseUrl());
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->model()->rowCount() == 5, kWaitMs);

        // A user created here and now: the table says "(new)", the export must not.
        typeInto(form<QLineEdit>(users, "emailEdit"), u"fresh@example.com"_s);
        if (sourceNames) {
            typeInto(form<QLineEdit>(users, "firstNameEdit"), u"Grace"_s);
            typeInto(form<QLineEdit>(users, "lastNameEdit"), u"Hopper"_s);
        }
        click(form<QPushButton>(users, "createButton"));
        TemporaryPasswordDialog *password = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (password = findOpenDialog<TemporaryPasswordDialog>(m_window.get())), kWaitMs);
        click(form<QCheckBox>(password, "confirmCheck"));
        click(form<QDialogButtonBox>(password, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->model()->rowCount() == 6, kWaitMs);
        const int fresh = users->model()->rowOfUsername(u"fresh@example.com"_s);
        QCOMPARE(users->model()->index(fresh, UsersModel::EmailColumn).data().toString(),
                 u"fresh@example.com (new)"_s);

        // --- Export the table with its own action and save dialog.
        const QString path = m_dir.filePath(
                u"users-%1.csv"_s.arg(QLatin1StringView(QTest::currentDataTag()))
                        .replace(u' ', u'-'));
        QFile::remove(path);
        users->exportCsvAction()->trigger();
        chooseInFileDialog(users, path);
        QTRY_COMPARE_WITH_TIMEOUT(users->banner()->kind(), MessageBanner::Kind::Success, kWaitMs);
        screenshot(m_window.get(), u"migration-exported"_s);
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.contains("(new)"));
        const Csv::Table csv = Csv::parse(bytes);
        const QStringList header = csv.records.first().fields;
        QCOMPARE(header.first(), u"email"_s);
        QCOMPARE(header.contains(u"firstName"_s), sourceNames);
        QVERIFY(header.contains(u"isLocal"_s));
        QCOMPARE(csv.records.size(), 7);
        const int createdAt = int(header.indexOf(u"createdAt"_s));
        for (qsizetype r = 1; r < csv.records.size(); ++r) {
            const QString when = csv.records.at(r).fields.value(createdAt);
            QVERIFY2(when.endsWith(u'Z') && QDateTime::fromString(when, Qt::ISODate).isValid(),
                     qPrintable(when));
        }

        // --- Sign out, sign in to the target console, import the very file.
        m_target = startConsole(targetVersion);
        QVERIFY(m_target);
        click(m_window->sessionStatus()->signOutButton());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session(), kWaitMs);
        signIn(m_target->baseUrl());
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->model()->rowCount() == 1, kWaitMs);
        click(form<QPushButton>(users, "importButton"));
        UserImportDialog *import = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((import = findOpenDialog<UserImportDialog>(m_window.get())),
                                 kWaitMs);
        QSignalSpy ready(import, &UserImportDialog::previewReady);
        click(form<QPushButton>(import, "chooseButton"));
        chooseInFileDialog(import, path);
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(status(import, u"ada@example.com"_s), u"Ready"_s);
        QCOMPARE(status(import, u"fresh@example.com"_s), u"Ready"_s);
        QCOMPARE(status(import, u"sso.person@example.com"_s), u"SSO user"_s);
        QCOMPARE(status(import, u"test@run.ai"_s), u"Already on the console"_s);
        const QString summary = form<QLabel>(import, "summaryLabel")->text();
        QVERIFY2(summary.contains(u"4 to create"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 SSO user(s) left out"_s), qPrintable(summary));
        // A 3.0 file going into a console without names: said before anything is sent.
        QCOMPARE(import->findChild<MessageBanner *>()->text().contains(u"names"_s),
                 sourceNames && !targetNames);

        screenshot(import, u"migration-import-preview"_s);
        QSignalSpy finished(import, &UserImportDialog::importFinished);
        click(form<QPushButton>(import, "startButton"));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(form<QLabel>(import, "summaryLabel")->text().contains(u"4 created"_s),
                 qPrintable(form<QLabel>(import, "summaryLabel")->text()));
        screenshot(import, u"migration-imported"_s);
        import->close();

        // --- The target lists the source's local users, names carried where both store them.
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading() && users->model()->rowCount() == 5, kWaitMs);
        for (const QString &email : {u"ada@example.com"_s, u"old1@example.com"_s,
                                     u"old2@example.com"_s, u"fresh@example.com"_s})
            QVERIFY2(users->model()->rowOfUsername(email) >= 0, qPrintable(email));
        QCOMPARE(users->model()->rowOfUsername(u"sso.person@example.com"_s), -1);
        const auto nameOf = [&](const QString &email) {
            return users->model()->user(users->model()->rowOfUsername(email)).fullName();
        };
        const bool carried = sourceNames && targetNames;
        QCOMPARE(nameOf(u"ada@example.com"_s), carried ? u"Ada Lovelace"_s : QString());
        QCOMPARE(nameOf(u"fresh@example.com"_s), carried ? u"Grace Hopper"_s : QString());
    }

private:
    // An empty console of that version: its administrator only.
    static std::unique_ptr<sandbox::SandboxServer> startConsole(const QString &version)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = version;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->start())
            return {};
        return server;
    }

    // A console with a history: users a former administrator made long ago, one of them with
    // a name where the console stores names, one who signs in through SSO. The API makes
    // neither an SSO user nor (before 3.0) a named one, so the records are seeded, saved to the
    // console's state file, edited there and read back by the console started on it.
    std::unique_ptr<sandbox::SandboxServer> startSourceConsole(const QString &version)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = version;
        options.stateFile = m_dir.filePath(u"source-%1.json"_s.arg(++m_consoles));
        const QDateTime longAgo(QDate(2025, 6, 1), QTime(9, 30), Qt::UTC);
        {
            sandbox::SandboxServer seeding(options);
            if (!seeding.start())
                return {};
            for (const QString &email : {u"ada@example.com"_s, u"old1@example.com"_s,
                                         u"old2@example.com"_s, u"sso.person@example.com"_s}) {
                if (seeding.seedUser(email, u"former.admin@example.com"_s, longAgo).isEmpty())
                    return {};
            }
            if (!seeding.saveState())
                return {};
        }
        QFile file(options.stateFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray users = state.value(u"users"_s).toArray();
        for (qsizetype i = 0; i < users.size(); ++i) {
            QJsonObject user = users.at(i).toObject();
            const QString email = user.value(u"username"_s).toString();
            if (email == u"sso.person@example.com"_s)
                user.insert(u"isLocal"_s, false);
            if (email == u"ada@example.com"_s && version == u"3.0"_s) {
                user.insert(u"firstName"_s, u"Ada"_s);
                user.insert(u"lastName"_s, u"Lovelace"_s);
            }
            users.replace(i, user);
        }
        state.insert(u"users"_s, users);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(state).toJson()) <= 0)
            return {};
        file.close();
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->start())
            return {};
        return server;
    }

    void signIn(const QUrl &console)
    {
        const sandbox::SandboxOptions defaults;
        fillSignInPage(m_window.get(), console, defaults.adminEmail, defaults.adminPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
    }

    // Into ${RUNAI_BINARY_DIR}/screenshots, one per API version mode, to be looked at.
    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(widget->grab().save(u"%1/%2-%3.png"_s.arg(dir, name, tag)));
    }

    static QString status(UserImportDialog *dialog, const QString &email)
    {
        for (int r = 0; r < dialog->model()->rowCount(); ++r) {
            if (dialog->model()->importRow(r).email == email)
                return dialog->model()->index(r, UserImportModel::StatusColumn).data().toString();
        }
        return u"(no row)"_s;
    }

    std::unique_ptr<sandbox::SandboxServer> m_source;
    std::unique_ptr<sandbox::SandboxServer> m_target;
    int m_consoles = 0;
};

QTEST_MAIN(TestUserMigration)
#include "tst_usermigration.moc"
