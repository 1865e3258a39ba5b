// SPDX-License-Identifier: MIT
// Proof, not promise: the whole flow through the real widgets (sign in with a remembered
// password, register an application, get a client_credentials token, create a user) with every
// logging category on, then every file the program could have written (HOME, the XDG directories,
// the keyring's directory, the temp dir, the settings file) and every captured log line is
// searched for each secret, raw and encoded. Zero occurrences allowed.
//
// The process runs in a fresh HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME / XDG_STATE_HOME / TMPDIR,
// set before QApplication exists. XDG_DATA_HOME and XDG_RUNTIME_DIR are inherited: the keyring
// daemon of the test harness lives there (its file is encrypted: the raw secret must not appear
// in it either).

#include "GuiTestSupport.h"

#include "ApplicationCredentialsDialog.h"
#include "ApplicationsModel.h"
#include "SecretField.h"
#include "SessionStatusBar.h"
#include "TemporaryPasswordDialog.h"
#include "TokenDialog.h"
#include "UsersPage.h"
#include "sandboxserver.h"
#include "ui_applicationcredentialsdialog.h"
#include "ui_temporarypassworddialog.h"
#include "ui_tokendialog.h"
#include "ui_userspage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Everything any logging category prints, whatever the level. Written from any thread.
QMutex g_logMutex;
QByteArray g_log;
int g_logLines = 0;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": "
                 + message.toUtf8() + '\n';
        ++g_logLines;
    }
    // Only what a reader of the test output needs; the rest stays in the capture.
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Place
{
    QString label;
    QString path;
};

// A secret and the forms in which a careless line of code would write it.
QList<QPair<QString, QByteArray>> encodings(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QPair<QString, QByteArray>> forms{
            {u"raw"_s, raw},
            {u"UTF-16"_s,
             QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
            {u"percent-encoded"_s, QUrl::toPercentEncoding(secret)},
            {u"base64"_s, raw.toBase64()},
            {u"base64url"_s,
             raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
    };
    // Inside a longer base64 stream the secret starts at any of three alignments: the whole
    // groups after the first (which mixes in the bytes before it) depend on the secret alone.
    // Only searched when long enough not to match by chance.
    for (int shift = 0; shift <= 2; ++shift) {
        for (auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray enc = (QByteArray(shift, '\0') + raw).toBase64(option);
            const qsizetype wholeGroups = (shift + raw.size()) / 3;
            const qsizetype start = shift == 0 ? 0 : 4;
            const QByteArray middle = enc.mid(start, wholeGroups * 4 - start);
            if (middle.size() >= 12)
                forms.append({u"base64%1 at offset %2"_s
                                      .arg(option == QByteArray::Base64UrlEncoding ? u"url"_s
                                                                                   : QString())
                                      .arg(shift),
                              middle});
        }
    }
    return forms;
}

} // namespace

class TestNoPlaintext : public QObject
{
    Q_OBJECT
public:
    explicit TestNoPlaintext(QList<Place> places)
        : m_places(std::move(places))
    { }

private Q_SLOTS:
    void initTestCase()
    {
        // QTest installs its own handler in qExec(): ours goes on top and passes warnings on.
        g_previousHandler = qInstallMessageHandler(captureMessage);
        m_adminPassword = u"Adm1n-%1-pw"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
        sandbox::SandboxOptions options;
        options.adminPassword = m_adminPassword;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void wholeFlowLeavesNoPlaintext()
    {
        runFlow();
        if (QTest::currentTestFailed())
            return;
        // Everything that might still be buffered goes to disk before we look.
        m_window.reset();
        m_store.reset();
        QSettings().sync();

        QMap<QString, QString> secrets{
                {u"admin password"_s, m_adminPassword},
                {u"client secret"_s, m_clientSecret},
                {u"access token"_s, m_accessToken},
                {u"access token signature"_s, m_accessToken.section(u'.', 2)},
                {u"temporary password"_s, m_temporaryPassword},
        };
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            QVERIFY2(it.value().size() >= 8, qPrintable(it.key() + u" not captured"_s));

        // The search must have something to search: the settings file, the flow in the log.
        const QString settingsFile = QSettings().fileName();
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
        QList<Place> places = m_places;
        places.append({u"settings"_s, settingsFile});
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.contains(m_applicationName.toUtf8()), "the flow was not logged");
        QVERIFY2(log.contains("runai.api"), "the api categories did not log");
        qInfo("captured %d log lines (%lld bytes)", g_logLines, qint64(log.size()));

        QStringList leaks;
        int filesSearched = 0;
        qint64 bytesSearched = 0;
        for (const Place &place : std::as_const(places)) {
            const QFileInfo root(place.path);
            QStringList files;
            if (root.isFile()) {
                files << root.absoluteFilePath();
            } else if (root.isDir()) {
                QDirIterator it(place.path, QDir::Files | QDir::Hidden | QDir::System,
                                QDirIterator::Subdirectories);
                while (it.hasNext())
                    files << it.next();
            }
            for (const QString &file : std::as_const(files)) {
                QFile f(file);
                if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly))
                    continue; // sockets, pipes, files of other users
                const QByteArray content = f.readAll();
                ++filesSearched;
                bytesSearched += content.size();
                leaks << findSecrets(secrets, content, place.label + u": "_s + file);
            }
        }
        leaks << findSecrets(secrets, log, u"captured log output"_s);
        qInfo("searched %d files (%lld bytes) and the log for %lld secrets", filesSearched,
              bytesSearched, qint64(secrets.size()));
        QVERIFY2(filesSearched >= 2, "nothing was written? the search found no files");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"\n"_s)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
        m_sandbox.reset();
    }

