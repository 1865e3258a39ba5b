// SPDX-License-Identifier: MIT
// Look and feel (issue 8): the window in a dark palette stays legible (banner text and error hints
// have WCAG AA contrast; screenshots under ${RUNAI_BINARY_DIR}/screenshots/dark-*.png to look at),
// the window's geometry and column widths come back after a restart, the About dialog names the
// versions, the icons render sharp at any size, and the menus list shortcuts for the common
// actions.

#include "GuiTestSupport.h"

#include "gui/AboutDialog.h"
#include "gui/DesktopIntegration.h"
#include "gui/WindowStateKeeper.h"
#include "gui/users/UsersPage.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "models/ApplicationsModel.h"
#include "sandbox/LocalSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio, 1..21; body text needs 4.5.
qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mostCommonColour(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor::fromRgb(best);
}

// A dark theme as a desktop would hand it to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        m_outDir = QStringLiteral(RUNAI_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(m_outDir));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_lightPalette = QApplication::palette();
    }

    void cleanup()
    {
        QApplication::setPalette(m_lightPalette);
        QSettings().clear();
    }

    void darkThemeIsLegible()
    {
        QApplication::setPalette(darkPalette());
        MemorySecretStore store;
        MainWindow window(&store);
        QVERIFY(showTestWindow(&window, QSize(1040, 720)));
        QVERIFY(theme::isDark(window.palette()));

        // Sign-in page with an error banner and a red hint.
        SignInPage *signIn = window.signInPage();
        signIn->showMessage(u"The console did not answer. Check the address and your network."_s);
        typeInto(form<QLineEdit>(signIn, "consoleUrlEdit"), u"ftp://console"_s);
        checkBanner(signIn->findChild<MessageBanner *>(), u"sign-in banner"_s);
        QLabel *hint = form<QLabel>(signIn, "consoleUrlHint");
        QTRY_VERIFY_WITH_TIMEOUT(!hint->styleSheet().isEmpty(), kWaitMs);
        hint->ensurePolished();
        const qreal hintContrast = contrast(hint->palette().color(QPalette::WindowText),
                                            window.palette().color(QPalette::Window));
        QVERIFY2(hintContrast >= 4.5, qPrintable(u"hint contrast %1"_s.arg(hintContrast)));
        save(&window, u"dark-01-sign-in"_s);

        // The signed-in pages with data and a success banner.
        click(form<QPushButton>(signIn, "sandboxButton"));
        QVERIFY(window.sandbox()->isRunning());
        click(form<QPushButton>(signIn, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session(), kWaitMs);
        ApplicationsPage *apps = window.applicationsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!apps->isLoading(), kWaitMs);
        apps->banner()->showSuccess(u"Registered “dark-mode-check”."_s);
        checkBanner(apps->banner(), u"applications banner"_s);
        apps->banner()->showWarning(u"The keychain is locked."_s);
        checkBanner(apps->banner(), u"warning banner"_s);
        save(&window, u"dark-02-applications"_s);

        window.tabs()->setCurrentWidget(window.usersPage());
        QTRY_VERIFY_WITH_TIMEOUT(!window.usersPage()->isLoading(), kWaitMs);
        save(&window, u"dark-03-users"_s);

        AboutDialog about(&window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        save(&about, u"dark-04-about"_s);
    }

    void bannerFollowsAThemeSwitch()
    {
        MessageBanner banner;
        banner.showError(u"Something failed."_s);
        banner.resize(400, 60);
        checkBanner(&banner, u"light"_s);
        QApplication::setPalette(darkPalette());
        checkBanner(&banner, u"after switching to dark"_s);
    }

    void geometryAndColumnWidthsAreRestored()
    {
        MemorySecretStore store;
        int width = 0;
        {
            MainWindow window(&store);
            QVERIFY(showTestWindow(&window, QSize(900, 640)));
            QHeaderView *header
                    = form<QTableView>(window.applicationsPage(), "tableView")->horizontalHeader();
            QVERIFY(header->count() > 1);
            header->resizeSection(0, 271);
            width = header->sectionSize(0);
            window.close(); // saves
        }
        MainWindow again(&store);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
        QCOMPARE(form<QTableView>(again.applicationsPage(), "tableView")
                         ->horizontalHeader()
                         ->sectionSize(0),
                 width);
        // Never smaller than its content needs.
        QVERIFY(again.minimumSize().width() >= 600);
        QVERIFY(again.minimumSize().height() >= 400);
    }

    void aboutNamesVersionsAndLicense()
    {
        AboutDialog dialog;
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral(RUNAI_VERSION_STRING)), qPrintable(all));
        QVERIFY2(all.contains(u"MIT License"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(all));
        // The QtKeychain the build found (0.13.2 on Debian 12), not its header's stale macro.
        QVERIFY2(AboutDialog::componentVersions().contains(u"QtKeychain 0.1"_s)
                         && !AboutDialog::componentVersions().contains(u"QtKeychain 0.1.0"_s)
                         && !AboutDialog::componentVersions().contains(u"unknown"_s),
                 qPrintable(AboutDialog::componentVersions()));
        QVERIFY2(unnamedFocusableWidgets(&dialog).isEmpty(),
                 qPrintable(unnamedFocusableWidgets(&dialog).join(u", "_s)));
        QVERIFY(!dialog.findChild<QLabel *>(u"aboutIcon"_s)->pixmap().isNull());
    }

    void iconsAreSharpAtAnySize()
    {
        if (!icons::available())
            QSKIP("Qt's SVG icon engine (libqt6svg6) is not installed");
        // An SVG renders at the exact size asked for, also at HiDPI ratios: no scaled bitmap.
        for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
            const QPixmap pixmap = icons::appIcon().pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.size(), QSize(size * 2, size * 2));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        }
        const QPixmap action = icons::icon(u"copy"_s).pixmap(QSize(24, 24), 3.0);
        QCOMPARE(action.size(), QSize(72, 72));
        // Edges are anti-aliased at 256 px: partially transparent pixels exist (a blown-up 16 px
        // bitmap would show hard steps instead).
        const QImage big = icons::appIcon().pixmap(256, 256).toImage();
        int partial = 0;
        for (int y = 0; y < big.height(); ++y) {
            for (int x = 0; x < big.width(); ++x) {
                const int alpha = qAlpha(big.pixel(x, y));
                partial += alpha > 0 && alpha < 255;
            }
        }
        QVERIFY2(partial > 0 && partial < big.width() * 12, qPrintable(QString::number(partial)));
    }

    void actionIconsFollowTheTheme()
    {
        if (!icons::available())
            QSKIP("Qt's SVG icon engine (libqt6svg6) is not installed");
        // The grey action icons turn light on a dark palette (and back), the coloured status
        // icons keep their colour.
        const auto inkLightness = [](const QIcon &icon) {
            const QImage image = icon.pixmap(QSize(32, 32), 1.0).toImage();
            qreal sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 200) {
                        sum += c.lightnessF();
                        ++count;
                    }
                }
            }
            return count ? sum / count : -1.0;
        };
        const QIcon copy = icons::icon(u"copy"_s);
        const qreal light = inkLightness(copy);
        QVERIFY2(light >= 0 && light < 0.5, qPrintable(QString::number(light)));
        QApplication::setPalette(darkPalette());
        const qreal dark = inkLightness(copy);
        QVERIFY2(dark > 0.7, qPrintable(QString::number(dark)));
        const QColor errorInk = icons::icon(u"error"_s).pixmap(32, 32).toImage().pixelColor(16, 4);
        QVERIFY2(errorInk.red() > errorInk.green() + 60, qPrintable(errorInk.name()));
        QApplication::setPalette(m_lightPalette);
        QCOMPARE(inkLightness(copy), light);
    }

    void menusListShortcutsForCommonActions()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        auto *integration = window.findChild<DesktopIntegration *>();
        QVERIFY(integration);
        const struct
        {
            QAction *action;
            QKeySequence keys;
        } expected[] = {
                {form<QAction>(&window, "actionQuit"), QKeySequence(QKeySequence::Quit)},
                {form<QAction>(&window, "actionRefresh"), QKeySequence(QKeySequence::Refresh)},
                {integration->newApplicationAction(), QKeySequence(QKeySequence::New)},
                {integration->findUserAction(), QKeySequence(QKeySequence::Find)},
                {integration->getTokenAction(), QKeySequence(Qt::CTRL | Qt::Key_T)},
                {integration->newUserAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                {form<QAction>(&window, "actionSignOut"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)},
        };
        QSet<QKeySequence> seen;
        for (const auto &e : expected) {
            QCOMPARE(e.action->shortcut(), e.keys);
            // Listed in a menu, so users can discover them.
            QVERIFY2(!e.action->associatedObjects().isEmpty(), qPrintable(e.action->text()));
            QVERIFY2(!seen.contains(e.keys), qPrintable(e.keys.toString()));
            seen.insert(e.keys);
        }
        // Signed out, the session actions are off; the shortcuts cannot fire into nothing.
        QVERIFY(!integration->newApplicationAction()->isEnabled());
        QVERIFY(!integration->getTokenAction()->isEnabled());
    }

