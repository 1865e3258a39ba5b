// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/User.h"
#include "core/UserQuery.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace runai {

class ApiJob;
class Session;

// Loads the console's users page by page (limit 500, the server's maximum) and hands each page
// over (one pageLoaded per page, in order) once it and every page before it have arrived, so a
// table fills while the rest loads. The first page goes out at once, later ones in bursts at most
// every 100 ms, so a view repaints ten times a second rather than for every page. The total comes
// from /api/v1/users/count (2.20+) for progress; with it known, a few pages are requested at once
// (default 3) to keep the connection busy while pages are parsed. Pages are parsed on a QThreadPool
// thread (in any order); the GUI thread only gets ready UserLists, still in page order. Repeated
// strings (createdBy, group names) are shared. search / filterBy / sortBy of the query are passed
// to the server; offset/limit are ours. cancel() abandons the requests in flight and drops pages
// still being parsed; the pages already delivered stay delivered. After a long list the heap is
// trimmed (glibc malloc_trim on a pool thread), so the freed parse buffers do not stay in the idle
// RSS.
// A console that never sends a short page (hostile, or a list growing faster than it is read)
// cannot make it load for ever: paging stops one page past the total /users/count announced, or,
// without a count, at a ceiling (setMaxUsers, default DefaultMaxUsers). The load then finishes
// without an error, with what arrived and limitMessage() saying why the list stops there.
class UserListLoader : public QObject
{
    Q_OBJECT
public:
    explicit UserListLoader(Session *session, QObject *parent = nullptr);
    ~UserListLoader() override;

    void setQuery(const UserQuery &query) { m_query = query; }
    void setPageSize(int n) { m_pageSize = std::clamp(n, 1, 500); }
    void setPagesInFlight(int n) { m_window = std::clamp(n, 1, 8); }
    static constexpr qint64 DefaultMaxUsers = 1'000'000;
    void setMaxUsers(qint64 n) { m_maxUsers = std::max<qint64>(n, 1); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 expectedTotal() const { return m_total; } // -1 when the server cannot count
    qint64 loadedCount() const { return m_loaded; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // True when the console has no paged list (2.18/2.19, no /users/count): the whole list came
    // in one answer and the query's search and order were not sent (the caller filters and sorts).
    bool isUnpaged() const { return m_unpaged; }
    // Set when paging stopped at the limit above (the list may be longer); empty otherwise.
    QString limitMessage() const { return m_limitMessage; }

Q_SIGNALS:
    void pageLoaded(const runai::UserList &users);
    void progress(qint64 loaded, qint64 total); // total -1 when unknown
    // Exactly once per start(): error None when everything arrived, Cancelled after cancel().
    void finished(const runai::ApiError &error);

private:
    void countFinished(ApiJob *job);
    void issuePages();
    void pageFinished(int page, ApiJob *job);
    void deliver();
    void finish(const ApiError &error);
    void abortAll();
    qint64 usersLimit() const;

    QPointer<Session> m_session;
    UserQuery m_query;
    int m_pageSize = 500;
    int m_window = 3;
    qint64 m_maxUsers = DefaultMaxUsers;
    QString m_limitMessage;
    bool m_running = false;
    bool m_unpaged = false;
    qint64 m_total = -1;
    qint64 m_loaded = 0;
    int m_nextIssue = 0; // next page index to request
    int m_nextDeliver = 0; // next page index to hand over
    int m_endPage = -1; // index of the first short page, once seen
    QMap<int, UserList> m_arrived; // pages that came before an earlier one
    QMap<int, QPointer<ApiJob>> m_jobs;
    QPointer<ApiJob> m_countJob;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastRelease; // when pages were last handed over
    QTimer m_releaseTimer; // hands over the pages that came in too soon after that
};

} // namespace runai
