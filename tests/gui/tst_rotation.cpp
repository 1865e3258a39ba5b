// SPDX-License-Identifier: MIT
// Issue 15: rotating an application's (service account's) secret without downtime, through the
// window against the sandbox in every version mode: Rotate without downtime… on the row, the
// successor created with its secret shown once and kept, the access rules copied, both
// identities working side by side, the predecessor's last sign-in watched, the dialog closed and
// resumed from the successor's row (the state kept per profile, no secret in the settings
// file), then disable and delete, each after a confirmation, and the activity log.

#include "GuiTestSupport.h"
#include "SandboxAdmin.h"

#include "api/RotationFlow.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/rotation/RotationDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/SecretField.h"
#include "models/ActivityLog.h"
#include "models/ApplicationsModel.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using Step = RotationState::Step;

namespace {
const QString kAdmin = u"test@run.ai"_s;
const QString kPassword = u"Abcd!234"_s;
} // namespace

class TestRotation : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ConfirmationDialog::clearNextAnswer();
        isolateSettings(); // no rotation kept by an earlier row
        QVERIFY(openWindow(QSize(1040, 760)));
    }
    void cleanup()
    {
        closeWindow();
        m_admin.reset();
        m_server.reset();
    }

    void rotateWithoutDowntime_data()
    {
        QTest::addColumn<QString>("mode");
        for (const QString &mode : {u"2.18"_s, u"2.20"_s, u"2.24"_s, u"3.0"_s})
            QTest::newRow(qPrintable(mode)) << mode;
    }
    void rotateWithoutDowntime()
    {
        QFETCH(QString, mode);
        startAndSignIn(mode);
        const qsizetype logged = m_window->activityLog()->entries().size();
        const auto before = m_admin->createApplication(u"ci-bot"_s);
        QVERIFY(before);
        const Application old = before->application;
        QCOMPARE(m_admin->grant(old, u"Viewer"_s, u"tenant"_s, u"1001"_s).kind(),
                 ApiError::Kind::None);
        QCOMPARE(m_admin->grant(old, u"ML engineer"_s, u"project"_s, u"proj-7"_s).kind(),
                 ApiError::Kind::None);
        ApplicationsPage *apps = m_window->applicationsPage();
        apps->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowOfName(u"ci-bot"_s) >= 0,
                                 kWaitMs);

        // --- Start: the successor's name is proposed; nothing is kept until it is created.
        RotationDialog *dialog = openRotation(u"ci-bot"_s);
        QVERIFY(dialog);
        QCOMPARE(form<QLineEdit>(dialog, "successorNameEdit")->text(), u"ci-bot-2"_s);
        QVERIFY(dialog->state().step == Step::NotStarted);
        QVERIFY2(unnamedFocusableWidgets(dialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(dialog).join(u", "_s)));
        saveScreenshot(dialog, u"start"_s, mode);

        // --- Create: the secret shown once and kept; the rules copied meanwhile.
        clickNext(dialog);
        ApplicationCredentialsDialog *credentials = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (credentials = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())),
                kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(credentials->keychainState(),
                                  ApplicationCredentialsDialog::KeychainState::Saved, kWaitMs);
        const QString secret = form<SecretField>(credentials, "clientSecretField")->text();
        QVERIFY(!secret.isEmpty());
        click(form<QCheckBox>(credentials, "confirmCheck"));
        click(form<QDialogButtonBox>(credentials, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state().step, Step::RulesCopied, kWaitMs);
        const RotationState copied = dialog->state();
        QCOMPARE(copied.rulesCopied, 2);
        QCOMPARE(rulesNamed(copied.successorClientId).size(), 2);
        // Both work side by side: no downtime.
        QCOMPARE(m_admin->clientCredentials(copied.successorClientId, secret, u"ci-bot-2"_s).kind(),
                 ApiError::Kind::None);
        QCOMPARE(m_admin->clientCredentials(old.clientId, before->secret, old.name).kind(),
                 ApiError::Kind::None);
        QTRY_VERIFY_WITH_TIMEOUT(form<QPushButton>(dialog, "exportButton")->isEnabled(), kWaitMs);

        // --- Watch: the predecessor's sign-in above is seen and called out.
        dialog->flow()->setPollInterval(100);
        dialog->flow()->checkNow();
        auto *watch = form<QLabel>(dialog, "watchLabel");
        QTRY_VERIFY_WITH_TIMEOUT(watch->text().contains(u"something still uses it"_s), kWaitMs);
        QVERIFY2(!watch->text().contains(u"never"_s),
                 qPrintable(watch->text() + form<MessageBanner>(dialog, "banner")->text()));
        saveScreenshot(dialog, u"watch"_s, mode);

        // --- Leave and resume from the successor's row: the step is kept, no secret on disk.
        click(form<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close));
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<RotationDialog>(m_window.get()), kWaitMs);
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray onDisk = settings.readAll();
        QVERIFY(onDisk.contains("rotations"));
        QVERIFY(!onDisk.contains(secret.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading() && apps->model()->rowOfName(u"ci-bot-2"_s) >= 0,
                                 kWaitMs);
        selectRow(u"ci-bot-2"_s);
        QCOMPARE(apps->actions()->rotateAction()->text(), u"Resume ro&tation…"_s);
        dialog = openRotation(u"ci-bot-2"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->state().step, Step::RulesCopied);
        QCOMPARE(dialog->state().predecessorId, old.id);
        QVERIFY(!form<QLineEdit>(dialog, "successorNameEdit")->isEnabled());

        // --- Disable after a confirmation that names both and their last sign-ins.
        ConfirmationDialog::answerNext(true);
        clickNext(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state().step, Step::PredecessorDisabled, kWaitMs);
        QVERIFY(ConfirmationDialog::lastText().contains(u"<b>ci-bot-2</b> last signed in"_s));
        QVERIFY(m_admin->application(old.id));
        QCOMPARE(m_admin->application(old.id)->enabled, false);
        QCOMPARE(m_admin->clientCredentials(old.clientId, before->secret, old.name).kind(),
                 ApiError::Kind::Forbidden);

        // --- Delete after a second one; Cancel first keeps it.
        ConfirmationDialog::answerNext(false);
        clickNext(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QCOMPARE(dialog->state().step, Step::PredecessorDisabled);
        ConfirmationDialog::answerNext(true);
        clickNext(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state().step, Step::Finished, kWaitMs);
        QVERIFY(ConfirmationDialog::lastText().contains(u"cannot be undone"_s));
        ApiError gone;
        QVERIFY(!m_admin->application(old.id, &gone));
        QCOMPARE(gone.kind(), ApiError::Kind::NotFound);
        QCOMPARE(m_admin->clientCredentials(copied.successorClientId, secret, u"ci-bot-2"_s).kind(),
                 ApiError::Kind::None);
        QVERIFY(!form<QPushButton>(dialog, "nextButton")->isEnabled());
        saveScreenshot(dialog, u"done"_s, mode);
        QSettings().sync();
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"rotations"_s));

        // Every step is in the activity log.
        QStringList actions;
        // The log is kept across runs and rows: this row's entries only.
        for (const ActivityEntry &entry : m_window->activityLog()->entries().mid(logged)) {
            if (entry.action.startsWith(u"Rotation"_s))
                actions.append(entry.action);
        }
        QCOMPARE(actions,
                 QStringList({u"Rotation: create successor"_s, u"Rotation: copy access rules"_s,
                              u"Rotation: disable predecessor"_s,
                              u"Rotation: delete predecessor"_s}));
    }