private:
    void checkBanner(MessageBanner *banner, const QString &what)
    {
        QVERIFY2(banner && banner->isVisibleTo(banner->window()), qPrintable(what));
        QCoreApplication::sendPostedEvents();
        auto *text = banner->findChild<QLabel *>(u"messageText"_s);
        text->ensurePolished();
        const QImage image = banner->grab().toImage();
        const QColor background = mostCommonColour(image);
        const QColor foreground = text->palette().color(QPalette::WindowText);
        // The banner stands out from the window: its kind's colour is blended into the fill.
        QVERIFY2(background != QApplication::palette().color(QPalette::Window),
                 qPrintable(u"%1: banner fill %2 is the window's colour"_s.arg(what,
                                                                               background.name())));
        const qreal ratio = contrast(foreground, background);
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1: text %2 on %3, contrast %4"_s
                                                  .arg(what, foreground.name(), background.name())
                                                  .arg(ratio)));
    }

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::sendPostedEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(m_outDir + u'/' + name + u".png"_s));
        // RUNAI_UPDATE_SCREENSHOTS=1 also refreshes the README's copies, as tst_screenshots does.
        if (qEnvironmentVariableIntValue("RUNAI_UPDATE_SCREENSHOTS") == 1) {
            QVERIFY(image.save(QStringLiteral(RUNAI_TEST_DATA_DIR)
                               + u"/../../resources/screenshots/"_s + name + u".png"_s));
        }
    }

    QString m_outDir;
    QPalette m_lightPalette;
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
