// SPDX-License-Identifier: MIT
// The benchmark driver: each mode measures one thing with the program's real classes against a
// running runai-sandbox, and prints one line "RESULT <mode> key=value ..." for run-benchmarks.sh.
//
//   runai-bench create URL COUNT PREFIX [IN_FLIGHT]   RunaiClient + BulkUserCreator, stall probe
//                                                     (IN_FLIGHT: the ceiling, default 32)
//   runai-bench qnam URL COUNT PREFIX [IN_FLIGHT]     the same POSTs through QNAM alone (the floor)
//   runai-bench raw URL COUNT PREFIX [IN_FLIGHT]      hand-written HTTP/1.1 on QTcpSockets ($TOKEN)
//   runai-bench list URL [EXPECTED]                   UserListLoader into UsersModel in a shown
//                                                     QTableView: time, peak RSS, stalls, scroll
//   runai-bench probe [MS]                            the stall probe alone (the machine's noise)
//   runai-bench review URL [EXPECTED]                 the Access review page (shown) reads every
//                                                     identity: time, stalls, own work
//
// The sandbox's administrator (a throwaway account of the local sandbox) is taken from
// RUNAI_BENCH_EMAIL / RUNAI_BENCH_PASSWORD, defaulting to the sandbox's defaults.
#include "BenchSupport.h"
#include "StallProbe.h"
#include "api/AuthNetworkAccessManager.h"
#include "api/BulkUserCreator.h"
#include "api/NetworkLog.h"
#include "api/RunaiClient.h"
#include "api/Session.h"
#include "api/UserListLoader.h"
#include "models/UsersModel.h"
#ifdef RUNAI_BENCH_HAS_GUI
#include "gui/review/AccessReviewPage.h"
#include "gui/widgets/CachedTextDelegate.h"
#include "models/AccessReviewModel.h"
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::bench;

namespace {

ConnectionSettings settingsFor(const QString &url)
{
    ConnectionSettings s;
    s.baseUrl = QUrl(url);
    s.proxyMode = ConnectionSettings::ProxyMode::None;
    return s;
}

// Signs the session in, then calls `then` (on the event loop).
void signIn(Session *session, std::function<void()> then)
{
    auto *job = RunaiClient(session).signIn(adminEmail(), adminPassword());
    QObject::connect(job, &ApiJob::finished, [then](ApiJob *j) {
        if (!j->succeeded()) {
            std::fprintf(stderr, "runai-bench: sign-in failed: %s\n",
                         qPrintable(j->error().logString()));
            QCoreApplication::exit(1);
            return;
        }
        then();
    });
    job->start();
}

// User + system CPU time of every thread of this process (the GUI thread and QNAM's HTTP
// thread alike), in microseconds: divided by the requests, the client's cost of one create.
double processCpuMicroseconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto us = [](const timeval &t) {
        return double(t.tv_sec) * 1e6 + double(t.tv_usec);
    };
    return us(u.ru_utime) + us(u.ru_stime);
}

int create(const QStringList &args)
{
    if (args.size() < 3)
        return fail("create URL COUNT PREFIX [IN_FLIGHT]");
    // The window records every exchange for Tools → Network log from its start: so does this.
    NetworkLog networkLog;
    NetworkLog::install(&networkLog);
    Session session(settingsFor(args.at(0)));
    const int count = args.at(1).toInt();
    const QString prefix = args.at(2);
    BulkUserCreator creator(&session);
    if (args.size() > 3)
        creator.setMaxInFlight(args.at(3).toInt());
    QList<BulkUserCreator::Request> requests;
    for (int i = 0; i < count; ++i)
        requests.append({u"%1-%2@example.com"_s.arg(prefix).arg(i), false, false});
    creator.setRequests(requests);
    bench::StallProbe probe;
    QElapsedTimer clock;
    double cpuAtStart = 0;
    QObject::connect(&creator, &BulkUserCreator::finished, [&] {
        const qint64 ns = clock.nsecsElapsed();
        const double cpuUs = processCpuMicroseconds() - cpuAtStart;
        probe.stop();
        // inflight: the ceiling; limit_end / limit_lowest: where the adaptive limit ended and
        // its lowest point (below 6 only after a 429 or 503).
        std::printf("RESULT create ms=%.1f created=%d existed=%d failed=%d inflight=%d "
                    "stall_p99=%.2f stall_max=%.2f cpu_us_per_request=%.1f limit_end=%d "
                    "limit_lowest=%d\n",
                    double(ns) / 1e6, creator.count(BulkUserCreator::Outcome::Created),
                    creator.count(BulkUserCreator::Outcome::AlreadyExists),
                    creator.count(BulkUserCreator::Outcome::Failed), creator.maxInFlight(),
                    probe.percentile(99), probe.max(), cpuUs / std::max(1, count),
                    creator.currentLimit(), creator.lowestLimit());
        QCoreApplication::exit(creator.count(BulkUserCreator::Outcome::Created) == count ? 0 : 1);
    });
    signIn(&session, [&] {
        probe.start();
        cpuAtStart = processCpuMicroseconds();
        clock.start();
        creator.start();
    });
    return QApplication::exec();
}

