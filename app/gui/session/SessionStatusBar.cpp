// SPDX-License-Identifier: MIT
#include "gui/session/SessionStatusBar.h"

#include "gui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace runai {

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QWidget(parent)
{
    m_console = new QLabel(this);
    m_console->setObjectName(u"consoleLabel"_s);
    m_console->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity = new QLabel(this);
    m_identity->setObjectName(u"identityLabel"_s);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lifetime = new QLabel(this);
    m_lifetime->setObjectName(u"lifetimeLabel"_s);

    m_signOut = new QToolButton(this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_signOut->setText(tr("Sign out"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setIcon(icons::icon(u"sign-out"_s));
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signOut->setAutoRaise(true);
    connect(m_signOut, &QToolButton::clicked, this, &SessionStatusBar::signOutRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    layout->addWidget(m_console);
    layout->addWidget(m_identity);
    layout->addWidget(m_lifetime);
    layout->addWidget(m_signOut);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionStatusBar::updateLifetime);
    clearConnection();
}

void SessionStatusBar::setConnection(const QUrl &consoleUrl, const QString &identity,
                                     const QDateTime &expiresAt)
{
    m_console->setText(tr("Console: %1").arg(consoleUrl.toDisplayString()));
    m_identity->setText(tr("Signed in as %1").arg(identity));
    m_identity->setVisible(true);
    m_signOut->setVisible(true);
    setExpiry(expiresAt);
}

void SessionStatusBar::setConsoleDescription(const QString &description)
{
    m_console->setToolTip(description);
}

QString SessionStatusBar::consoleDescription() const
{
    return m_console->toolTip();
}

void SessionStatusBar::setExpiry(const QDateTime &expiresAt)
{
    m_expiresAt = expiresAt;
    m_lifetime->setVisible(true);
    updateLifetime();
    if (m_expiresAt.isValid())
        m_tick.start();
    else
        m_tick.stop();
}

void SessionStatusBar::clearConnection()
{
    m_tick.stop();
    m_expiresAt = {};
    m_console->setText(tr("Not signed in"));
    m_console->setToolTip(QString());
    m_identity->clear();
    m_identity->setVisible(false);
    m_lifetime->clear();
    m_lifetime->setVisible(false);
    m_signOut->setVisible(false);
}

QString SessionStatusBar::consoleText() const
{
    return m_console->text();
}

QString SessionStatusBar::identityText() const
{
    return m_identity->text();
}

QString SessionStatusBar::lifetimeText() const
{
    return m_lifetime->text();
}

QString SessionStatusBar::formatRemaining(qint64 seconds)
{
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    if (minutes < 120)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void SessionStatusBar::updateLifetime()
{
    if (!m_expiresAt.isValid()) {
        m_lifetime->setText(tr("Token lifetime unknown"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    m_lifetime->setText(tr("Token: %1 left").arg(formatRemaining(left)));
    if (left <= 0) {
        m_lifetime->setText(tr("Token expired"));
        m_tick.stop();
    }
}

} // namespace runai
