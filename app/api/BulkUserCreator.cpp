// SPDX-License-Identifier: MIT
#include "api/BulkUserCreator.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/LogCategories.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QString trBulk(const char *text)
{
    return QCoreApplication::translate("runai::BulkUserCreator", text);
}

bool isFinal(BulkUserCreator::Outcome o)
{
    using O = BulkUserCreator::Outcome;
    return o != O::Pending && o != O::InFlight;
}

// The server's own words when it gave some, else our sentence for the failure.
QString messageOf(const ApiError &e)
{
    if (!e.serverMessage().isEmpty())
        return e.serverMessage();
    return e.userMessage();
}

} // namespace

BulkUserCreator::BulkUserCreator(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &BulkUserCreator::pump);
}

BulkUserCreator::~BulkUserCreator()
{
    // Jobs still running are aborted silently; nobody is left to hear about them.
    for (const auto &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            delete job.data();
        }
    }
}

void BulkUserCreator::setMaxInFlight(int n)
{
    m_controller.setCeiling(n);
    m_lowestLimit = m_running ? std::min(m_lowestLimit, m_controller.limit())
                              : m_controller.limit();
    pump(); // a higher ceiling may let more go now
}

void BulkUserCreator::setRequests(const QList<Request> &requests)
{
    if (m_running)
        return;
    m_rows.clear();
    m_rows.reserve(requests.size());
    for (const auto &r : requests) {
        Row row;
        row.request = r;
        m_rows.append(row);
    }
}

int BulkUserCreator::doneCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return isFinal(r.outcome); }));
}

int BulkUserCreator::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const Row &r) { return r.outcome == outcome; }));
}

double BulkUserCreator::rate() const
{
    if (!m_clock.isValid() || m_doneThisRun == 0)
        return 0.0;
    const qint64 ms = std::max<qint64>(1, m_clock.elapsed());
    return m_doneThisRun * 1000.0 / double(ms);
}

qint64 BulkUserCreator::msLeft() const
{
    const double r = rate();
    if (r <= 0.0)
        return -1;
    const qint64 left = qint64(m_queue.size() - m_queueHead) + m_inFlight;
    return qint64(double(left) * 1000.0 / r);
}

QString BulkUserCreator::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return trBulk("Waiting");
    case Outcome::InFlight:
        return trBulk("Sending");
    case Outcome::Created:
        return trBulk("Created");
    case Outcome::AlreadyExists:
        return trBulk("Already exists");
    case Outcome::Invalid:
        return trBulk("Invalid");
    case Outcome::Failed:
        return trBulk("Failed");
    case Outcome::Cancelled:
        return trBulk("Cancelled");
    }
    return {};
}

void BulkUserCreator::start()
{
    if (m_running)
        return;
    m_queue.clear();
    m_queueHead = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).outcome == Outcome::Pending) {
            m_queue.append(i);
            m_rows[i].attemptsThisRun = 0;
        }
    }
    m_running = true;
    m_cancelling = false;
    m_controller.restart();
    m_lowestLimit = m_controller.limit();
    m_doneThisRun = 0;
    m_clock.start();
    qCInfo(lcApi) << "bulk create:" << m_queue.size() << "users, from" << m_controller.limit()
                  << "in flight, at most" << m_controller.ceiling();
    // The first requests go out on the next event-loop turn, so callers can connect first.
    QTimer::singleShot(0, this, &BulkUserCreator::pump);
}

void BulkUserCreator::retryFailed()
{
    if (m_running)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.outcome == Outcome::Failed || r.outcome == Outcome::Cancelled) {
            r.outcome = Outcome::Pending;
            r.message.clear();
            Q_EMIT rowChanged(i);
        }
    }
    start();
}

void BulkUserCreator::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_resumeTimer.stop();
    for (qsizetype i = m_queueHead; i < m_queue.size(); ++i) {
        const int row = m_queue.at(i);
        m_rows[row].outcome = Outcome::Cancelled;
        m_rows[row].message = trBulk("Not sent: the import was cancelled.");
        Q_EMIT rowChanged(row);
    }
    m_queueHead = m_queue.size();
    Q_EMIT progress(doneCount(), total());
    checkFinished();
}

void BulkUserCreator::pump()
{
    if (!m_running)
        return;
    if (m_cancelling) {
        checkFinished(); // once the last request in flight has its answer
        return;
    }
    if (!m_session) {
        for (qsizetype i = m_queueHead; i < m_queue.size(); ++i)
            settle(m_queue.at(i), Outcome::Failed, trBulk("The connection to the console closed."));
        m_queueHead = m_queue.size();
        checkFinished();
        return;
    }
    while (!m_resumeTimer.isActive() && m_inFlight < m_controller.limit()
           && m_queueHead < m_queue.size())
        send(m_queue.at(m_queueHead++));
    checkFinished();
}

void BulkUserCreator::send(int row)
{
    Row &r = m_rows[row];
    r.outcome = Outcome::InFlight;
    if (r.mayExist && m_session) {
        // Never sent again before the console says the user is not there.
        lookUp(row);
        Q_EMIT rowChanged(row);
        return;
    }
    ++r.attempts;
    ++r.attemptsThisRun;
    ++m_inFlight;
    ApiJob *job = RunaiClient(m_session).createUser(
            NewUserRequest{r.request.email, r.request.firstName, r.request.lastName,
                           r.request.resetPassword, r.request.notify});
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, row, sentAt = m_clock.nsecsElapsed()](ApiJob *j) {
        createFinished(row, j, sentAt);
    });
    job->start();
    Q_EMIT rowChanged(row);
}

