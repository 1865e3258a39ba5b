// SPDX-License-Identifier: MIT
// The program in German, as a German desktop starts it: LANGUAGE/LANG are set before the
// application exists, i18n::install() picks the embedded German translation, and the visible
// texts of the window, the pages, the menus and the About dialog are German. Then the override in
// View → Language: stored, applied by the next install(), and back to the system's language.
// Mnemonics stay unique per window in both languages.

#include "GuiTestSupport.h"
#include "MnemonicCheck.h"

#include "core/InputValidation.h"
#include "gui/AboutDialog.h"
#include "gui/DesktopIntegration.h"
#include "gui/LanguageMenu.h"
#include "gui/Translations.h"
#include "gui/users/UsersPage.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        // What main() in the test binary set up, as a German login session would.
        QCOMPARE(QLocale::system().uiLanguages().value(0).left(2), u"de"_s);
    }

    void init()
    {
        QSettings().clear();
        QCOMPARE(i18n::install(qApp), u"de"_s);
    }

    void cleanup()
    {
        QSettings().clear();
        i18n::install(qApp);
    }

    void startsInGermanFromTheSystemLocale()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        QVERIFY(showTestWindow(&window, QSize(1040, 720)));

        QCOMPARE(form<QMenu>(&window, "fileMenu")->title(), u"&Datei"_s);
        QCOMPARE(form<QMenu>(&window, "helpMenu")->title(), u"&Hilfe"_s);
        QCOMPARE(form<QAction>(&window, "actionQuit")->text(), u"&Beenden"_s);
        SignInPage *signIn = window.signInPage();
        QCOMPARE(form<QPushButton>(signIn, "signInButton")->text(), u"&Anmelden"_s);
        QCOMPARE(form<QLabel>(signIn, "passwordLabel")->text(), u"&Passwort:"_s);
        QCOMPARE(form<QLabel>(signIn, "titleLabel")->text(), u"An einer Run:ai-Konsole anmelden"_s);
        QCOMPARE(window.tabs()->tabText(0), u"&Anwendungen"_s);
        QCOMPARE(window.tabs()->tabText(1), u"&Benutzer"_s);

        // Messages built in code are German too: the hint under a malformed console address.
        typeInto(form<QLineEdit>(signIn, "consoleUrlEdit"), u"ftp://console"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!form<QLabel>(signIn, "consoleUrlHint")->text().isEmpty(),
                                 kWaitMs);
        const QString hint = form<QLabel>(signIn, "consoleUrlHint")->text();
        QVERIFY2(!hint.contains(u"must"_s) && !hint.contains(u"address"_s), qPrintable(hint));

        saveScreenshot(&window, u"de-01-sign-in"_s);
        // Every reachable control still has an accessible name in German.
        QVERIFY2(unnamedFocusableWidgets(&window).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(&window).join(u", "_s)));
        QVERIFY2(mnemonicClashes(&window).isEmpty(),
                 qPrintable(mnemonicClashes(&window).join(u"; "_s)));
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            QVERIFY2(menuMnemonicClashes(menu).isEmpty(),
                     qPrintable(menuMnemonicClashes(menu).join(u"; "_s)));
        }
    }

    void aboutDialogInGerman()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), u"Über Run:ai Access Console"_s);
        const auto labels = dialog.findChildren<QLabel *>();
        QStringList texts;
        for (QLabel *label : labels)
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"Version %1"_s.arg(QStringLiteral(RUNAI_VERSION_STRING))),
                 qPrintable(all));
        QVERIFY2(all.contains(u"MIT-Lizenz"_s), qPrintable(all));
        QVERIFY2(all.contains(u"QtKeychain 0."_s), qPrintable(all));
        QVERIFY2(all.contains(QString::fromLatin1(qVersion())), qPrintable(all));
    }

    void languageMenuStoresTheChoice()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        auto *integration = window.findChild<DesktopIntegration *>();
        QVERIFY(integration);
        LanguageMenu *menu = integration->languageMenu();
        QCOMPARE(menu->title(), u"&Sprache"_s);
        // Each language is named in its own language; "system default" is checked.
        QCOMPARE(menu->actionFor(u"de"_s)->text(), u"Deutsch"_s);
        QCOMPARE(menu->actionFor(u"en"_s)->text(), u"English"_s);
        QVERIFY(menu->actionFor(QString())->isChecked());

        QSignalSpy chosen(menu, &LanguageMenu::languageChosen);
        menu->actionFor(u"en"_s)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(i18n::languageSetting(), u"en"_s);
        // The window says (in the language it shows) when the choice applies.
        QVERIFY2(window.statusBar()->currentMessage().contains(u"English"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Programm"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        // The next start is English although the system is German.
        QCOMPARE(i18n::install(qApp), u"en"_s);
        // English plurals: "1 user", "3 users", never "user(s)".
        const auto english = [](const char *context, const char *text, int n) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        QCOMPARE(english("runai::UsersPage", "Exported %n user(s) to %1.", 1),
                 u"Exported 1 user to %1."_s);
        QCOMPARE(english("runai::UsersPage", "Exported %n user(s) to %1.", 3),
                 u"Exported 3 users to %1."_s);
        QCOMPARE(english("runai::UserImportDialog",
                         "%n row(s) could not be created. Retry them, or save the report.", 1),
                 u"1 row could not be created. Retry them, or save the report."_s);
        QCOMPARE(english("runai::AccessReviewPage", "%n identity(ies)", 1), u"1 identity"_s);
        QCOMPARE(english("runai::AccessReviewPage", "%n identity(ies)", 3), u"3 identities"_s);
        QCOMPARE(english("runai::ApiError", "The console is busy. Try again in %n second(s).", 0),
                 u"The console is busy. Try again in 0 seconds."_s);
        QCOMPARE(english("runai::UsersPage", "Users on this console (%1)", 2),
                 u"Users on this console (%1)"_s); // no (s): the text as written
        MainWindow englishWindow(&store);
        QCOMPARE(form<QMenu>(&englishWindow, "fileMenu")->title(), u"&File"_s);
        QCOMPARE(form<QPushButton>(englishWindow.signInPage(), "signInButton")->text(),
                 u"Sign &in"_s);
        QVERIFY2(mnemonicClashes(&englishWindow).isEmpty(),
                 qPrintable(mnemonicClashes(&englishWindow).join(u"; "_s)));
        for (QMenu *menu : englishWindow.menuBar()->findChildren<QMenu *>()) {
            QVERIFY2(menuMnemonicClashes(menu).isEmpty(),
                     qPrintable(menuMnemonicClashes(menu).join(u"; "_s)));
        }

        // Back to the system's language.
        auto *englishMenu = englishWindow.findChild<DesktopIntegration *>()->languageMenu();
        QVERIFY(englishMenu->actionFor(u"en"_s)->isChecked());
        englishMenu->actionFor(QString())->trigger();
        QCOMPARE(i18n::languageSetting(), QString());
        QCOMPARE(i18n::install(qApp), u"de"_s);

        // A stored language the program does not ship is ignored.
        QSettings().setValue(u"ui/language"_s, u"xx"_s);
        QCOMPARE(i18n::languageSetting(), QString());
        QCOMPARE(i18n::install(qApp), u"de"_s);
    }

    void pagesHaveUniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("English") << u"en"_s;
    }

    void pagesHaveUniqueMnemonics()
    {
        QFETCH(QString, language);
        i18n::setLanguageSetting(language);
        QCOMPARE(i18n::install(qApp), language);
        MemorySecretStore store;
        MainWindow window(&store);
        QVERIFY(showTestWindow(&window, QSize(1040, 720)));
        // The signed-in pages, as the user sees them (no session needed to check the labels).
        form<QStackedWidget>(&window, "pageStack")->setCurrentWidget(window.tabs());
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            if (language == u"de"_s)
                saveScreenshot(&window, u"de-%1-page"_s.arg(QString::number(i + 2)));
            QVERIFY2(mnemonicClashes(&window).isEmpty(),
                     qPrintable(window.tabs()->tabText(i) + u": "_s
                                + mnemonicClashes(&window).join(u"; "_s)));
        }
    }

private:
    // German screenshots to look at (long words must fit): ${RUNAI_BINARY_DIR}/screenshots/de-*.png
    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
    }
};

int main(int argc, char *argv[])
{
    // A German session: Qt reads these when it first needs the system locale.
    qputenv("LANGUAGE", "de_DE:de");
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    TestI18n test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n.moc"
