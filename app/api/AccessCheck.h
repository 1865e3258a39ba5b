// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConsoleCapabilities.h"
#include "core/AccessHint.h"
#include "core/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace runai {

class ApiJob;
class Session;

// "What can this identity do?" (issue 15, Verify access): gets a token for an application /
// service account, an access key or a user with the grant this console takes, then tries a fixed
// set of READ-ONLY calls, each mapped to the IAM permission it needs (AccessHint), and says for
// each: allowed, denied (with the access rule that would grant it) or not offered by this console.
// Nothing is created or changed: every call is a GET, sent with the checked identity's token in a
// Session of its own, so the signed-in session, its token and its changes in flight are
// untouched. The token never leaves this object (it dies with its Session). The activity log
// records that a check ran and its summary, never the token or the secret.
class AccessCheck : public QObject
{
    Q_OBJECT
public:
    enum class SubjectKind { Application, AccessKey, User };
    struct Subject
    {
        SubjectKind kind = SubjectKind::Application;
        QString name; // the application's or key's name, or the user's e-mail
        QString clientId; // applications and access keys; empty for users
        // Whose access rules the token carries when that is someone else: a key's owner (a key's
        // token acts as its owner). Empty: the subject's own rules.
        QString actsAs;
    };

    enum class Outcome {
        Pending, // not answered yet
        Allowed, // 2xx
        Denied, // 403
        NotOffered, // this console has no such call (known from its capabilities, or a 404)
        Failed, // any other failure (network, 5xx, 401): no verdict
        NotRun, // the token was refused, or the check was stopped
    };

    struct Probe
    {
        QString title; // "List users"
        QString path; // "/api/v1/users" (always GET)
        QUrlQuery query;
        AccessHint::Requirement requirement;
        Outcome outcome = Outcome::Pending;
        int httpStatus = 0; // the answer's status, 0 when none was sent or received
        // Denied: the access rule that would grant it. NotOffered: why. Failed: the error.
        QString explanation;
        QString serverMessage; // Denied / Failed: the console's own words, when it sent any
        QString request() const { return QStringLiteral("GET ") + path; }
    };

    // `console`: the signed-in session whose console (address, TLS, proxy, capabilities) is used.
    explicit AccessCheck(Session *console, QObject *parent = nullptr);
    ~AccessCheck() override;

    // The fixed set of calls for a console with these capabilities; those it is known to lack
    // are NotOffered already, the rest Pending.
    static QList<Probe> plan(const ConsoleCapabilities &capabilities);

    // Gets the token (client credentials or app_token for applications and keys, the password
    // grant for users), then runs every offered call. One check per object: later calls to
    // start() are ignored.
    void start(const Subject &subject, const QString &secret);
    // Stops what is still running; those calls become NotRun and finished() is emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const Subject &subject() const { return m_subject; }
    const QList<Probe> &probes() const { return m_probes; }
    int count(Outcome outcome) const;
    // The token grant failed (no call was made): its error, else no error.
    ApiError tokenError() const { return m_tokenError; }
    // Which endpoint and grant issued the token: "POST /api/v2/token · client_credentials".
    QString tokenIssuer() const { return m_tokenIssuer; }
    // One line for the activity log and the dialog: counts, and the calls denied by name.
    QString summary() const;
    // The subject in words for the log: "ci-bot (service account)", "alice@example.com (user)".
    QString subjectDescription() const;

    static QString outcomeName(Outcome outcome); // "Allowed", "Denied", … (translated)

Q_SIGNALS:
    void tokenFinished(); // the token was obtained or refused
    void probeFinished(int index);
    void finished();

private:
    void tokenDone(ApiJob *job);
    void runProbe(int index);
    void probeDone(int index, int httpStatus, const ApiError &error);
    void finishIfDone();
    void finish();
    QString denialExplanation(const Probe &probe) const;

    QPointer<Session> m_console;
    Session *m_session = nullptr; // the checked identity's, owned
    Subject m_subject;
    QList<Probe> m_probes;
    QList<QPointer<ApiJob>> m_jobs;
    ApiError m_tokenError;
    QString m_tokenIssuer;
    bool m_started = false;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace runai
