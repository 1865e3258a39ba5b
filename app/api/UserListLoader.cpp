// SPDX-License-Identifier: MIT
#include "api/UserListLoader.h"

#include "api/ConsoleCapabilities.h"
#include "api/RunaiClient.h"
#include "api/UserNameSupport.h"
#include "core/ApiJson.h"
#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace runai {

using Feature = ConsoleCapabilities::Feature;

namespace {

// Ready pages are handed over at most this often (see deliver()).
constexpr qint64 releaseIntervalMs = 100;

// A list this long leaves megabytes of freed parse buffers in the heap; worth giving back.
constexpr qint64 trimAfterUsers = 10000;

struct ParsedPage
{
    UserList users;
    ApiError error;
};

// Repeated values (createdBy is "system" or one of a few admins on every row; group names
// repeat too) share one string instead of one allocation per row: ~5 MB less for 100,000 users.
void shareRepeatedStrings(UserList &users)
{
    QHash<QString, QString> seen;
    const auto shared = [&seen](QString &s) {
        if (s.isEmpty())
            return;
        const auto it = seen.constFind(s);
        if (it != seen.constEnd())
            s = *it;
        else
            seen.insert(s, s);
    };
    for (User &user : users) {
        shared(user.createdBy);
        // First and last names repeat too (3.0 consoles; null elsewhere, skipped).
        shared(user.firstName);
        shared(user.lastName);
        for (QString &group : user.groups)
            shared(group);
    }
}

// Runs on a pool thread: values in, values out, nothing shared. The checks and the error text
// are RunaiClient's for any JSON answer.
ParsedPage parsePage(const QByteArray &body, const QByteArray &contentType, int httpStatus)
{
    ParsedPage out;
    const auto doc = ApiJson::document(body);
    if (!doc.ok()) {
        const QByteArray mime = contentType.split(';').first().trimmed();
        out.error = ApiError(
                ApiError::Kind::BadResponse,
                u"HTTP %1 %2 answer is not JSON: %3"_s.arg(httpStatus)
                        .arg(mime.isEmpty() ? u"(no content type)"_s : QString::fromLatin1(mime),
                             doc.error()));
        out.error.setHttpStatus(httpStatus);
        return out;
    }
    auto list = ApiJson::userList(doc.value());
    if (!list.ok()) {
        out.error = ApiError(ApiError::Kind::BadResponse, list.error());
        out.error.setHttpStatus(httpStatus);
        return out;
    }
    out.users = std::move(list.value());
    shareRepeatedStrings(out.users);
    return out;
}

// GET /api/v1/users like RunaiClient::listUsers, except that the page is parsed on a pool
// thread: a 500-user page costs several milliseconds to parse, which the GUI thread (and its
// repaints) should not wait for. The job stays running until the parsed page is back, so
// deleting it (cancel) also drops the parse's answer (the watcher is the job's child).
UserListJob *pageJob(Session *session, const UserQuery &query)
{
    ApiJob::Request req;
    req.verb = "GET";
    req.path = u"/api/v1/users"_s;
    req.query = query.toUrlQuery();
    const QString op = QCoreApplication::translate("runai::RunaiClient", "list users");
    return new UserListJob(session, op, [req](ApiJob *base) {
        auto *job = static_cast<UserListJob *>(base);
        job->send(req, [job](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            auto promise = std::make_shared<QPromise<ParsedPage>>();
            auto *watcher = new QFutureWatcher<ParsedPage>(job);
            QObject::connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
                ParsedPage page = watcher->future().takeResult();
                watcher->deleteLater();
                if (page.error.isError())
                    return job->fail(page.error);
                job->setResult(std::move(page.users));
                job->succeed();
            });
            watcher->setFuture(promise->future());
            QThreadPool::globalInstance()->start(
                    [promise, body = r.body, type = r.contentType, status = r.httpStatus] {
                        promise->start();
                        promise->addResult(parsePage(body, type, status));
                        promise->finish();
                    });
        });
    });
}

} // namespace

UserListLoader::UserListLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &UserListLoader::deliver);
}

UserListLoader::~UserListLoader()
{
    abortAll();
}

void UserListLoader::abortAll()
{
    const auto deleteSilently = [this](const QPointer<ApiJob> &job) {
        if (job) {
            job->disconnect(this);
            delete job.data(); // a running job aborts silently when deleted
        }
    };
    deleteSilently(m_countJob);
    for (const auto &job : std::as_const(m_jobs))
        deleteSilently(job);
    m_jobs.clear();
}

void UserListLoader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total = -1;
    m_loaded = 0;
    m_nextIssue = 0;
    m_nextDeliver = 0;
    m_endPage = -1;
    m_limitMessage.clear();
    m_arrived.clear();
    m_clock.start();
    if (!m_session) {
        QTimer::singleShot(0, this, [this] { finish(ApiError(ApiError::Kind::Cancelled)); });
        return;
    }
    const auto usersCount = m_session->capabilities().presence(Feature::UsersCount);
    m_unpaged = usersCount == ConsoleCapabilities::Presence::Absent;
    if (m_unpaged) {
        // 2.18/2.19: one request, no parameter the console does not know.
        issuePages();
        return;
    }
    UserQuery countQuery;
    countQuery.filterBy = m_query.filterBy;
    countQuery.search = m_query.search;
    auto *job = RunaiClient(m_session).countUsers(countQuery);
    m_countJob = job;
    connect(job, &ApiJob::finished, this, &UserListLoader::countFinished);
    job->start();
    // The first page does not wait for the count, unless the count is what tells whether the
    // console pages at all (a console never seen before).
    if (usersCount == ConsoleCapabilities::Presence::Present)
        issuePages();
}

