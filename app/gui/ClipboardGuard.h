#pragma once

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

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // The application's one guard (there is one clipboard), created on first use.
    static ClipboardGuard *shared();

    void copySecret(const QString &secret);
    // Not guarded: a client ID or an email is not a secret and may stay in clipboard history.
    void copyPlain(const QString &text);

    void setClearDelay(int milliseconds);
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
    bool clipboardHoldsOurSecret() const;

    int m_clearDelayMs = DefaultClearDelayMs;
    QTimer m_clearTimer;
    QTimer m_tick;
    QString m_guarded;
};

} // namespace runai
