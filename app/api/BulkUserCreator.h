// SPDX-License-Identifier: MIT
#pragma once

#include "api/InFlightController.h"
#include "core/ApiError.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

namespace runai {

class ApiJob;
class Session;

// Creates many local users over the session's kept-alive connections. How many requests are in
// flight adapts to the console (InFlightController: from 6, doubling while the round trip
// holds, halved on 429/503 or rising latency) up to a ceiling the user can lower (default 32);
// past 6 the session opens more connections (Session's connection lanes), as a console far
// away answers 6 in flight at only ~75 a second. Every row ends in a known state:
// - Created (with its temporary password, in memory only), AlreadyExists (409), Invalid (400/422,
//   the server's words), Failed (the server's or the network's words), Cancelled (never sent).
// - 429 slows the whole import down: nothing new is sent until Retry-After has passed (1 s when
//   the server does not say), the number in flight is halved and grows back one by one after
//   successes; the refused row goes back to the queue, it does not fail. A 503 halves the number
//   in flight too (and waits for its Retry-After when it has one); its row is looked up before
//   it is sent again, as a 503 from a proxy may come after the console did the work.
// - A create whose answer was lost (the server may have done it) is never re-sent blindly: the
//   user is looked up by email first; found => Created (password unknown), not found => sent
//   again once.
// - cancel() sends nothing new; requests already in flight are allowed to finish so their rows
//   get a real outcome; then finished() is emitted. Rows never sent become Cancelled.
// - retryFailed() queues the Failed and Cancelled rows again and runs. A row whose answer was
//   lost and whose lookup failed too (mayExist) is looked up again first and sent only when the
//   console answers that the user is not there: sent blindly, a user who was in fact created
//   would come back as "already exists" and the temporary password would be lost for good.
class BulkUserCreator : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString email;
        std::optional<bool> resetPassword;
        std::optional<bool> notify;
        QString firstName = {}; // sent only when not empty (a 3.0 console's fields)
        QString lastName = {};
    };
    enum class Outcome { Pending, InFlight, Created, AlreadyExists, Invalid, Failed, Cancelled };
    Q_ENUM(Outcome)
    struct Row
    {
        Request request;
        Outcome outcome = Outcome::Pending;
        QString userId;
        QString tempPassword; // a secret: show masked, never log
        QString message; // why it failed / was invalid, or a note (e.g. answer lost)
        int attempts = 0; // POSTs sent for this row
        // The answer to a POST was lost and the lookup failed too: the user may exist, so the
        // row is looked up before anything is sent again.
        bool mayExist = false;
        int attemptsThisRun = 0; // POSTs sent since the last start() / retryFailed()
    };

    explicit BulkUserCreator(Session *session, QObject *parent = nullptr);
    ~BulkUserCreator() override;

    // The ceiling: 1..InFlightController::MaxCeiling, default 32. May be lowered (or raised)
    // while running; a lower ceiling applies to the next request sent.
    void setMaxInFlight(int n);
    int maxInFlight() const { return m_controller.ceiling(); }
    // How many may be in flight now (<= maxInFlight), and how many are.
    int currentLimit() const { return m_controller.limit(); }
    int inFlight() const { return m_inFlight; }
    // The lowest currentLimit() of this run (after a 429 or 503: below the start), for tests.
    int lowestLimit() const { return m_lowestLimit; }

    // Replaces the rows (only while not running).
    void setRequests(const QList<Request> &requests);
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int i) const { return m_rows.at(i); }

    void start();
    void cancel();
    void retryFailed();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    int total() const { return int(m_rows.size()); }
    int doneCount() const; // rows with a final outcome
    int count(Outcome outcome) const;
    // Rows finished per second in this run, and the estimated time left (-1 when unknown).
    double rate() const;
    qint64 msLeft() const;
    int rateLimitedCount() const { return m_rateLimitedCount; } // 429s seen, for tests and UI

    static QString outcomeName(Outcome outcome); // translated, for tables and reports

Q_SIGNALS:
    void rowChanged(int row);
    void progress(int done, int total);
    // The server asked to slow down; nothing is sent for `seconds`.
    void rateLimited(int seconds);
    void finished();

private:
    void pump();
    void send(int row);
    void createFinished(int row, ApiJob *job, qint64 sentAtNs);
    void lookUp(int row);
    void lookUpFinished(int row, ApiJob *job);
    void settle(int row, Outcome outcome, const QString &message = {});
    void checkFinished();

    QPointer<Session> m_session;
    QList<Row> m_rows;
    QList<int> m_queue; // rows to send, in order
    qsizetype m_queueHead = 0;
    QList<QPointer<ApiJob>> m_jobs; // in flight (creates and lookups)
    InFlightController m_controller;
    int m_inFlight = 0;
    int m_lowestLimit = InFlightController::StartLimit;
    int m_rateLimitedCount = 0;
    bool m_running = false;
    bool m_cancelling = false;
    QTimer m_resumeTimer; // fires when a Retry-After pause ends
    QElapsedTimer m_clock;
    int m_doneAtStart = 0;
    int m_doneThisRun = 0;
};

} // namespace runai
