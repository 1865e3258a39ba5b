// SPDX-License-Identifier: MIT
#pragma once

#include "api/LostCreateCheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace runai {

class MessageBanner;
class Session;

// A page's way out of a create whose answer was lost (the Applications and Users pages): it
// remembers when the last create was sent and answered, asks the console through a
// LostCreateCheck whether that create took effect instead of sending it again, and puts the
// outcome in the page's banner with the one button that fits: regenerate the secret / reset the
// password (after a confirmation that says what breaks when the object may be in use), try
// again, or check again. The page gives the words and shows the new secret when it comes.
class LostCreateRecovery : public QObject
{
    Q_OBJECT
public:
    // The page's words. `name` is the name or e-mail sent; the creator and dates of an object
    // found come formatted ("unknown", "never" where the console did not say).
    struct Texts
    {
        std::function<QString(const QString &name)> checking;
        // Created by this request: nobody has its secret, replacing it breaks nothing.
        std::function<QString(const QString &name)> created;
        QString remedyAction; // the banner button that replaces the secret
        std::function<QString(const QString &name)> remedying;
        // Existing: an object of that name the console does not show to be this request's.
        std::function<QString(const QString &name, const QString &creator, const QString &created,
                              const QString &lastLogin)>
                existing;
        QString confirmedRemedyAction; // the banner button that asks first
        QString confirmTitle;
        std::function<QString(const QString &nameHtml, const QString &creatorHtml,
                              const QString &created)>
                confirmText;
        QString confirmButton;
        std::function<QString(const QString &name)> notCreated;
        std::function<QString(const QString &name, const QString &error)> unknown;
        std::function<QString(const QString &name, const QString &error)> remedyFailed;
    };

    // `texts` is asked each time words are needed (they may follow the console's vocabulary).
    LostCreateRecovery(LostCreateCheck::Target target, MessageBanner *banner, QWidget *page,
                       std::function<Texts()> texts);

    void setSession(Session *session);
    // The create of `name` is on its way / its answer (or error) came.
    void createSent(const QString &name);
    void createAnswered();
    // The name of the create in flight (see createSent), for a sign-out that drops its answer.
    QString sentName() const { return m_sentName; }
    // The answer to the create of `name` was lost: ask the console whether it took effect.
    void recover(const QString &name);
    // A create whose answer a sign-out dropped: no answer ever came, so the console may have
    // acted on it any time until now.
    void recoverInterrupted(const QString &name);
    bool isChecking() const { return m_check && m_check->isChecking(); }

Q_SIGNALS:
    // The console is being asked: the page's create form waits.
    void checkStarted();
    // The outcome is in the banner; after Created or Existing the object is in the console's
    // list (reload it).
    void checked(runai::LostCreateCheck::Outcome outcome, const QString &name);
    // "Try again" after NotCreated.
    void retryRequested();
    // The new secret or temporary password of `check`'s object: the page shows it once.
    void remedied(runai::LostCreateCheck *check, const QString &secret);

private:
    void showOutcome(LostCreateCheck *check);
    void remedyFailed(LostCreateCheck *check);
    void offerConfirmedRemedy(LostCreateCheck *check);
    QString creator(const LostCreateCheck *check) const;

    LostCreateCheck::Target m_target;
    MessageBanner *m_banner;
    QWidget *m_page;
    std::function<Texts()> m_texts;
    QPointer<Session> m_session;
    QPointer<LostCreateCheck> m_check;
    // When the last create was sent and its answer came (this machine's clock): only an object
    // the console made in between can be that create's (LostCreateCheck).
    QString m_sentName;
    QDateTime m_sentAt;
    QDateTime m_answeredAt;
};

} // namespace runai