// The floor under `create` (issue 14): the same POSTs through the session's
// QNetworkAccessManager alone, IN_FLIGHT at a time, with nothing of ours per request but the
// bearer header (no ApiJob, no error mapping, no network log, no BulkUserCreator). What this
// costs per request is Qt's, and no change to our code can take `create` below it.
int qnamFloor(const QStringList &args)
{
    if (args.size() < 3)
        return fail("qnam URL COUNT PREFIX [IN_FLIGHT]");
    Session session(settingsFor(args.at(0)));
    const int count = args.at(1).toInt();
    const QString prefix = args.at(2);
    const int inFlight = args.size() > 3 ? args.at(3).toInt() : 6;
    QUrl url(args.at(0));
    url.setPath(u"/api/v1/users"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(AuthNetworkAccessManager::AuthAttribute, true);
    int sent = 0;
    int created = 0;
    int done = 0;
    QElapsedTimer clock;
    double cpuAtStart = 0;
    std::function<void()> sendNext = [&] {
        const QByteArray body = QByteArray(R"({"email":")")
                                + u"%1-%2@example.com"_s.arg(prefix).arg(sent++).toUtf8()
                                + R"(","notify":false,"resetPassword":false})";
        QNetworkReply *reply = session.networkAccessManager()->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            created += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
            reply->readAll();
            reply->deleteLater();
            if (++done == count) {
                const double cpuUs = processCpuMicroseconds() - cpuAtStart;
                std::printf("RESULT qnam ms=%.1f created=%d inflight=%d cpu_us_per_request=%.1f\n",
                            double(clock.nsecsElapsed()) / 1e6, created, inFlight,
                            cpuUs / std::max(1, count));
                QCoreApplication::exit(created == count ? 0 : 1);
            } else if (sent < count) {
                sendNext();
            }
        });
    };
    signIn(&session, [&] {
        cpuAtStart = processCpuMicroseconds();
        clock.start();
        for (int i = 0; i < inFlight && sent < count; ++i)
            sendNext();
    });
    return QApplication::exec();
}

// What a leaner HTTP path could reach (issue 14): the same POSTs written by hand on IN_FLIGHT
// keep-alive QTcpSockets in this thread, answers read just far enough to count them (status
// line, Content-Length). An experiment, not a client: no TLS, proxy, chunked answers, timeouts
// or lost-answer rules. The bearer token comes from $TOKEN, as run-benchmarks.sh exports it.
int rawSockets(const QStringList &args)
{
    if (args.size() < 3 || qEnvironmentVariableIsEmpty("TOKEN"))
        return fail("raw URL COUNT PREFIX [IN_FLIGHT], with $TOKEN set");
    const QUrl url(args.at(0));
    const int count = args.at(1).toInt();
    const QString prefix = args.at(2);
    const int connections = args.size() > 3 ? args.at(3).toInt() : 6;
    const QByteArray head = "POST /api/v1/users HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                            + "\r\nAuthorization: Bearer " + qgetenv("TOKEN")
                            + "\r\nAccept: application/json\r\nContent-Type: application/json\r\n"
                              "Content-Length: ";
    int sent = 0;
    int created = 0;
    int done = 0;
    QElapsedTimer clock;
    double cpuAtStart = 0;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(static_cast<size_t>(connections));
    const auto sendOn = [&](QTcpSocket *socket) {
        const QByteArray body = R"({"email":")"
                                + u"%1-%2@example.com"_s.arg(prefix).arg(sent++).toUtf8()
                                + R"(","notify":false,"resetPassword":false})";
        socket->write(head + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    for (int i = 0; i < connections; ++i) {
        auto *socket = sockets.emplace_back(std::make_unique<QTcpSocket>()).get();
        QByteArray &buffer = buffers[size_t(i)];
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            buffer += socket->readAll();
            for (;;) { // every whole answer in the buffer
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype at = buffer.indexOf("Content-Length: ");
                const qsizetype length = at >= 0 && at < end
                                                 ? buffer.mid(at + 16,
                                                              buffer.indexOf('\r', at) - at - 16)
                                                           .toLongLong()
                                                 : 0;
                if (buffer.size() < end + 4 + length)
                    return;
                created += buffer.startsWith("HTTP/1.1 201");
                buffer.remove(0, end + 4 + length);
                if (++done == count) {
                    const double cpuUs = processCpuMicroseconds() - cpuAtStart;
                    std::printf("RESULT raw ms=%.1f created=%d inflight=%d "
                                "cpu_us_per_request=%.1f\n",
                                double(clock.nsecsElapsed()) / 1e6, created, connections,
                                cpuUs / std::max(1, count));
                    QCoreApplication::exit(created == count ? 0 : 1);
                    return;
                }
                if (sent < count)
                    sendOn(socket);
            }
        });
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    QTimer::singleShot(200, [&] { // connected by then, on loopback
        cpuAtStart = processCpuMicroseconds();
        clock.start();
        for (auto &socket : sockets) {
            if (sent < count)
                sendOn(socket.get());
        }
    });
    return QApplication::exec();
}

