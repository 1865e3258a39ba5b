// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/ReviewEntry.h"
#include "core/ReviewRuleIndex.h"
#include "core/User.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace runai {

class ApiJob;
class Session;
class UserListLoader;

// Reads everything an access review needs from the console, one list after the other: every
// access rule (all pages, 500 at a time), the applications or service accounts, every user
// (paged by UserListLoader, so 100,000 users come in 500-row pages with progress), then every
// user's access keys where the console has them (2.24+). Each identity is handed over as a
// ReviewEntry with its rules already resolved (entriesLoaded, a page at a time) while the rest
// loads. cancel() stops at once; what was delivered stays. A list the console does not have (404:
// no applications on 3.0, no access keys before 2.24) is skipped; a list the signed-in identity
// may not read (403) is skipped with a note (coverageNotes), so the review says what it lacks.
class AccessReviewLoader : public QObject
{
    Q_OBJECT
public:
    explicit AccessReviewLoader(Session *session, QObject *parent = nullptr);
    ~AccessReviewLoader() override;

    // Client IDs and e-mails whose secret this program keeps (the page asks the keychain's index).
    struct HeldSecrets
    {
        QSet<QString> userEmails;
        QSet<QString> applicationClientIds;
        QSet<QString> accessKeyClientIds;
    };
    void setHeldSecrets(HeldSecrets held) { m_held = std::move(held); }
    void setMaxUsers(qint64 n) { m_maxUsers = n; }

    enum class Stage { Idle, Rules, Applications, Users, AccessKeys };
    void start();
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    QStringList coverageNotes() const { return m_notes; }

Q_SIGNALS:
    void entriesLoaded(const runai::ReviewEntryList &entries);
    // What is being read and how far it got (total -1 while unknown).
    void progress(runai::AccessReviewLoader::Stage stage, qint64 loaded, qint64 total);
    // Exactly once per start(): None when everything the console has arrived, Cancelled after
    // cancel().
    void finished(const runai::ApiError &error);

private:
    void loadRulePage(int offset);
    void loadApplications();
    void loadUsers();
    void usersPage(const UserList &users);
    void releasePage();
    void loadAccessKeys();
    // A failed optional list: skipped (404) or noted (403); false for a real failure.
    bool skippable(const ApiError &error, const QString &note);
    void setStage(Stage stage);
    void finish(const ApiError &error);

    QPointer<Session> m_session;
    HeldSecrets m_held;
    qint64 m_maxUsers = 1'000'000;
    Stage m_stage = Stage::Idle;
    QList<AccessRule> m_rules;
    ReviewRuleIndex m_index;
    // Users' own rules by lower-case e-mail, for the access keys they own (few users have any).
    QHash<QString, ReviewRuleList> m_ownerRules;
    QStringList m_notes;
    QPointer<ApiJob> m_job;
    int m_run = 0; // which start() a converted page belongs to
    int m_converting = 0; // user pages on pool threads or converted but not handed over yet
    // Converted pages, handed over one per event-loop turn: pages of a burst are converted at
    // the same time, and appending all of them in one turn froze the window for tens of ms.
    QList<ReviewEntryList> m_ready;
    QTimer m_releaseTimer;
    bool m_usersDone = false;
    UserListLoader *m_users = nullptr;
};

} // namespace runai
