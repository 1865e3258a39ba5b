// SPDX-License-Identifier: MIT
// Issue 11, Tools → Network log through the real window against the in-process sandbox and the
// real Secret Service: F12 and the menu open one non-modal window that shows the sign-in call,
// follows new calls live (a duplicate application name answered 409 with the server's own
// message), filters to errors and by text, saves a JSON-lines file for a bug report on a pool
// thread (owner-only, a header with versions and console, never a password, secret or token),
// and clears.
#include "GuiTestSupport.h"

#include "api/NetworkLog.h"
#include "gui/activity/NetworkLogDialog.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/NetworkLogModel.h"
#include "sandbox/LocalSandbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

// Every row of `view` as "METHOD PATH STATUS MESSAGE", for readable failures.
QStringList rows(QTableView *view)
{
    QStringList out;
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        out << QStringList{m->index(r, NetworkLogModel::MethodColumn).data().toString(),
                           m->index(r, NetworkLogModel::PathColumn).data().toString(),
                           m->index(r, NetworkLogModel::StatusColumn).data().toString(),
                           m->index(r, NetworkLogModel::MessageColumn).data().toString()}
                        .join(u' ');
    }
    return out;
}

bool hasRow(QTableView *view, const QString &start)
{
    const QStringList all = rows(view);
    return std::any_of(all.begin(), all.end(),
                       [&](const QString &r) { return r.startsWith(start); });
}

} // namespace

class TestNetworkLogWindow : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"runai-access-netlog-tests"_s);
        QSettings().clear();
    }

    void networkLogShowsFiltersSavesAndClears()
    {
        QVERIFY(openWindow(QSize(1000, 720)));

        // The Tools menu lists it with its shortcut.
        QAction *action = m_window->networkLogAction();
        QVERIFY(action);
        auto *tools = m_window->findChild<QMenu *>(u"toolsMenu"_s);
        QVERIFY(tools && tools->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F12));
        QVERIFY(action->text().contains(u"Network log"_s));

        // Sign in, then F12 opens the window: the token request is there.
        SignInPage *page = m_window->signInPage();
        click(form<QPushButton>(page, "sandboxButton"));
        click(form<QPushButton>(page, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        const QString token = m_window->session()->revealAccessToken();
        const QString adminPassword = m_window->sandbox()->adminPassword();
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F12);
        NetworkLogDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<NetworkLogDialog>(m_window.get())),
                                 kWaitMs);
        QVERIFY(!dialog->isModal());
        QTableView *view = dialog->view();
        QVERIFY2(hasRow(view, u"POST /api/v1/token 200"_s), qPrintable(rows(view).join(u'\n')));
        QVERIFY(unnamedFocusableWidgets(dialog).isEmpty());

        // The window stays open and follows new calls: register an application, then the same
        // name again, which the console refuses with 409 and its own message.
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(apps, "nameEdit"), u"netlog-app"_s);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        const QString clientSecret = form<SecretField>(credentials, "clientSecretField")->text();
        QVERIFY(clientSecret.size() >= 8);
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        typeInto(form<QLineEdit>(apps, "nameEdit"), u"netlog-app"_s);
        click(form<QPushButton>(apps, "registerButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isRegistering(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(view, u"POST /api/v1/service-accounts 409 "_s)
                                         || hasRow(view, u"POST /api/v1/apps 409 "_s),
                                 kWaitMs);
        // The server's message, as the page's banner shows it.
        const NetworkLogEntry conflict = [&] {
            const auto all = m_window->networkLog()->entries();
            return *std::find_if(all.rbegin(), all.rend(),
                                 [](const NetworkLogEntry &e) { return e.httpStatus == 409; });
        }();
        QVERIFY(!conflict.message.isEmpty());
        QVERIFY2(apps->banner()->text().contains(conflict.message),
                 qPrintable(apps->banner()->text() + u" / "_s + conflict.message));
        // ... and the window's row shows it.
        QVERIFY2(hasRow(view, u"POST %1 409 %2"_s.arg(conflict.path, conflict.message)),
                 qPrintable(rows(view).join(u'\n')));
        QVERIFY(dialog->isVisible());

        // F12 again (or the menu) raises the same window rather than a second one.
        action->trigger();
        QCOMPARE(m_window->findChildren<NetworkLogDialog *>().size(), 1);

        // Errors only, then a text filter.
        click(dialog->errorsOnlyBox());
        QVERIFY(view->model()->rowCount() >= 1);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(view->model()->index(r, 0).data(NetworkLogModel::ErrorRole).toBool());
        QVERIFY(hasRow(view, u"POST"_s));
        QVERIFY(!hasRow(view, u"POST /api/v1/token 200"_s));
        click(dialog->errorsOnlyBox());
        typeInto(dialog->filterEdit(), u"/api/v1/token"_s);
        QTRY_VERIFY(view->model()->rowCount() >= 1);
        const QStringList tokenRows = rows(view);
        QVERIFY(std::all_of(tokenRows.begin(), tokenRows.end(),
                            [](const QString &r) { return r.contains(u"/api/v1/token"_s); }));
        dialog->filterEdit()->clear();

        // Save for a bug report: the whole log, owner-only, with a header, and no secret.
        const QString path = m_dir.filePath(u"network.jsonl"_s);
        click(dialog->saveButton());
        QFileDialog *save = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((save = findOpenDialog<QFileDialog>(dialog)), kWaitMs);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept is protected
        QTRY_COMPARE_WITH_TIMEOUT(dialog->banner()->kind(), MessageBanner::Kind::Success, kWaitMs);
        QVERIFY2(dialog->banner()->text().contains(path), qPrintable(dialog->banner()->text()));
        QFile file(path);
        QCOMPARE(file.permissions()
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                            | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QList<QByteArray> lines = content.trimmed().split('\n');
        QCOMPARE(lines.size(), m_window->networkLog()->size() + 1);
        const QJsonObject head = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(head.value(u"version"_s).toString(), QStringLiteral(RUNAI_VERSION_STRING));
        QCOMPARE(head.value(u"qtVersion"_s).toString(), QString::fromLatin1(qVersion()));
        QCOMPARE(head.value(u"consoleHost"_s).toString(), m_window->sandbox()->baseUrl().host());
        QVERIFY(content.contains(conflict.message.toUtf8()));
        QVERIFY(content.contains("\"status\":409"));
        for (const QString &secret : {token, adminPassword, clientSecret}) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!content.contains(secret.toUtf8()), "a secret reached the saved log");
            QVERIFY(!content.contains(QUrl::toPercentEncoding(secret)));
            QVERIFY(!content.contains(secret.toUtf8().toBase64()));
        }

        // Clear empties the window and the recorder; new calls appear again.
        click(dialog->clearButton());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(m_window->networkLog()->size(), 0);
        QVERIFY(!dialog->saveButton()->isEnabled());
        click(form<QPushButton>(apps, "refreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 1, kWaitMs);

        dialog->close();
        QTRY_VERIFY(!m_window->networkLogDialog()); // deleted on close
        closeWindow();
    }

private:
};

QTEST_MAIN(TestNetworkLogWindow)
#include "tst_networklogwindow.moc"