void BulkUserCreator::createFinished(int row, ApiJob *job, qint64 sentAtNs)
{
    m_jobs.removeOne(job);
    --m_inFlight;
    Row &r = m_rows[row];
    const ApiError e = job->error();
    const bool overload = e.kind() == ApiError::Kind::RateLimited || e.httpStatus() == 503;
    if (overload) {
        m_controller.overloaded();
        m_lowestLimit = std::min(m_lowestLimit, m_controller.limit());
    } else {
        m_controller.answered(double(m_clock.nsecsElapsed() - sentAtNs) / 1e6);
    }
    if (job->succeeded()) {
        const NewUser &u = static_cast<NewUserJob *>(job)->result();
        r.userId = u.id;
        r.tempPassword = u.tempPassword;
        settle(row, Outcome::Created);
    } else if (e.kind() == ApiError::Kind::RateLimited) {
        // Not processed: back to the front of the queue, and everyone waits.
        ++m_rateLimitedCount;
        --r.attempts;
        --r.attemptsThisRun;
        if (m_cancelling) {
            settle(row, Outcome::Cancelled, trBulk("Not sent: the import was cancelled."));
        } else {
            r.outcome = Outcome::Pending;
            m_queue[--m_queueHead] = row; // a slot already sent: the head is past this row
            const int seconds = std::clamp(e.retryAfterSeconds().value_or(1), 1, 300);
            m_resumeTimer.start(std::chrono::seconds(seconds));
            Q_EMIT rateLimited(seconds);
            Q_EMIT rowChanged(row);
        }
    } else if (e.httpStatus() == 503 && m_session && !m_cancelling) {
        // Unavailable, perhaps said by a proxy after the console did the work: wait as asked,
        // then the row is looked up before anything is sent again.
        if (const auto seconds = e.retryAfterSeconds()) {
            m_resumeTimer.start(std::chrono::seconds(std::clamp(*seconds, 1, 300)));
            Q_EMIT rateLimited(std::clamp(*seconds, 1, 300));
        }
        lookUp(row);
    } else if (e.kind() == ApiError::Kind::Conflict) {
        settle(row, Outcome::AlreadyExists, messageOf(e));
    } else if (e.kind() == ApiError::Kind::Validation) {
        settle(row, Outcome::Invalid, messageOf(e));
    } else if (e.requestMayHaveBeenProcessed() && m_session) {
        lookUp(row);
    } else {
        settle(row, Outcome::Failed, messageOf(e));
    }
    pump();
}

void BulkUserCreator::lookUp(int row)
{
    ++m_inFlight;
    UserQuery q;
    q.filterBy << u"username=="_s + m_rows.at(row).request.email;
    q.limit = 10;
    ApiJob *job = RunaiClient(m_session).listUsers(q);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, row](ApiJob *j) { lookUpFinished(row, j); });
    job->start();
}

void BulkUserCreator::lookUpFinished(int row, ApiJob *job)
{
    m_jobs.removeOne(job);
    --m_inFlight;
    Row &r = m_rows[row];
    if (!job->succeeded()) {
        r.mayExist = true;
        settle(row, Outcome::Failed,
               trBulk("The answer was lost and the user could not be looked up (%1). The user "
                      "may exist: retrying looks the user up first and sends nothing unless "
                      "the console says the user is not there.")
                       .arg(messageOf(job->error())));
    } else {
        r.mayExist = false;
        const auto &users = static_cast<UserListJob *>(job)->result();
        const auto found = std::find_if(users.cbegin(), users.cend(), [&r](const User &u) {
            return u.username.compare(r.request.email, Qt::CaseInsensitive) == 0;
        });
        const QString me = m_session ? m_session->identity() : QString();
        if (found != users.cend() && !found->createdBy.isEmpty() && !me.isEmpty()
            && found->createdBy.compare(me, Qt::CaseInsensitive) != 0) {
            // Someone else made this user: the lost request did not, and its password is theirs.
            settle(row, Outcome::AlreadyExists,
                   trBulk("Already on the console, created by %1: this import did not create "
                          "it.")
                           .arg(found->createdBy));
        } else if (found != users.cend()) {
            r.userId = found->id;
            settle(row, Outcome::Created,
                   trBulk("Created, but the answer with the temporary password was lost: reset "
                          "the user's password to get one."));
        } else if (r.attemptsThisRun < 2 && !m_cancelling) {
            // Not on the server: the request never got there, so sending it again is safe.
            r.outcome = Outcome::Pending;
            m_queue[--m_queueHead] = row;
            Q_EMIT rowChanged(row);
        } else if (m_cancelling) {
            settle(row, Outcome::Cancelled, trBulk("Not sent: the import was cancelled."));
        } else {
            settle(row, Outcome::Failed,
                   trBulk("The answer was lost twice and the user is not on the console."));
        }
    }
    pump();
}

void BulkUserCreator::settle(int row, Outcome outcome, const QString &message)
{
    Row &r = m_rows[row];
    r.outcome = outcome;
    r.message = message;
    ++m_doneThisRun;
    Q_EMIT rowChanged(row);
    Q_EMIT progress(doneCount(), total());
}

void BulkUserCreator::checkFinished()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelling && (m_queueHead < m_queue.size() || m_resumeTimer.isActive()))
        return;
    m_running = false;
    m_cancelling = false;
    qCInfo(lcApi) << "bulk create done:" << count(Outcome::Created) << "created,"
                  << count(Outcome::AlreadyExists) << "existed," << count(Outcome::Failed)
                  << "failed," << count(Outcome::Cancelled) << "cancelled in" << m_clock.elapsed()
                  << "ms";
    Q_EMIT finished();
}

} // namespace runai
