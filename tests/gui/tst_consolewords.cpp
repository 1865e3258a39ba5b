// SPDX-License-Identifier: MIT
// Words follow the console (ObjectNoun): signed in to a 2.24 console (service accounts) the
// window says "service account" everywhere it names them: tab, menu, register button, the
// dialog after registering, banners, the activity log; signed in to 2.20 it says "application".
// On 2.24 no visible text of the page (labels, buttons, tool tips, placeholders, accessible
// names, table headers) contains "pplication".

#include "GuiTestSupport.h"

#include "gui/access/GrantAccessDialog.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/credentials/ApplicationCredentialsDialog.h"
#include "gui/tokens/TokenDialog.h"
#include "models/ActivityLog.h"
#include "models/ApplicationsModel.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {
const QString kAdmin = u"test@run.ai"_s;
const QString kPassword = u"Abcd!234"_s;

// Every text a user can see or hear on `root` and its visible children, with where it is.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    const auto add = [&out](const QObject *who, const QString &what, const QString &text) {
        if (!text.isEmpty())
            out << u"%1.%2: %3"_s.arg(who->objectName(), what, text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root))
            continue;
        add(w, u"toolTip"_s, w->toolTip());
        add(w, u"statusTip"_s, w->statusTip());
        add(w, u"accessibleName"_s, w->accessibleName());
        add(w, u"accessibleDescription"_s, w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, u"text"_s, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, u"title"_s, group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(w, u"text"_s, edit->text());
            add(w, u"placeholder"_s, edit->placeholderText());
        }
        if (auto *table = qobject_cast<QTableView *>(w)) {
            const QAbstractItemModel *model = table->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                if (!table->isColumnHidden(c))
                    add(w, u"header"_s, model->headerData(c, Qt::Horizontal).toString());
            }
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(w, u"toolTip"_s, model->index(r, c).data(Qt::ToolTipRole).toString());
            }
        }
        for (QAction *action : w->actions()) {
            add(action, u"text"_s, action->text());
            add(action, u"toolTip"_s, action->toolTip());
        }
    }
    return out;
}
} // namespace

class TestConsoleWords : public GuiTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(openWindow(QSize(1040, 760))); }

    void cleanup()
    {
        closeWindow();
        m_server.reset();
    }

    void wordsFollowTheConsole_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("serviceAccounts");
        QTest::newRow("2.20") << u"2.20"_s << false;
        QTest::newRow("2.24") << u"2.24"_s << true;
    }

    void wordsFollowTheConsole()
    {
        QFETCH(QString, mode);
        QFETCH(bool, serviceAccounts);
        signIn(mode);
        ApplicationsPage *apps = m_window->applicationsPage();
        QTabWidget *tabs = m_window->tabs();
        const QString tab = tabs->tabText(tabs->indexOf(apps));
        QCOMPARE(tab, serviceAccounts ? u"Service &accounts"_s : u"&Applications"_s);
        QCOMPARE(form<QAction>(m_window.get(), "actionApplications")->text(), tab);
        QCOMPARE(form<QPushButton>(apps, "registerButton")->text(),
                 serviceAccounts ? u"&Register service account"_s : u"&Register application"_s);
        QCOMPARE(form<QGroupBox>(apps, "registerGroup")->title(),
                 serviceAccounts ? u"Register a service account"_s : u"Register an application"_s);

        typeInto(form<QLineEdit>(apps, "nameEdit"), u"words-bot"_s);
        click(form<QPushButton>(apps, "registerButton"));
        ApplicationCredentialsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = findOpenDialog<ApplicationCredentialsDialog>(m_window.get())), kWaitMs);
        QCOMPARE(dialog->windowTitle(), serviceAccounts
                                                ? u"Service account \"words-bot\" registered"_s
                                                : u"Application \"words-bot\" registered"_s);
        QCOMPARE(apps->banner()->text(), serviceAccounts
                                                 ? u"Service account \"words-bot\" registered."_s
                                                 : u"Application \"words-bot\" registered."_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->keychainState()
                                         != ApplicationCredentialsDialog::KeychainState::Saving,
                                 kWaitMs);
        click(form<QCheckBox>(dialog, "confirmCheck"));
        click(form<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close));
        GrantAccessDialog *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOpenDialog<GrantAccessDialog>(m_window.get())),
                                 kWaitMs);
        offer->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);

        const QList<ActivityEntry> entries = m_window->activityLog()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().object, u"words-bot"_s);
        QCOMPARE(entries.last().action,
                 serviceAccounts ? u"Register service account"_s : u"Register application"_s);

        // Select the row so the details and the row actions show their texts too.
        const int row = apps->model()->rowOfName(u"words-bot"_s);
        QVERIFY(row >= 0);
        form<QTableView>(apps, "tableView")
                ->selectRow(apps->proxy()->mapFromSource(apps->model()->index(row, 0)).row());
        const QStringList texts = visibleTexts(apps);
        QStringList saysApplication;
        for (const QString &text : texts) {
            // "where: what it says"; object names are not shown to anyone.
            if (text.section(u": "_s, 1).contains(u"pplication"_s))
                saysApplication << text;
        }
        if (serviceAccounts)
            QVERIFY2(saysApplication.isEmpty(), qPrintable(saysApplication.join(u"\n"_s)));
        else // the check looks where the words are
            QVERIFY2(saysApplication.size() > 3, qPrintable(texts.join(u"\n"_s)));

        // The token dialog offers to work as "this service account" / "this application".
        click(form<QPushButton>(apps, "getTokenButton"));
        TokenDialog *token = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((token = findOpenDialog<TokenDialog>(m_window.get())), kWaitMs);
        QCOMPARE(form<QPushButton>(token, "useIdentityButton")
                         ->toolTip()
                         .contains(u"this service account"_s),
                 serviceAccounts);
        token->reject();
    }

private:
    void signIn(const QString &mode)
    {
        sandbox::SandboxOptions options;
        options.apiVersion = mode;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        fillSignInPage(m_window.get(), m_server->baseUrl(), kAdmin, kPassword);
        click(form<QPushButton>(m_window->signInPage(), "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->applicationsPage()->isLoading(), kWaitMs);
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
};

QTEST_MAIN(TestConsoleWords)
#include "tst_consolewords.moc"
