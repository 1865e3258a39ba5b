// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/ReviewEntry.h"

#include <QObject>
#include <QPointer>

namespace runai {

class ApiJob;
class Session;

// Runs one change on many identities of the access review: Disable (applications and service
// accounts: PATCH {enabled:false}; Run:ai's API has no way to disable a user or an access key, so
// those are refused before anything is sent) or Delete (users, applications / service accounts,
// any user's access key). A few requests at a time; each identity's outcome is reported, and a
// failure does not stop the others. cancel() stops issuing (requests already sent still finish
// on the console; their answers are dropped).
class AccessReviewChanges : public QObject
{
    Q_OBJECT
public:
    enum class Action { Disable, Delete };

    explicit AccessReviewChanges(Session *session, QObject *parent = nullptr);
    ~AccessReviewChanges() override;

    // Whether `action` exists in the API for this kind of identity.
    static bool applies(Action action, const ReviewEntry &entry);

    void start(Action action, const ReviewEntryList &entries);
    void cancel();
    bool isRunning() const { return m_running; }

    struct Outcome
    {
        ReviewEntry entry;
        ApiError error; // None: done
    };

Q_SIGNALS:
    void entryDone(const runai::AccessReviewChanges::Outcome &outcome);
    void progress(int done, int total);
    void finished(const QList<runai::AccessReviewChanges::Outcome> &outcomes);

private:
    void issue();
    ApiJob *jobFor(const ReviewEntry &entry) const;

    QPointer<Session> m_session;
    Action m_action = Action::Delete;
    ReviewEntryList m_entries;
    QList<Outcome> m_outcomes;
    QList<QPointer<ApiJob>> m_jobs;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace runai
