// SPDX-License-Identifier: MIT
#include "api/ExistingUserCheck.h"

#include "api/RunaiClient.h"
#include "api/UserListLoader.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace runai {

ExistingUserCheck::ExistingUserCheck(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

ExistingUserCheck::~ExistingUserCheck()
{
    abortJobs();
}

void ExistingUserCheck::abortJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job) {
            job->disconnect(this);
            delete job.data(); // a running job aborts silently
        }
    }
}

void ExistingUserCheck::start(const QStringList &emails)
{
    if (m_running)
        return;
    m_running = true;
    m_existing.clear();
    m_wanted.clear();
    for (const auto &e : emails)
        m_wanted.insert(e.toCaseFolded());
    m_pending = QStringList(m_wanted.cbegin(), m_wanted.cend());
    m_next = 0;
    m_total = int(m_pending.size());
    m_checked = 0;
    if (!m_session || m_pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(m_session ? ApiError() : ApiError(ApiError::Kind::Cancelled));
        });
        return;
    }
    if (m_total <= OneByOneLimit) {
        QTimer::singleShot(0, this, &ExistingUserCheck::pump);
        return;
    }
    m_loader = new UserListLoader(m_session, this);
    connect(m_loader, &UserListLoader::pageLoaded, this, [this](const UserList &users) {
        for (const auto &u : users) {
            const QString key = u.username.toCaseFolded();
            if (m_wanted.contains(key))
                m_existing.insert(key);
        }
    });
    connect(m_loader, &UserListLoader::progress, this, [this](qint64 loaded, qint64 total) {
        if (total > 0)
            Q_EMIT progress(int(loaded * m_total / total), m_total);
    });
    connect(m_loader, &UserListLoader::finished, this, [this](const ApiError &error) {
        m_loader->deleteLater();
        m_loader = nullptr;
        finish(error);
    });
    m_loader->start();
}

void ExistingUserCheck::cancel()
{
    if (!m_running)
        return;
    if (m_loader) {
        m_loader->cancel(); // finishes through its finished() signal
        return;
    }
    abortJobs();
    finish(ApiError(ApiError::Kind::Cancelled));
}

void ExistingUserCheck::pump()
{
    while (m_running && m_session && m_jobs.size() < 6 && m_next < m_pending.size()) {
        const QString email = m_pending.at(m_next++);
        UserQuery q;
        q.filterBy << u"username=="_s + email;
        q.limit = 10;
        ApiJob *job = RunaiClient(m_session).listUsers(q);
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this,
                [this, email](ApiJob *j) { lookupFinished(email, j); });
        job->start();
    }
}

void ExistingUserCheck::lookupFinished(const QString &email, ApiJob *job)
{
    m_jobs.removeOne(job);
    if (!m_running)
        return;
    if (!job->succeeded()) {
        abortJobs();
        finish(job->error());
        return;
    }
    for (const auto &u : static_cast<UserListJob *>(job)->result()) {
        if (u.username.toCaseFolded() == email)
            m_existing.insert(email);
    }
    Q_EMIT progress(++m_checked, m_total);
    if (m_checked == m_total)
        finish({});
    else
        pump();
}

void ExistingUserCheck::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_existing, error);
}

} // namespace runai
