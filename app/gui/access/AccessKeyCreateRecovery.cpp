// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeyCreateRecovery.h"

#include "api/LostCreateCheck.h"
#include "api/Session.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ModelFormat.h"

#include <QLineEdit>

namespace runai {

AccessKeyCreateRecovery::AccessKeyCreateRecovery(MessageBanner *banner, QLineEdit *nameField,
                                                 QWidget *page, std::function<bool()> changeRunning)
    : QObject(page)
    , m_banner(banner)
    , m_nameField(nameField)
    , m_page(page)
    , m_changeRunning(std::move(changeRunning))
{ }

bool AccessKeyCreateRecovery::isActive() const
{
    return m_check && (m_check->isChecking() || m_check->isRemedying());
}

void AccessKeyCreateRecovery::abandon()
{
    delete m_check;
}

void AccessKeyCreateRecovery::start(Session *session, const QString &name, const QDateTime &sentAt,
                                    const QDateTime &answeredAt)
{
    delete m_check;
    m_session = session;
    m_sentAt = sentAt;
    m_answeredAt = answeredAt;
    auto *check = new LostCreateCheck(session, LostCreateCheck::Target::AccessKey, name, this);
    check->setRequestWindow(sentAt, answeredAt);
    m_check = check;
    m_banner->showInfo(tr("The console's answer to creating the access key \"%1\" was lost "
                          "on the way. Checking whether it was created…")
                               .arg(name));
    m_nameField->setEnabled(false);
    connect(check, &LostCreateCheck::checked, this, &AccessKeyCreateRecovery::checked);
    connect(check, &LostCreateCheck::remedied, this, &AccessKeyCreateRecovery::remedied);
    connect(check, &LostCreateCheck::remedyFailed, this, &AccessKeyCreateRecovery::remedyFailed);
    check->start();
    Q_EMIT activityChanged();
}

void AccessKeyCreateRecovery::checked(LostCreateCheck *check)
{
    m_nameField->setEnabled(true);
    const QString name = check->name();
    switch (check->outcome()) {
    case LostCreateCheck::Outcome::Created:
        // Made by this request (its creation time falls within it): nobody ever saw that
        // secret, so replacing it breaks nothing and needs no question.
        m_banner->showWarning(
                tr("The access key \"%1\" was created, but the answer carrying its secret was "
                   "lost, so nobody has the secret. Regenerate it to get a new one (shown once, "
                   "kept in the keychain).")
                        .arg(name));
        m_banner->setAction(tr("&Regenerate secret"), [this,
                                                       check = QPointer<LostCreateCheck>(check)] {
            if (!check || m_changeRunning())
                return;
            m_banner->showInfo(
                    tr("Regenerating the secret of the access key \"%1\"…").arg(check->name()));
            check->remedy();
            Q_EMIT activityChanged();
        });
        if (m_nameField->text() == name)
            m_nameField->clear();
        break;
    case LostCreateCheck::Outcome::Existing:
        // An older key of that name (or one whose creation time cannot be placed): a script or
        // CLI may sign in with its secret. Say when it was made and last used; replace nothing
        // without a question that says what breaks.
        m_banner->showWarning(
                tr("You already have an access key named \"%1\": created on %2, last used: %3. "
                   "The console does not show that your request created it, so its secret may "
                   "be in use. Nothing new was created.")
                        .arg(name, modelformat::dateTime(check->createdAt(), tr("an unknown date")),
                             modelformat::dateTime(check->lastLogin(), tr("never"))));
        offerToReplaceExistingSecret(check);
        break;
    case LostCreateCheck::Outcome::NotCreated:
        m_banner->showError(tr("The console's answer was lost and the access key \"%1\" was "
                               "not created. Nothing was created: it is safe to try again.")
                                    .arg(name));
        m_banner->setAction(tr("&Try again"), [this] { Q_EMIT createAgainRequested(); });
        check->deleteLater();
        break;
    case LostCreateCheck::Outcome::Unknown:
    case LostCreateCheck::Outcome::Checking:
        m_banner->showError(
                tr("The console's answer to creating the access key \"%1\" was lost, and "
                   "checking whether it was created failed too: %2 Check again before creating "
                   "it again.")
                        .arg(name, check->error().userMessage()));
        m_banner->setAction(tr("&Check again"),
                            [this, name] { start(m_session, name, m_sentAt, m_answeredAt); });
        check->deleteLater();
        break;
    }
    Q_EMIT settled();
}

void AccessKeyCreateRecovery::remedyFailed(LostCreateCheck *check)
{
    Q_EMIT activityChanged();
    m_banner->showError(tr("The access key \"%1\" exists, but a new secret could not be made: %2")
                                .arg(check->name(), check->error().userMessage()));
    if (check->outcome() == LostCreateCheck::Outcome::Existing) {
        offerToReplaceExistingSecret(check);
        return;
    }
    m_banner->setAction(tr("&Regenerate secret"), [this, check = QPointer<LostCreateCheck>(check)] {
        if (!check || m_changeRunning())
            return;
        check->remedy();
        Q_EMIT activityChanged();
    });
}

void AccessKeyCreateRecovery::offerToReplaceExistingSecret(LostCreateCheck *check)
{
    m_banner->setAction(tr("Re&generate secret…"), [this,
                                                    check = QPointer<LostCreateCheck>(check)] {
        if (!check)
            return;
        ConfirmationDialog::ask(
                m_page, tr("Replace the secret of an access key in use?"),
                tr("Regenerate the secret of your access key <b>%1</b>, created on %2?<br><br>"
                   "Every program or CLI login that uses this access key's current secret stops "
                   "working <b>at once</b>, and so do the tokens obtained with it, until it gets "
                   "the new one. Do this only if you know nothing uses it.")
                        .arg(check->name().toHtmlEscaped(),
                             modelformat::dateTime(check->createdAt(), tr("an unknown date"))),
                tr("&Regenerate"), [this, check] {
                    if (!check || !m_session || m_changeRunning())
                        return;
                    m_banner->showInfo(tr("Regenerating the secret of the access key \"%1\"…")
                                               .arg(check->name()));
                    check->replaceAfterConfirmation();
                    Q_EMIT activityChanged();
                });
    });
}

void AccessKeyCreateRecovery::remedied(LostCreateCheck *check, const QString &secret)
{
    const AccessKey key = check->accessKey();
    // A key this request made is shown as created; an older one as having a new secret.
    const bool replaced = check->outcome() == LostCreateCheck::Outcome::Existing;
    check->deleteLater();
    m_banner->showSuccess(tr("The access key \"%1\" has a new secret.").arg(key.name));
    Q_EMIT secretIssued(key, secret, replaced);
    Q_EMIT settled();
}

} // namespace runai
