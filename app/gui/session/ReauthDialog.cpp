// SPDX-License-Identifier: MIT
#include "gui/session/ReauthDialog.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/LogCategories.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

ReauthDialog::ReauthDialog(Session *session, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"reauthDialog"_s);
    setWindowTitle(tr("Sign in again"));
    setWindowModality(Qt::WindowModal);
    const bool isApp = session && session->identityKind() == Session::IdentityKind::Application;
    const QString identity = session ? session->identity() : QString();
    const QString console = session ? session->baseUrl().toDisplayString() : QString();

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"messageBanner"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setText(
            tr("Your session on <b>%1</b> has expired and could not be renewed. Sign in again as "
               "<b>%2</b> to carry on: everything you typed stays where it is.")
                    .arg(console.toHtmlEscaped(), identity.toHtmlEscaped()));
    m_secret = new SecretField(this);
    m_secret->setObjectName(u"reauthSecretField"_s);
    m_secret->setLabelText(isApp ? tr("Client secret") : tr("Password"));
    m_secret->copyButton()->setVisible(false);
    auto *label = new QLabel(isApp ? tr("Client &secret:") : tr("&Password:"), this);
    label->setBuddy(m_secret->lineEdit());

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"reauthSignInButton"_s);
    m_signIn->setDefault(true);
    m_signIn->setEnabled(false);
    m_signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    m_signOut->setObjectName(u"reauthSignOutButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(label);
    layout->addWidget(m_secret);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wrapped labels (the banner, the intro) need the room to show every line.
    setMinimumSize(480, 230);
    resize(560, 250);

    if (!reason.isEmpty())
        m_banner->showWarning(reason);
    connect(m_secret, &SecretField::textChanged, this,
            [this](const QString &text) { m_signIn->setEnabled(!text.isEmpty() && !m_job); });
    connect(m_secret->lineEdit(), &QLineEdit::returnPressed, this, &ReauthDialog::submit);
    connect(m_signIn, &QPushButton::clicked, this, &ReauthDialog::submit);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        Q_EMIT signOutRequested();
        reject();
    });
    // Escape means "not now": the page stays as it is; the next request that needs a token
    // brings this dialog back.
    connect(this, &QDialog::rejected, this, [this] {
        if (m_job)
            m_job->abandon();
    });
    m_secret->lineEdit()->setFocus();
}

ReauthDialog::~ReauthDialog()
{
    if (m_job)
        m_job->abandon();
}

void ReauthDialog::submit()
{
    const QString secret = m_secret->text();
    if (!m_session || m_job || secret.isEmpty())
        return;
    const bool isApp = m_session->identityKind() == Session::IdentityKind::Application;
    m_banner->showInfo(tr("Signing in…"));
    m_signIn->setEnabled(false);
    m_secret->setEnabled(false);
    // The same Session object gets the token: pages keep their state and their jobs.
    TokenJob *job = isApp ? RunaiClient(m_session).signInApplication(m_session->identity(), secret,
                                                                     m_session->applicationName())
                          : RunaiClient(m_session).signIn(m_session->identity(), secret);
    m_job = job;
    connect(job, &ApiJob::finished, this, &ReauthDialog::signInFinished);
    job->start();
}

void ReauthDialog::signInFinished(ApiJob *job)
{
    m_job = nullptr;
    m_secret->setEnabled(true);
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!job->succeeded()) {
        qCInfo(lcReauth) << "sign-in again failed:" << job->error().logString();
        m_banner->showError(job->error().userMessage());
        m_secret->clear();
        m_secret->lineEdit()->setFocus();
        return;
    }
    m_secret->clear();
    qCInfo(lcReauth) << "signed in again";
    Q_EMIT reauthenticated();
    accept();
}

} // namespace runai
