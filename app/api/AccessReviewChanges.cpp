// SPDX-License-Identifier: MIT
#include "api/AccessReviewChanges.h"

#include "api/RunaiClient.h"

namespace runai {

namespace {
constexpr int kInFlight = 4; // a few at once: a big selection does not take a minute
} // namespace

AccessReviewChanges::AccessReviewChanges(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

AccessReviewChanges::~AccessReviewChanges()
{
    cancel();
}

bool AccessReviewChanges::applies(Action action, const ReviewEntry &entry)
{
    if (action == Action::Disable)
        return entry.canBeDisabled() && entry.enabled == true;
    return true;
}

ApiJob *AccessReviewChanges::jobFor(const ReviewEntry &entry) const
{
    const RunaiClient client(m_session);
    switch (entry.type) {
    case ReviewEntry::Type::User:
        return client.deleteUser(entry.id);
    case ReviewEntry::Type::Application:
    case ReviewEntry::Type::ServiceAccount:
        return m_action == Action::Disable ? client.setApplicationEnabled(entry.id, false)
                                           : client.deleteApplication(entry.id);
    case ReviewEntry::Type::AccessKey:
        return client.deleteAnyAccessKey(entry.id);
    }
    return nullptr;
}

void AccessReviewChanges::start(Action action, const ReviewEntryList &entries)
{
    if (m_running)
        return;
    m_action = action;
    m_entries.clear();
    m_outcomes.clear();
    for (const ReviewEntry &entry : entries) {
        if (applies(action, entry))
            m_entries.append(entry);
    }
    m_next = 0;
    m_inFlight = 0;
    m_running = true;
    issue();
}

void AccessReviewChanges::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            delete job.data();
        }
    }
    m_jobs.clear();
}

void AccessReviewChanges::issue()
{
    while (m_running && m_session && m_inFlight < kInFlight && m_next < m_entries.size()) {
        const ReviewEntry entry = m_entries.at(m_next++);
        ApiJob *job = jobFor(entry);
        ++m_inFlight;
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, entry](ApiJob *j) {
            m_jobs.removeAll(QPointer<ApiJob>(j));
            --m_inFlight;
            Outcome outcome{entry, j->error()};
            if (!outcome.error.isError() && m_action == Action::Disable)
                outcome.entry.enabled = false;
            m_outcomes.append(outcome);
            Q_EMIT entryDone(outcome);
            Q_EMIT progress(int(m_outcomes.size()), int(m_entries.size()));
            issue();
        });
        job->start();
    }
    if (m_running && m_inFlight == 0 && (m_next >= m_entries.size() || !m_session)) {
        m_running = false;
        Q_EMIT finished(m_outcomes);
    }
}

} // namespace runai
