// SPDX-License-Identifier: MIT
#pragma once

#include "core/SecretBytes.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace runai {

// Puts secrets on the clipboard the way password managers do (model: KeePassXC Clipboard.cpp):
// the copy carries the "x-kde-passwordManagerHint: secret" hint so clipboard managers keep it out
// of their history, and it is wiped after a delay, or on quit, but only while the clipboard still
// holds our text: we never erase something the user copied afterwards.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearDelayMs = 20'000;
    static constexpr int MinClearSeconds = 5;
    static constexpr int MaxClearSeconds = 600;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // The application's one guard (there is one clipboard), created on first use.
    static ClipboardGuard *shared();

    void copySecret(const QString &secret);
    // Not guarded: a client ID or an email is not a secret and may stay in clipboard history.
    void copyPlain(const QString &text);

    void setClearDelay(int milliseconds);
    // Reads the delay from the settings (default 20 s, clamped to [5 s, 10 min]) / stores it.
    void loadClearDelay();
    void saveClearDelay(int seconds);
    int clearDelay() const { return m_clearDelayMs; }
    // Seconds until the secret is wiped; 0 when nothing is pending.
    int secondsLeft() const;
    bool isGuarding() const { return m_clearTimer.isActive(); }

    // Wipes the clipboard now if it still holds the guarded secret.
    void clearNow();

Q_SIGNALS:
    void countdownChanged(int secondsLeft);
    void cleared();

private:
    bool holdsOurSecret(int mode) const;

    int m_clearDelayMs = DefaultClearDelayMs;
    QTimer m_clearTimer;
    QTimer m_tick;
    // What we put on the clipboard, kept only to recognise it there; zeroed when forgotten.
    SecretBytes m_guarded;
};

} // namespace runai
