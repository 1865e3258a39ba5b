// SPDX-License-Identifier: MIT
#include "gui/widgets/LostCreateRecovery.h"

#include "api/Session.h"

#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ModelFormat.h"

namespace runai {

LostCreateRecovery::LostCreateRecovery(LostCreateCheck::Target target, MessageBanner *banner,
                                       QWidget *page, std::function<Texts()> texts)
    : QObject(page)
    , m_target(target)
    , m_banner(banner)
    , m_page(page)
    , m_texts(std::move(texts))
{ }

void LostCreateRecovery::setSession(Session *session)
{
    m_session = session;
}

void LostCreateRecovery::createSent(const QString &name)
{
    m_sentName = name;
    m_sentAt = QDateTime::currentDateTimeUtc();
}

void LostCreateRecovery::createAnswered()
{
    m_answeredAt = QDateTime::currentDateTimeUtc();
}

void LostCreateRecovery::recoverInterrupted(const QString &name)
{
    createAnswered();
    recover(name);
}

void LostCreateRecovery::recover(const QString &name)
{
    delete m_check;
    auto *check = new LostCreateCheck(m_session, m_target, name, this);
    check->setRequestWindow(m_sentAt, m_answeredAt);
    m_check = check;
    m_banner->showInfo(m_texts().checking(name));
    Q_EMIT checkStarted();
    connect(check, &LostCreateCheck::checked, this, &LostCreateRecovery::showOutcome);
    connect(check, &LostCreateCheck::remedied, this, &LostCreateRecovery::remedied);
    connect(check, &LostCreateCheck::remedyFailed, this, &LostCreateRecovery::remedyFailed);
    check->start();
}

QString LostCreateRecovery::creator(const LostCreateCheck *check) const
{
    return check->creator().isEmpty() ? tr("unknown") : check->creator();
}

void LostCreateRecovery::showOutcome(LostCreateCheck *check)
{
    const Texts texts = m_texts();
    const QString name = check->name();
    const auto outcome = check->outcome();
    switch (outcome) {
    case LostCreateCheck::Outcome::Created:
        // Nobody ever saw that secret, so replacing it breaks nothing: no confirmation needed.
        m_banner->showWarning(texts.created(name));
        m_banner->setAction(texts.remedyAction, [this, check = QPointer<LostCreateCheck>(check)] {
            if (!check)
                return;
            m_banner->showInfo(m_texts().remedying(check->name()));
            check->remedy();
        });
        break;
    case LostCreateCheck::Outcome::Existing:
        // Not shown to be ours: it may be someone's object in use. Say whose and when, and
        // replace nothing without a question that says what breaks.
        m_banner->showWarning(
                texts.existing(name, creator(check),
                               modelformat::dateTime(check->createdAt(), tr("an unknown date")),
                               modelformat::dateTime(check->lastLogin(), tr("never"))));
        offerConfirmedRemedy(check);
        break;
    case LostCreateCheck::Outcome::NotCreated:
        m_banner->showError(texts.notCreated(name));
        m_banner->setAction(tr("&Try again"), [this] { Q_EMIT retryRequested(); });
        check->deleteLater();
        break;
    case LostCreateCheck::Outcome::Unknown:
    case LostCreateCheck::Outcome::Checking:
        m_banner->showError(texts.unknown(name, check->error().userMessage()));
        m_banner->setAction(tr("&Check again"), [this, name] { recover(name); });
        check->deleteLater();
        break;
    }
    Q_EMIT checked(outcome, name);
}

void LostCreateRecovery::remedyFailed(LostCreateCheck *check)
{
    const Texts texts = m_texts();
    m_banner->showError(texts.remedyFailed(check->name(), check->error().userMessage()));
    if (check->outcome() == LostCreateCheck::Outcome::Existing) {
        offerConfirmedRemedy(check);
        return;
    }
    m_banner->setAction(texts.remedyAction, [check = QPointer<LostCreateCheck>(check)] {
        if (check)
            check->remedy();
    });
}

void LostCreateRecovery::offerConfirmedRemedy(LostCreateCheck *check)
{
    m_banner->setAction(m_texts().confirmedRemedyAction, [this, check = QPointer<LostCreateCheck>(
                                                                        check)] {
        if (!check)
            return;
        const Texts texts = m_texts();
        ConfirmationDialog::ask(
                m_page, texts.confirmTitle,
                texts.confirmText(check->name().toHtmlEscaped(), creator(check).toHtmlEscaped(),
                                  modelformat::dateTime(check->createdAt(), tr("an unknown date"))),
                texts.confirmButton, [this, check] {
                    if (!check)
                        return;
                    m_banner->showInfo(m_texts().remedying(check->name()));
                    check->replaceAfterConfirmation();
                });
    });
}

} // namespace runai
