// SPDX-License-Identifier: MIT
// The window benchmarks: the real MainWindow, as runai-access builds it.
//
//   runai-bench-window startup      MainWindow with the keychain store; quits at its first paint
//   runai-bench-window idle URL     signs in through the sign-in page; prints RSS when idle
#include "BenchSupport.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInPage.h"
#include "ui_signinpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::bench;

namespace {

class QuitOnFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return false;
    }
    bool m_seen = false;
};

int startup()
{
    // As main.cpp: the real window with the real keychain store, until it has painted.
    KeychainSecretStore store;
    MainWindow window(&store);
    QuitOnFirstPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}

int idle(const QStringList &args)
{
    if (args.isEmpty())
        return fail("idle URL");
    KeychainSecretStore store;
    MainWindow window(&store);
    window.show();
    SignInPage *page = window.signInPage();
    page->setConsoleUrl(args.at(0));
    page->setEmail(adminEmail());
    page->ui()->passwordEdit->setText(adminPassword());
    QObject::connect(page, &SignInPage::signedIn, [&] {
        // Idle: the pages have loaded what they load after sign-in; let them settle.
        QTimer::singleShot(3000, [&] {
            std::printf("RESULT idle rss_mib=%.1f peak_rss_mib=%.1f signed_in=%d\n",
                        procStatusMiB("VmRSS"), procStatusMiB("VmHWM"),
                        window.session() && window.session()->isSignedIn() ? 1 : 0);
            QCoreApplication::exit(0);
        });
    });
    QTimer::singleShot(20000, [] {
        std::fprintf(stderr, "runai-bench: sign-in did not finish in 20 s\n");
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, page, &SignInPage::signIn);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"runai-access-console-bench"_s);
    QApplication::setApplicationName(u"runai-bench-window"_s);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == "startup"_L1)
        return startup();
    if (mode == "idle"_L1)
        return idle(args);
    return fail("mode: startup | idle");
}