int list(const QStringList &args)
{
    if (args.isEmpty())
        return fail("list URL [EXPECTED]");
    const qint64 expected = args.size() > 1 ? args.at(1).toLongLong() : -1;
    Session session(settingsFor(args.at(0)));
    UsersModel model;
    QTableView view;
    // As the Users page shows it (ui/userspage.ui, UsersPage.cpp): a proxy in front of the model,
    // rows selected whole, alternating colours, no row numbers, its column widths. The order by
    // email comes from RUNAI_BENCH_LIST_ORDER: "server" (default; sortBy=username, the proxy
    // passes rows through, as the page does once the server sorts), "proxy" (the fallback for a
    // console that refuses sortBy: the page's UsersModel::sortRows() places every arriving page;
    // the name stays for the results' history), "qtproxy" (what that fallback was until issue 14:
    // the QSortFilterProxyModel sorts each arriving page into place) or "creation" (no order
    // asked).
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(UsersModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    view.setModel(&proxy);
    const QString order = qEnvironmentVariableIsSet("RUNAI_BENCH_LIST_ORDER")
                                  ? qEnvironmentVariable("RUNAI_BENCH_LIST_ORDER")
                                  : u"server"_s;
    UserQuery query;
    if (order == "proxy"_L1) {
        model.sortRows(UsersModel::EmailColumn, Qt::AscendingOrder);
    } else if (order == "qtproxy"_L1) {
        proxy.sort(UsersModel::EmailColumn, Qt::AscendingOrder);
    } else if (order == "server"_L1) {
        query.sortBy = u"username"_s;
        query.sortOrder = u"asc"_s;
    } else if (order != "creation"_L1) {
        return fail("RUNAI_BENCH_LIST_ORDER: server | proxy | qtproxy | creation");
    }
#ifdef RUNAI_BENCH_HAS_GUI
    // The page's delegate (RUNAI_BENCH_PLAIN_DELEGATE=1: Qt's own, for comparison).
    if (!qEnvironmentVariableIsSet("RUNAI_BENCH_PLAIN_DELEGATE"))
        view.setItemDelegate(new CachedTextDelegate(&view));
#endif
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setAlternatingRowColors(true);
    view.setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.setWordWrap(false);
    view.verticalHeader()->setVisible(false);
    view.horizontalHeader()->setStretchLastSection(true);
    view.setColumnWidth(UsersModel::EmailColumn, 230);
    view.setColumnWidth(UsersModel::IdColumn, 150);
    view.setColumnWidth(UsersModel::TypeColumn, 70);
    view.setColumnWidth(UsersModel::CreatedColumn, 130);
    view.setColumnWidth(UsersModel::CreatedByColumn, 140);
    // Fixed row heights and column widths, so 100,000 rows cost nothing to lay out
    // (ResizeToContents would measure every row).
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.resize(1100, 700);
    view.show();
    const double rssBefore = procStatusMiB("VmRSS");

    UserListLoader loader(&session);
    loader.setQuery(query);
    QObject::connect(&loader, &UserListLoader::pageLoaded, &model, &UsersModel::appendUsers);
    bench::StallProbe probe;
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    QObject::connect(&loader, &UserListLoader::pageLoaded, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = clock.elapsed();
    });
    QObject::connect(&loader, &UserListLoader::finished, [&](const ApiError &error) {
        const qint64 ns = clock.nsecsElapsed();
        probe.stop();
        if (error.isError()) {
            std::fprintf(stderr, "runai-bench: list failed: %s\n", qPrintable(error.logString()));
            QCoreApplication::exit(1);
            return;
        }
        // Scrolling: jump through the whole table in 200 steps, painting each time.
        QElapsedTimer paint;
        double worstPaintMs = 0;
        QScrollBar *bar = view.verticalScrollBar();
        // (RUNAI_BENCH_NO_SCROLL=1 leaves it out, to profile the load alone.)
        const int steps = qEnvironmentVariableIsSet("RUNAI_BENCH_NO_SCROLL") ? -1 : 200;
        for (int step = 0; step <= steps; ++step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 200));
            paint.start();
            view.viewport()->repaint();
            worstPaintMs = std::max(worstPaintMs, double(paint.nsecsElapsed()) / 1e6);
        }
        std::printf("RESULT list order=%s rows=%d ms=%.1f first_rows_ms=%lld rss_before_mib=%.1f "
                    "peak_rss_mib=%.1f rss_after_mib=%.1f stall_p99=%.2f stall_max=%.2f "
                    "scroll_paint_max_ms=%.2f stall_samples=%lld stall_p50=%.2f work_p99=%.2f "
                    "work_max=%.2f\n",
                    qPrintable(order), model.rowCount(), double(ns) / 1e6, firstRowsMs, rssBefore,
                    procStatusMiB("VmHWM"), procStatusMiB("VmRSS"), probe.percentile(99),
                    probe.max(), worstPaintMs, qint64(probe.samples()), probe.percentile(50),
                    probe.workPercentile(99), probe.workMax());
        QCoreApplication::exit(expected < 0 || model.rowCount() == expected ? 0 : 1);
    });
    signIn(&session, [&] {
        probe.start();
        clock.start();
        loader.start();
    });
    return QApplication::exec();
}

