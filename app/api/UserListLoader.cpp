// SPDX-License-Identifier: MIT
#include "UserListLoader.h"

#include "ApiLogging.h"
#include "RunaiClient.h"

#include <QTimer>

namespace runai {

UserListLoader::UserListLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

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
    m_arrived.clear();
    m_clock.start();
    if (!m_session) {
        QTimer::singleShot(0, this, [this] { finish(ApiError(ApiError::Kind::Cancelled)); });
        return;
    }
    UserQuery countQuery;
    countQuery.filterBy = m_query.filterBy;
    countQuery.search = m_query.search;
    auto *job = RunaiClient(m_session).countUsers(countQuery);
    m_countJob = job;
    connect(job, &ApiJob::finished, this, &UserListLoader::countFinished);
    job->start();
    // The first page does not wait for the count.
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
        Q_EMIT progress(m_loaded, m_total);
        issuePages();
    }
    // Without a count (2.18, or an error) the pages are read one after the other.
}

void UserListLoader::issuePages()
{
    if (!m_running || !m_session)
        return;
    while (m_endPage < 0 && m_jobs.size() < m_window) {
        const int p = m_nextIssue;
        // Beyond the counted total only one page at a time: the list may have grown.
        const bool withinTotal = m_total >= 0 && qint64(p) * m_pageSize <= m_total;
        if (!withinTotal && p != m_nextDeliver)
            break;
        UserQuery q = m_query;
        q.offset = p * m_pageSize;
        q.limit = m_pageSize;
        auto *job = RunaiClient(m_session).listUsers(q);
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
    if (users.size() < m_pageSize || users.size() > m_pageSize) {
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
    while (m_running && m_arrived.contains(m_nextDeliver)) {
        const UserList users = m_arrived.take(m_nextDeliver);
        const bool last = m_nextDeliver == m_endPage;
        ++m_nextDeliver;
        m_loaded += users.size();
        if (!users.isEmpty())
            Q_EMIT pageLoaded(users);
        Q_EMIT progress(m_loaded, m_total);
        if (last) {
            abortAll(); // pages requested past the end
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
    qCInfo(lcApi) << "user list:" << m_loaded << "users in" << m_clock.elapsed() << "ms"
                  << (error.isError() ? ApiError::kindName(error.kind()) : QString());
    Q_EMIT finished(error);
}

} // namespace runai
