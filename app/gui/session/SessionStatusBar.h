// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QToolButton;

namespace runai {

// The strip at the bottom of the main window that always says where we are connected, as whom,
// and how long the access token has left (Run:ai tokens last about an hour), with Sign out.
class SessionStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setConnection(const QUrl &consoleUrl, const QString &identity, const QDateTime &expiresAt);
    void setExpiry(const QDateTime &expiresAt);
    // The console label's tooltip: its address and what it offers, e.g. "Run:ai 3.0 API:
    // service accounts, access keys, OAuth2 tokens" (ConsoleCapabilities::summary()).
    void setConsoleDescription(const QString &description);
    void clearConnection();

    // Exposed for tests and the accessibility walk.
    QString consoleText() const;
    QString identityText() const;
    QString lifetimeText() const;
    QString consoleDescription() const;
    QToolButton *signOutButton() const { return m_signOut; }

    // "59 min", "4 min 10 s", "expired": pure so it can be tested with a table.
    static QString formatRemaining(qint64 seconds);

Q_SIGNALS:
    void signOutRequested();

private:
    void updateLifetime();

    QLabel *m_console = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_lifetime = nullptr;
    QToolButton *m_signOut = nullptr;
    QDateTime m_expiresAt;
    QTimer m_tick;
};

} // namespace runai
