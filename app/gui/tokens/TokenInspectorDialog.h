// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace runai {

class MessageBanner;
class Session;
class SecretField;

// Reads a token: paste one, or pick the session's or an application's last one (RecentTokens);
// see its decoded header and claims, issuer, subject, issued-at and expiry with a live
// countdown (expired tokens are marked), and copy it as an Authorization header, a curl
// command against the console, or shell environment variables, always through the
// ClipboardGuard as a secret. Decoding does not verify the signature: it is for reading only.
class TokenInspectorDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` (may be null) offers "this session's token" and the console URL for curl.
    explicit TokenInspectorDialog(Session *session, QWidget *parent = nullptr);
    ~TokenInspectorDialog() override;

    // Shows `token` as if pasted (from the token dialog's "Inspect" button).
    void inspect(const QString &token, const QString &sourceLabel = {});
    void setConsoleUrl(const QUrl &url) { m_consoleUrl = url; }
    QUrl consoleUrl() const { return m_consoleUrl; }

    void done(int result) override;

    // For tests and the accessibility walk.
    QComboBox *sourceCombo() const { return m_source; }
    SecretField *tokenField() const { return m_token; }
    QLabel *issuerLabel() const { return m_issuer; }
    QLabel *subjectLabel() const { return m_subject; }
    QLabel *issuedLabel() const { return m_issued; }
    QLabel *expiryLabel() const { return m_expiry; }
    QTableWidget *claimsTable() const { return m_claims; }
    QTableWidget *headerTable() const { return m_header; }
    QPushButton *copyHeaderButton() const { return m_copyHeader; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *copyEnvButton() const { return m_copyEnv; }
    MessageBanner *banner() const { return m_banner; }
    bool isExpired() const;

private:
    void fillSources();
    void sourceChosen(int index);
    void decode();
    void clearDetails();
    void updateCountdown();
    void copyAs(const QString &text, const QString &what);
    QString token() const;

    QPointer<Session> m_session;
    QUrl m_consoleUrl;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_source = nullptr;
    SecretField *m_token = nullptr;
    QLabel *m_algorithm = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_audience = nullptr;
    QLabel *m_issued = nullptr;
    QLabel *m_expiry = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_claims = nullptr;
    QTableWidget *m_header = nullptr;
    QPushButton *m_copyHeader = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyEnv = nullptr;
    QDateTime m_expiresAt;
    QTimer m_tick;
    bool m_filling = false;
};

} // namespace runai
