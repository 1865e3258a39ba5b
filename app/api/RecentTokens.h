// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace runai {

// The last access token each application received in this run, so the token inspector can offer
// "Application X's last token" after its token dialog is closed. Memory only (tokens are
// secrets: never written anywhere), dropped when they lapse and on sign-out. The tokens are held
// as SecretBytes, zeroed when replaced, pushed out or cleared; entries() hands out QString copies
// for the inspector's text field, which are the caller's.
class RecentTokens : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString label; // the application's name
        QString token;
        QDateTime receivedAt;
    };

    static constexpr int MaxEntries = 10;

    explicit RecentTokens(QObject *parent = nullptr);
    ~RecentTokens() override;
    // The program's one list, created on first use.
    static RecentTokens *shared();

    // Replaces an earlier token under the same label; keeps the newest MaxEntries.
    void remember(const QString &label, const SecretBytes &token);
    // The same for a token that only exists as a QString: the caller's QString stays the caller's.
    void remember(const QString &label, const QString &token);
    // Newest first. Each call makes a QString copy of every token (the caller's, not wiped):
    // to list or pick one, use labels() and revealToken().
    QList<Entry> entries() const;
    QStringList labels() const; // newest first
    // A QString copy of the token remembered under `label` (empty if none), for a text field.
    QString revealToken(const QString &label) const;
    // Forgets every token (sign-out) and the console.
    void clear();

    // The console these tokens were issued by (for the inspector's curl command).
    void setConsoleUrl(const QUrl &url) { m_consoleUrl = url; }
    QUrl consoleUrl() const { return m_consoleUrl; }

Q_SIGNALS:
    void changed();

private:
    struct Held
    {
        QString label;
        SecretBytes token;
        QDateTime receivedAt;
    };
    // std::vector, not QList: QList copies on detach and SecretBytes cannot be copied.
    std::vector<Held> m_entries; // newest first
    QUrl m_consoleUrl;
};

} // namespace runai
