// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace runai {

class ApiJob;
class Session;
class UserListLoader;

// Which of some e-mail addresses the console already has, for the import preview. A few
// addresses are looked up one by one (filterBy username==, 6 at a time); many are compared
// against the whole user list, read page by page, which costs fewer requests.
class ExistingUserCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int OneByOneLimit = 200;

    explicit ExistingUserCheck(Session *session, QObject *parent = nullptr);
    ~ExistingUserCheck() override;

    // Emails are compared case-folded. finished() follows exactly once (also after cancel()).
    void start(const QStringList &emails);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int checked, int total);
    // The case-folded emails found on the console; error None when the check completed.
    void finished(const QSet<QString> &existing, const runai::ApiError &error);

private:
    void pump();
    void lookupFinished(const QString &email, ApiJob *job);
    void finish(const ApiError &error);
    void abortJobs();

    QPointer<Session> m_session;
    QStringList m_pending;
    qsizetype m_next = 0;
    int m_total = 0;
    int m_checked = 0;
    QSet<QString> m_wanted;
    QSet<QString> m_existing;
    QList<QPointer<ApiJob>> m_jobs;
    UserListLoader *m_loader = nullptr;
    bool m_running = false;
};

} // namespace runai
