// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QLineEdit;
class QWidget;

namespace runai {

class LostCreateCheck;
class MessageBanner;
class Session;

// The answer to creating an access key was lost on the way: the create is never sent again
// blindly. The user's keys show whether the console made it (LostCreateCheck); the page's banner
// says what happened and offers the one right way on: a new secret for a key nobody has the
// secret of, replacing an older key's secret only after a question that says what breaks, a
// safe second try, or checking again.
class AccessKeyCreateRecovery : public QObject
{
    Q_OBJECT
public:
    // `banner` and `nameField` are the page's create form; questions open over `page`.
    // `changeRunning` says whether another change (create, regenerate, delete, token) is under
    // way: a remedy waits for it.
    AccessKeyCreateRecovery(MessageBanner *banner, QLineEdit *nameField, QWidget *page,
                            std::function<bool()> changeRunning);

    // Checks whether the create of `name`, sent and (not) answered at those local times, took
    // effect. Replaces any earlier check.
    void start(Session *session, const QString &name, const QDateTime &sentAt,
               const QDateTime &answeredAt);
    // Forgets the check (a new create, or another user's keys).
    void abandon();
    // Checking, or making a new secret: a change in progress.
    bool isActive() const;

Q_SIGNALS:
    // A check or remedy started or ended: the page's buttons follow.
    void activityChanged();
    // The check or remedy ended: the list is worth reading again.
    void settled();
    // A new secret for `key`, to show once and keep; `replaced`: an older key's secret was
    // replaced, rather than the secret of a key this request made.
    void secretIssued(const runai::AccessKey &key, const QString &secret, bool replaced);
    // The user chose to try a create that never took effect again.
    void createAgainRequested();

private:
    void checked(LostCreateCheck *check);
    void remedyFailed(LostCreateCheck *check);
    void remedied(LostCreateCheck *check, const QString &secret);
    void offerToReplaceExistingSecret(LostCreateCheck *check);

    MessageBanner *m_banner;
    QLineEdit *m_nameField;
    QWidget *m_page;
    std::function<bool()> m_changeRunning;
    QPointer<Session> m_session;
    QDateTime m_sentAt;
    QDateTime m_answeredAt;
    QPointer<LostCreateCheck> m_check;
};

} // namespace runai
