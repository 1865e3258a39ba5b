// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"
#include "core/ApiError.h"
#include "core/Application.h"
#include "core/User.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace runai {

class ApiJob;
class Session;

// What to do after a create (application, user or access key) whose answer was lost on the way
// (ApiError::requestMayHaveBeenProcessed: a timeout, a connection dropped after the server
// handled it, a proxy's 502). Sending the POST again could create the object twice, so the
// console is asked first, by name or e-mail (an access key: by name among the signed-in user's
// own keys):
//   - Created: the object exists and the console shows that this request made it (created by
//     the signed-in identity, at a time after the request was sent, on the console's clock as
//     estimated from its Date headers), so its secret / temporary password never reached anyone.
//     The remedy (regenerate the secret / reset the password) is one call, started by remedy():
//     nothing that works stops working. An access key's list carries no creator (every key in
//     it is the signed-in user's), so for a key the creation time alone decides.
//   - Existing: an object of that name exists, but the console does not show that this request
//     made it (another creator, an older creation time, or a field or clock estimate missing: the
//     cautious answer). It may be in use: replacing its secret breaks whoever uses it, so the page
//     asks first, saying what breaks, and only then calls replaceAfterConfirmation().
//   - NotCreated: the request never took effect; trying again is safe.
//   - Unknown: the lookup failed too; the page must not offer a blind retry.
// One check per object; a page holds it in a QPointer and deletes it when it is done.
class LostCreateCheck : public QObject
{
    Q_OBJECT
public:
    enum class Target { Application, User, AccessKey };
    enum class Outcome { Checking, Created, Existing, NotCreated, Unknown };
    Q_ENUM(Outcome)

    // True when a failed create may still have created the object: the api layer says so
    // (requestMayHaveBeenProcessed), or a gateway answered 502/504 for a server it did reach.
    static bool mayHaveCreated(const ApiError &error);

    LostCreateCheck(Session *session, Target target, QString name, QObject *parent = nullptr);
    ~LostCreateCheck() override;

    // The local times the create was sent and its (lost) answer came back. Without them no object
    // can be shown to be this request's, so a found object is Existing.
    void setRequestWindow(const QDateTime &sent, const QDateTime &answered);
    void start();
    Target target() const { return m_target; }
    QString name() const { return m_name; }
    Outcome outcome() const { return m_outcome; }
    bool isChecking() const { return m_outcome == Outcome::Checking; }
    // The object found (Created), for the remedy, the keychain key and its row.
    QString objectId() const { return m_objectId; }
    Application application() const { return m_application; }
    User user() const { return m_user; }
    AccessKey accessKey() const { return m_accessKey; }
    // Why the lookup failed (Unknown), or why the remedy failed.
    ApiError error() const { return m_error; }
    bool isRemedying() const
    {
        return !m_job.isNull() && (m_outcome == Outcome::Created || m_outcome == Outcome::Existing);
    }
    // What the console says about the object found (Created or Existing), for the banner. An
    // access key's creator is the signed-in user (its list does not name one).
    QString creator() const;
    QDateTime createdAt() const;
    QDateTime lastLogin() const;

    // After Created: regenerate the client secret / reset the temporary password.
    void remedy();
    // After Existing, and only once the user confirmed that whoever uses the current secret /
    // password loses access: the same call.
    void replaceAfterConfirmation();

Q_SIGNALS:
    void checked(runai::LostCreateCheck *check);
    // The new client secret or temporary password (shown once by the page), or a failure.
    void remedied(runai::LostCreateCheck *check, const QString &secret);
    void remedyFailed(runai::LostCreateCheck *check);

private:
    void lookUpFinished(ApiJob *job);
    void remedyFinished(ApiJob *job);
    void startRemedy();
    // True only when the console shows this request made the object (see the class comment).
    bool madeByThisRequest(const QString &createdBy, const QDateTime &createdAt) const;
    // True only when `createdAt` (the console's clock) lies between the request being sent and
    // its answer coming back, allowing for the estimated clock skew.
    bool createdDuringRequest(const QDateTime &createdAt) const;

    QPointer<Session> m_session;
    Target m_target;
    QString m_name;
    QDateTime m_sent;
    QDateTime m_answered;
    Outcome m_outcome = Outcome::Checking;
    QString m_objectId;
    Application m_application;
    User m_user;
    AccessKey m_accessKey;
    ApiError m_error;
    QPointer<ApiJob> m_job;
};

} // namespace runai
