// SPDX-License-Identifier: MIT
// The window benchmarks: the real MainWindow, as runai-access builds it.
//
//   runai-bench-window startup      MainWindow with the keychain store; quits at its first paint
//   runai-bench-window idle URL     signs in through the sign-in page; prints RSS when idle
#include "../support/FormLookup.h"
#include "BenchSupport.h"
#include "api/Session.h"
#include "gui/ApplicationSetup.h"
#include "gui/MainWindow.h"
#include "gui/applications/ApplicationsPage.h"
#include "gui/session/SignInPage.h"
#include "gui/users/UsersPage.h"
#include "models/UsersModel.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <ctime>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;
using namespace runai::bench;

namespace {

class QuitOnFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            mark("first paint event");
            // Posted behind the paint: runs once the window has been painted (and flushed).
            QTimer::singleShot(0, qApp, [] {
                mark("painted");
                std::printf("RESULT startup painted_ms=%.1f cpu_ms=%.1f\n", msSinceLaunch(),
                            cpuMsSoFar());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
    bool m_seen = false;
};

int startup(QApplication &app)
{
    // As main.cpp: the application set up, the real window with the real keychain store, until
    // it has painted.
    setUpApplication(app);
    mark("application set up");
    KeychainSecretStore store;
    mark("keychain store");
    MainWindow window(&store);
    mark("MainWindow constructed");
    QuitOnFirstPaint quit;
    window.installEventFilter(&quit);
    window.show();
    mark("show() returned");
    const int code = QApplication::exec();
    mark("event loop left");
    return code;
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
    form<QLineEdit>(page, "passwordEdit")->setText(adminPassword());
    QObject::connect(page, &SignInPage::signedIn, [&] {
        // Idle: both pages have loaded what they load after sign-in (all the users, page by
        // page), then a settling second (the loader trims the heap on a pool thread).
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, [&, poll] {
            if (window.usersPage()->isLoading() || window.applicationsPage()->isLoading())
                return;
            poll->stop();
            QTimer::singleShot(1000, [&] {
                // heap_mib: what malloc holds for live objects (glibc), the rest of the RSS is
                // code, fonts, pixmaps and heap it has not given back.
                double heapMiB = -1;
#ifdef __GLIBC__
                const struct mallinfo2 info = mallinfo2();
                heapMiB = double(info.uordblks + info.hblkhd) / 1048576.0;
#endif
                std::printf("RESULT idle rss_mib=%.1f peak_rss_mib=%.1f signed_in=%d users=%d "
                            "heap_mib=%.1f\n",
                            procStatusMiB("VmRSS"), procStatusMiB("VmHWM"),
                            window.session() && window.session()->isSignedIn() ? 1 : 0,
                            window.usersPage()->model()->rowCount(), heapMiB);
                QCoreApplication::exit(0);
            });
        });
        poll->start(100);
    });
    QTimer::singleShot(60000, [] {
        std::fprintf(stderr, "runai-bench: sign-in and loading did not finish in 60 s\n");
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, page, &SignInPage::signIn);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    mark("main()");
    QApplication app(argc, argv);
    mark("QApplication");
    QApplication::setOrganizationName(u"runai-access-console-bench"_s);
    QApplication::setApplicationName(u"runai-bench-window"_s);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == "startup"_L1) {
        const int code = startup(app);
        mark("window destroyed");
        return code;
    }
    if (mode == "idle"_L1)
        return idle(args);
    return fail("mode: startup | idle");
}