private:
    void startAndSignIn(const QString &mode)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(m_server->baseUrl(), kAdmin, kPassword);
        QVERIFY(m_admin->isSignedIn());
        m_admin->probe();
        fillSignInPage(m_window.get(), m_server->baseUrl(), kAdmin, kPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
    }

    // What a user sees (the layout settled first: a label that grew is shown whole).
    static void saveScreenshot(QWidget *dialog, const QString &step, const QString &mode)
    {
        dialog->layout()->activate();
        QTest::qWait(20);
        dialog->grab().save(u"/tmp/rotation-%1-%2.png"_s.arg(step, mode));
    }

    // The step's button, once the flow is idle (a last-login check may be running).
    static void clickNext(RotationDialog *dialog)
    {
        auto *next = form<QPushButton>(dialog, "nextButton");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kWaitMs);
        click(next);
    }

    bool selectRow(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        const int row = apps->model()->rowOfName(name);
        if (row < 0)
            return false;
        form<QTableView>(apps, "tableView")
                ->selectRow(apps->proxy()->mapFromSource(apps->model()->index(row, 0)).row());
        return true;
    }

    RotationDialog *openRotation(const QString &name)
    {
        ApplicationsPage *apps = m_window->applicationsPage();
        m_window->tabs()->setCurrentWidget(apps);
        if (!selectRow(name))
            return nullptr;
        QAction *rotate = apps->actions()->rotateAction();
        if (!rotate->isEnabled())
            return nullptr;
        rotate->trigger();
        RotationDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = findOpenDialog<RotationDialog>(m_window.get())),
                                     kWaitMs);
        }();
        return dialog;
    }

    QList<AccessRule> rulesNamed(const QString &subjectId)
    {
        QList<AccessRule> own;
        for (const AccessRule &rule : m_admin->rules()) {
            if (rule.subjectId == subjectId)
                own.append(rule);
        }
        return own;
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxAdmin> m_admin;
};

QTEST_MAIN(TestRotation)
#include "tst_rotation.moc"