void UserListLoader::cancel()
{
    if (!m_running)
        return;
    abortAll();
    finish(ApiError(ApiError::Kind::Cancelled));
}

void UserListLoader::countFinished(ApiJob *job)
{
    m_countJob = nullptr;
    if (job->succeeded()) {
        m_total = static_cast<CountJob *>(job)->result();
        if (m_session)
            m_session->learn(Feature::UsersCount, true);
        Q_EMIT progress(m_loaded, m_total);
    } else if (job->error().kind() == ApiError::Kind::NotFound && m_nextIssue == 0) {
        // No /users/count: a 2.18/2.19 console, whose list knows neither offset/limit nor
        // search/sortBy. It would ignore them and send the whole list for every page.
        m_unpaged = true;
        if (m_session)
            m_session->learn(Feature::UsersCount, false);
    }
    // Without a count (an error) the pages are read one after the other.
    issuePages();
}

qint64 UserListLoader::usersLimit() const
{
    // One page past the announced total: a list that grew a little while it was read still
    // comes whole; one that keeps growing (or a console that always answers a full page) stops.
    return m_total >= 0 ? std::min(m_total + m_pageSize, m_maxUsers) : m_maxUsers;
}

void UserListLoader::issuePages()
{
    if (!m_running || !m_session)
        return;
    while (m_endPage < 0 && m_jobs.size() < m_window) {
        const int p = m_nextIssue;
        if (!m_unpaged && qint64(p) * m_pageSize >= usersLimit())
            break; // deliver() ends the load once the pages before it are handed over
        // Beyond the counted total only one page at a time: the list may have grown.
        const bool withinTotal = m_total >= 0 && qint64(p) * m_pageSize <= m_total;
        if (!withinTotal && p != m_nextDeliver)
            break;
        UserQuery q = m_query;
        if (m_unpaged) {
            q = UserQuery(); // the legacy `filter` is all such a console knows; we send nothing
        } else {
            q.offset = p * m_pageSize;
            q.limit = m_pageSize;
        }
        auto *job = pageJob(m_session, q);
        m_jobs.insert(p, job);
        connect(job, &ApiJob::finished, this, [this, p](ApiJob *j) { pageFinished(p, j); });
        job->start();
        ++m_nextIssue;
    }
}

void UserListLoader::pageFinished(int page, ApiJob *job)
{
    m_jobs.remove(page);
    if (!m_running)
        return;
    if (!job->succeeded()) {
        abortAll();
        finish(job->error());
        return;
    }
    UserList users = static_cast<UserListJob *>(job)->result();
    if (m_unpaged || users.size() < m_pageSize || users.size() > m_pageSize) {
        // A short page ends the list. More than asked for: the server ignores paging (2.18)
        // and sent everything at once.
        if (m_endPage < 0 || page < m_endPage)
            m_endPage = page;
    }
    m_arrived.insert(page, std::move(users));
    deliver();
}

void UserListLoader::deliver()
{
    // Pages go out in bursts at most every releaseIntervalMs (the first one at once): a view
    // repaints once per burst, not once per page, and a repaint of a full table costs far more
    // than appending 500 rows. Each page is still its own pageLoaded().
    if (m_running && m_arrived.contains(m_nextDeliver) && m_nextDeliver > 0) {
        const qint64 wait = releaseIntervalMs - m_lastRelease.elapsed();
        if (wait > 0) {
            if (!m_releaseTimer.isActive())
                m_releaseTimer.start(int(wait));
            issuePages();
            return;
        }
    }
    m_releaseTimer.stop();
    m_lastRelease.start();
    while (m_running && m_arrived.contains(m_nextDeliver)) {
        const UserList users = m_arrived.take(m_nextDeliver);
        const bool last = m_nextDeliver == m_endPage;
        ++m_nextDeliver;
        m_loaded += users.size();
        if (m_session)
            UserNameSupport::of(m_session)->learnFrom(users);
        if (!users.isEmpty())
            Q_EMIT pageLoaded(users);
        Q_EMIT progress(m_loaded, m_total);
        if (last) {
            abortAll(); // pages requested past the end
            finish({});
            return;
        }
        if (!m_unpaged && qint64(m_nextDeliver) * m_pageSize >= usersLimit()) {
            const QLocale locale;
            // Past the console's own count, or at the ceiling (no count, or a count above it).
            const bool pastCount = m_total >= 0 && m_total + m_pageSize <= m_maxUsers;
            if (pastCount)
                m_limitMessage = tr("The console announced %1 users but kept sending more; the "
                                    "list stops at %2. Press Refresh to read it again.")
                                         .arg(locale.toString(m_total), locale.toString(m_loaded));
            else
                m_limitMessage = tr("The list stops at %1 users, the most this program reads at "
                                    "once. Search to narrow it.")
                                         .arg(locale.toString(m_loaded));
            qCWarning(lcApi) << "user list: stopped at" << m_loaded << "users, announced"
                             << m_total;
            abortAll();
            finish({});
            return;
        }
    }
    issuePages();
}

void UserListLoader::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_arrived.clear();
    m_releaseTimer.stop();
    qCInfo(lcApi) << "user list:" << m_loaded << "users in" << m_clock.elapsed() << "ms"
                  << (error.isError() ? ApiError::kindName(error.kind()) : QString());
#ifdef __GLIBC__
    // The pages' JSON documents and replies were freed, but glibc keeps the free memory (spread
    // over the pool threads' arenas too) unless asked; that is megabytes of idle RSS. On a pool
    // thread: trimming a large heap takes a few milliseconds.
    if (m_loaded >= trimAfterUsers)
        QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
    Q_EMIT finished(error);
}

} // namespace runai