private:
    static QStringList findSecrets(const QMap<QString, QString> &secrets, const QByteArray &content,
                                   const QString &where)
    {
        QStringList found;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            for (const auto &[form, bytes] : encodings(it.value())) {
                if (content.contains(bytes))
                    found << u"%1 (%2) in %3"_s.arg(it.key(), form, where);
            }
        }
        return found;
    }

    void runFlow()
    {
        m_store = std::make_unique<KeychainSecretStore>();
        m_window = std::make_unique<MainWindow>(m_store.get());
        m_window->resize(1000, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // --- Sign in, remembering the password in the keychain; sign out; sign in from it.
        SignInPage *page = m_window->signInPage();
        typeInto(page->ui()->consoleUrlEdit, m_sandbox->baseUrl().toString());
        typeInto(page->ui()->emailEdit, m_sandbox->options().adminEmail);
        typeInto(page->ui()->passwordEdit, m_adminPassword);
        if (!page->ui()->rememberPasswordCheck->isChecked())
            click(page->ui()->rememberPasswordCheck);
        click(page->ui()->signInButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const SecretKey key{m_window->session()->baseUrl().toString(),
                            QString(SecretKind::AdminPassword), m_sandbox->options().adminEmail};
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isKnown(key), kWaitMs);
        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(page->ui()->passwordEdit->text().isEmpty());
        click(page->ui()->signInButton); // empty password: read from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QVERIFY(m_window->session()->isSignedIn());

        // --- Register an application; the secret goes to the keychain.
        ApplicationsPage *apps = m_window->applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        m_applicationName = u"leak-probe-%1"_s.arg(QRandomGenerator::global()->bounded(100000));
        typeInto(apps->ui()->nameEdit, m_applicationName);
        click(apps->ui()->registerButton);
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        m_clientSecret = credentials->ui()->clientSecretField->text();
        click(credentials->ui()->clientSecretField->copyButton());
        click(credentials->ui()->confirmCheck);
        click(credentials->ui()->buttonBox->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ApplicationCredentialsDialog>(m_window.get()),
                                 kWaitMs);

        // --- A client_credentials token with the secret read back from the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        const int row = apps->model()->rowOfName(m_applicationName);
        QVERIFY(row >= 0);
        const QModelIndex index = apps->proxy()->mapFromSource(
                apps->model()->index(row, ApplicationsModel::NameColumn));
        QTableView *view = apps->ui()->tableView;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        click(apps->ui()->getTokenButton);
        TokenDialog *tokenDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((tokenDialog = findOpenDialog<TokenDialog>(m_window.get())),
                                 kWaitMs);
        m_accessToken = tokenDialog->ui()->accessTokenField->text();
        QCOMPARE(m_accessToken.count(u'.'), 2);
        click(tokenDialog->ui()->accessTokenField->copyButton());
        click(tokenDialog->ui()->buttonBox->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TokenDialog>(m_window.get()), kWaitMs);

        // --- Create a user; its temporary password is shown once.
        UsersPage *users = m_window->usersPage();
        m_window->tabs()->setCurrentWidget(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);
        typeInto(users->ui()->emailEdit,
                 u"leak.probe%1@example.com"_s.arg(QRandomGenerator::global()->bounded(100000)));
        click(users->ui()->createButton);
        TemporaryPasswordDialog *passwordDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (passwordDialog = findOpenDialog<TemporaryPasswordDialog>(m_window.get())),
                kWaitMs);
        m_temporaryPassword = passwordDialog->ui()->passwordField->text();
        click(passwordDialog->ui()->passwordField->copyButton());
        click(passwordDialog->ui()->confirmCheck);
        click(passwordDialog->ui()->buttonBox->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<TemporaryPasswordDialog>(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWaitMs);

        click(m_window->sessionStatus()->signOutButton());
        QVERIFY(!m_window->session());
    }

    QList<Place> m_places;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_adminPassword;
    QString m_applicationName;
    QString m_clientSecret;
    QString m_accessToken;
    QString m_temporaryPassword;
};

int main(int argc, char **argv)
{
    // A fresh tree for everything this process may write, set before Qt reads the environment.
    const QString base = QDir::tempPath() + u"/runai-noplaintext-"_s
                         + QString::number(QRandomGenerator::global()->generate64(), 36);
    QList<Place> places;
    const QList<QPair<const char *, QString>> fresh{{"HOME", u"home"_s},
                                                    {"XDG_CONFIG_HOME", u"config"_s},
                                                    {"XDG_CACHE_HOME", u"cache"_s},
                                                    {"XDG_STATE_HOME", u"state"_s},
                                                    {"TMPDIR", u"tmp"_s}};
    for (const auto &[var, dir] : fresh) {
        const QString path = base + u'/' + dir;
        if (!QDir().mkpath(path))
            qFatal("cannot create %s", qPrintable(path));
        qputenv(var, path.toLocal8Bit());
        places.append({QLatin1StringView(var), path});
    }
    // The keyring and the session bus of the harness: searched, not replaced.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        places.append({u"XDG_DATA_HOME (keyring)"_s, dataHome});
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty())
        places.append({u"XDG_RUNTIME_DIR"_s, runtimeDir});
    qputenv("QT_LOGGING_RULES", "*=true");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"runai-access-console"_s);
    QApplication::setApplicationName(u"runai-access"_s);
    TestNoPlaintext test(places);
    const int rc = QTest::qExec(&test, argc, argv);
    if (rc == 0)
        QDir(base).removeRecursively(); // kept after a failure, to look at
    else
        fprintf(stderr, "files kept in %s\n", qPrintable(base));
    return rc;
}

#include "tst_noplaintext.moc"
