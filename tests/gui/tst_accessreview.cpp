// SPDX-License-Identifier: MIT
// Issue 15 item 1, the access review through the window against the sandbox: every identity
// with its flags in every API generation (2.18, 2.20, 2.24, 3.0), the CSV and HTML exports (no
// secret in them), Disable / Delete behind one confirmation that says what the API cannot do,
// and a console with 100,000 users (Stop, then a complete load).

#include "GuiTestSupport.h"

#include "SandboxAdmin.h"
#include "core/AppSettings.h"
#include "core/Csv.h"
#include "gui/review/AccessReviewPage.h"
#include "gui/review/ReviewChangeFlow.h"
#include "gui/review/ReviewExportFlow.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "models/AccessReviewModel.h"
#include "sandbox/ApiContext.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
const auto kAdmin = u"test@run.ai"_s;
const auto kPassword = u"Abcd!234"_s;
} // namespace

class TestAccessReview : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1200, 760))); }

    void cleanup()
    {
        ConfirmationDialog::clearNextAnswer();
        closeWindow();
        m_admin.reset();
        m_server.reset();
    }

    void everyIdentityWithItsFlags_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("programType");
        QTest::addColumn<bool>("accessKeys");
        QTest::newRow("2.18") << u"2.18"_s << u"Application"_s << false;
        QTest::newRow("2.20") << u"2.20"_s << u"Application"_s << false;
        QTest::newRow("2.24") << u"2.24"_s << u"Service account"_s << true;
        QTest::newRow("3.0") << u"3.0"_s << u"Service account"_s << true;
    }
    void everyIdentityWithItsFlags()
    {
        QFETCH(QString, mode);
        QFETCH(QString, programType);
        QFETCH(bool, accessKeys);
        startSandbox(mode);
        // Someone who last signed in 100 days ago, someone whose creator left, a program.
        const QString stalePassword = m_server->seedUser(
                u"stale@example.com"_s, kAdmin, QDateTime::currentDateTimeUtc().addYears(-1));
        m_server->setClockOffset(std::chrono::hours(-24 * 100));
        signInAdmin();
        QCOMPARE(m_admin->password(u"stale@example.com"_s, stalePassword).kind(),
                 ApiError::Kind::None);
        m_server->setClockOffset(std::chrono::milliseconds(0));
        const QString orphanPassword = m_server->seedUser(
                u"orphan@example.com"_s, u"gone@example.com"_s, QDateTime::currentDateTimeUtc());
        const QString appSecret = m_server->seedApplication(u"ci-bot"_s, kAdmin,
                                                            QDateTime::currentDateTimeUtc());
        QString keySecret;
        if (accessKeys)
            keySecret = m_server->seedAccessKey(kAdmin, u"laptop"_s,
                                                QDateTime::currentDateTimeUtc())
                                .secret;
        signInThroughWindow();

        AccessReviewPage *page = openReview();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !page->isLoading(), kWaitMs);
        AccessReviewModel *model = page->model();
        QVERIFY2(page->banner()->text().isEmpty()
                         || page->banner()->kind() != MessageBanner::Kind::Error,
                 qPrintable(page->banner()->text()));
        QCOMPARE(model->rowCount(), 4 + (accessKeys ? 1 : 0));
        QVERIFY(model->isComplete());

        using F = ReviewFlags;
        QCOMPARE(flagsOf(model, kAdmin) & (F::SystemAdministrator | F::NoAccessRule),
                 F::Flags(F::SystemAdministrator));
        QVERIFY(flagsOf(model, u"stale@example.com"_s).testFlag(F::Stale));
        QVERIFY(flagsOf(model, u"stale@example.com"_s).testFlag(F::NoAccessRule));
        QVERIFY(!flagsOf(model, u"stale@example.com"_s).testFlag(F::CreatorGone));
        QCOMPARE(flagsOf(model, u"orphan@example.com"_s),
                 F::Flags(F::CreatorGone | F::NeverSignedIn | F::NoAccessRule));
        const int app = rowOf(model, u"ci-bot"_s);
        QCOMPARE(model->data(model->index(app, AccessReviewModel::TypeColumn)).toString(),
                 programType);
        QCOMPARE(model->data(model->index(app, AccessReviewModel::EnabledColumn)).toString(),
                 u"yes"_s);
        // Users have no enabled state in Run:ai's API: the table says so instead of "yes".
        QCOMPARE(model->data(model->index(rowOf(model, kAdmin), AccessReviewModel::EnabledColumn))
                         .toString(),
                 u"n/a"_s);
        // The admin's password is in the keychain (signed in with "remember").
        if (accessKeys) {
            const int key = rowOf(model, u"laptop"_s);
            QCOMPARE(model->entry(key).type, ReviewEntry::Type::AccessKey);
            QCOMPARE(model->entry(key).createdBy, kAdmin);
            // The key acts as its owner: the owner's System administrator rule, marked so.
            QVERIFY(flagsOf(model, u"laptop"_s).testFlag(F::SystemAdministrator));
        }

        // N days on the page: 200 days un-flags the stale user, and is remembered.
        form<QSpinBox>(page, "staleDaysSpin")->setValue(200);
        QTRY_VERIFY_WITH_TIMEOUT(!flagsOf(model, u"stale@example.com"_s).testFlag(F::Stale),
                                 kWaitMs);
        QCOMPARE(AppSettings().reviewStaleDays(90), 200);
        form<QSpinBox>(page, "staleDaysSpin")->setValue(90);
        QTRY_VERIFY_WITH_TIMEOUT(flagsOf(model, u"stale@example.com"_s).testFlag(F::Stale),
                                 kWaitMs);

        // A reviewer's filter: only the creator-gone row.
        auto *show = form<QComboBox>(page, "showCombo");
        show->setCurrentIndex(2 + 5); // CreatorGone
        QCOMPARE(page->proxy()->rowCount(), 1);

        // The exports: the filtered rows, values, no secret.
        const QString csvPath = m_dir.filePath(u"review.csv"_s);
        const QString htmlPath = m_dir.filePath(u"review.html"_s);
        exportTo(page, ReviewExportFlow::Format::Csv, csvPath);
        show->setCurrentIndex(0);
        exportTo(page, ReviewExportFlow::Format::Html, htmlPath);
        const Csv::Table csv = Csv::parse(readFile(csvPath));
        QCOMPARE(csv.records.size(), 2);
        QCOMPARE(csv.records.at(1).fields.at(1), u"orphan@example.com"_s);
        QCOMPARE(csv.records.at(1).fields.at(3), u"gone@example.com"_s);
        const QString html = QString::fromUtf8(readFile(htmlPath));
        QVERIFY(html.contains(u"ci-bot"_s) && html.contains(kAdmin));
        QVERIFY(html.contains(m_server->baseUrl().toString()));
        for (const QString &secret :
             {kPassword, stalePassword, orphanPassword, appSecret, keySecret}) {
            if (secret.isEmpty())
                continue;
            QVERIFY(!readFile(csvPath).contains(secret.toUtf8()));
            QVERIFY(!html.contains(secret));
        }
        const QString token = m_window->session()->revealAccessToken();
        QVERIFY(!html.contains(token) && !readFile(csvPath).contains(token.toUtf8()));
    }

    void disableAndDeleteWithOneConfirmation()
    {
        startSandbox(u"2.20"_s);
        m_server->seedUser(u"leaver@example.com"_s, kAdmin, QDateTime::currentDateTimeUtc());
        m_server->seedApplication(u"old-job"_s, kAdmin, QDateTime::currentDateTimeUtc());
        signInAdmin();
        signInThroughWindow();
        AccessReviewPage *page = openReview();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && !page->isLoading(), kWaitMs);
        auto *disable = form<QPushButton>(page, "disableButton");
        auto *remove = form<QPushButton>(page, "deleteButton");

        // A user alone cannot be disabled: the button says no, the note says why.
        select(page, {u"leaver@example.com"_s});
        QVERIFY(!disable->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(form<QLabel>(page, "actionNoteLabel")->isVisible());

        // User + application: Disable only the application, and the question says so.
        select(page, {u"leaver@example.com"_s, u"old-job"_s});
        ConfirmationDialog::answerNext(true);
        click(disable);
        const QString appId = m_admin->applicationNamed(u"old-job"_s)->id;
        QTRY_VERIFY_WITH_TIMEOUT(!m_admin->application(appId)->enabled, kWaitMs);
        QString asked = ConfirmationDialog::lastText();
        QVERIFY2(asked.contains(u"Application (1): old-job"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"no way to disable"_s), qPrintable(asked));
        QVERIFY(!asked.contains(u"leaver@example.com"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page->banner()->kind(), MessageBanner::Kind::Success, kWaitMs);
        QVERIFY(flagsOf(page->model(), u"old-job"_s).testFlag(ReviewFlags::Disabled));

        // Cancel changes nothing.
        select(page, {u"leaver@example.com"_s, u"old-job"_s, kAdmin});
        ConfirmationDialog::answerNext(false);
        click(remove);
        QTRY_VERIFY_WITH_TIMEOUT(!findOpenDialog<ConfirmationDialog>(m_window.get()), kWaitMs);
        QCOMPARE(page->model()->rowCount(), 3);

        // Delete both, never the signed-in admin; one question lists exactly what goes.
        ConfirmationDialog::answerNext(true);
        click(remove);
        asked = ConfirmationDialog::lastText();
        QVERIFY2(asked.contains(u"User (1): leaver@example.com"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"Application (1): old-job"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"the identity you are signed in as"_s), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kWaitMs);
        QCOMPARE(m_admin->userId(u"leaver@example.com"_s), QString());
        QVERIFY(!m_admin->applicationNamed(u"old-job"_s));
        QVERIFY(!m_admin->userId(kAdmin).isEmpty());
    }

    void hundredThousandUsers()
    {
        startSandbox(u"2.20"_s);
        QCOMPARE(m_server->seedUsers(100'000), 100'000);
        signInAdmin();
        signInThroughWindow();
        AccessReviewPage *page = openReview();
        // Stop after the first pages: the rows stay, the review says it is incomplete.
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 500, kWaitMs);
        QTest::keyClick(form<QTableView>(page, "reviewTable"), Qt::Key_Escape);
        QVERIFY(!page->isLoading());
        const int stoppedAt = page->model()->rowCount();
        QVERIFY(stoppedAt < 100'001);
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(!page->model()->isComplete());

        click(form<QPushButton>(page, "loadButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 60'000);
        QCOMPARE(page->model()->rowCount(), 100'001);
        QVERIFY(page->model()->isComplete());
        QVERIFY(form<QLabel>(page, "summaryLabel")->text().contains(u"100,001"_s));
        // Every seeded user never signed in and has no rule.
        form<QComboBox>(page, "showCombo")->setCurrentIndex(2); // Never signed in
        QVERIFY(page->proxy()->rowCount() >= 100'000);
    }

private:
    void startSandbox(const QString &mode)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void signInAdmin()
    {
        m_admin = std::make_unique<SandboxAdmin>(m_server->baseUrl(), kAdmin, kPassword);
        QVERIFY(m_admin->isSignedIn());
    }

    void signInThroughWindow()
    {
        fillSignInPage(m_window.get(), m_server->baseUrl(), kAdmin, kPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSignedIn(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(consoleProbed(m_window.get()), kWaitMs);
    }

    AccessReviewPage *openReview()
    {
        AccessReviewPage *page = m_window->accessReviewPage();
        // Ctrl+Tab from the Users tab, as a keyboard user would (every letter of "Review" is a
        // mnemonic on the Applications page already).
        m_window->tabs()->setCurrentWidget(m_window->usersPage());
        m_window->activateWindow();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            while (m_window->tabs()->currentWidget() != page
                   && m_window->tabs()->currentIndex() < m_window->tabs()->count() - 1)
                QTest::keyClick(m_window->tabs(), Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(m_window->tabs()->currentWidget(), page);
        }();
        return page;
    }

    static int rowOf(const AccessReviewModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entry(row).name == name)
                return row;
        }
        return -1;
    }

    static ReviewFlags::Flags flagsOf(const AccessReviewModel *model, const QString &name)
    {
        const int row = rowOf(model, name);
        return row < 0 ? ReviewFlags::Flags() : model->flags(row);
    }

    void select(AccessReviewPage *page, const QStringList &names)
    {
        auto *table = form<QTableView>(page, "reviewTable");
        table->clearSelection();
        for (const QString &name : names) {
            const QModelIndex source = page->model()->index(rowOf(page->model(), name), 0);
            table->selectionModel()->select(page->proxy()->mapFromSource(source),
                                            QItemSelectionModel::Select
                                                    | QItemSelectionModel::Rows);
        }
    }

    void exportTo(AccessReviewPage *page, ReviewExportFlow::Format format, const QString &path)
    {
        QSignalSpy done(page->exports(), &ReviewExportFlow::finished);
        page->exports()->exportTo(format, path);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.first().at(1).toString(), QString());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxAdmin> m_admin;
};

QTEST_MAIN(TestAccessReview)
#include "tst_accessreview.moc"