// The machine's own noise: the same probe with nothing else to do. On a loaded machine the
// GUI thread waits for a CPU now and then, whatever the program does.
int probeOnly(const QStringList &args)
{
    const int ms = args.isEmpty() ? 2000 : args.at(0).toInt();
    bench::StallProbe probe;
    probe.start();
    QTimer::singleShot(ms, [&] {
        probe.stop();
        std::printf("RESULT probe ms=%d stall_p99=%.2f stall_max=%.2f stall_samples=%lld "
                    "stall_p50=%.2f work_p99=%.2f work_max=%.2f\n",
                    ms, probe.percentile(99), probe.max(), qint64(probe.samples()),
                    probe.percentile(50), probe.workPercentile(99), probe.workMax());
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}

#ifdef RUNAI_BENCH_HAS_GUI
// Issue 15: the Access review page as the window shows it (no keychain: nothing held) reads
// every identity of the console while the stall probe runs; done when the page stops loading.
int review(const QStringList &args)
{
    if (args.isEmpty())
        return fail("review URL [EXPECTED]");
    const qint64 expected = args.size() > 1 ? args.at(1).toLongLong() : -1;
    Session session(settingsFor(args.at(0)));
    AccessReviewPage page(nullptr);
    page.resize(1100, 700);
    page.show();
    bench::StallProbe probe;
    QElapsedTimer clock;
    QTimer done; // the page has no "loaded" signal; a cheap look every 20 ms
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (page.isLoading())
            return;
        const qint64 ns = clock.nsecsElapsed();
        probe.stop();
        done.stop();
        const int rows = page.model()->rowCount();
        std::printf("RESULT review rows=%d ms=%.1f peak_rss_mib=%.1f stall_p99=%.2f "
                    "stall_max=%.2f stall_samples=%lld stall_p50=%.2f work_p99=%.2f "
                    "work_max=%.2f\n",
                    rows, double(ns) / 1e6, procStatusMiB("VmHWM"), probe.percentile(99),
                    probe.max(), qint64(probe.samples()), probe.percentile(50),
                    probe.workPercentile(99), probe.workMax());
        QCoreApplication::exit(
                page.model()->isComplete() && (expected < 0 || rows >= expected) ? 0 : 1);
    });
    signIn(&session, [&] {
        probe.start();
        clock.start();
        page.setSession(&session); // shown: starts loading
        done.start();
    });
    return QApplication::exec();
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"runai-access-console-bench"_s);
    QApplication::setApplicationName(u"runai-bench"_s);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == "create"_L1)
        return create(args);
    if (mode == "list"_L1)
        return list(args);
    if (mode == "qnam"_L1)
        return qnamFloor(args);
    if (mode == "raw"_L1)
        return rawSockets(args);
    if (mode == "probe"_L1)
        return probeOnly(args);
#ifdef RUNAI_BENCH_HAS_GUI
    if (mode == "review"_L1)
        return review(args);
#endif
    return fail("mode: create | qnam | raw | list | probe");
}
