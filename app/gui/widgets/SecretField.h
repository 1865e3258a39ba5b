// SPDX-License-Identifier: MIT
#pragma once

#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace runai {

// A masked line edit with "reveal" and "copy" buttons. In secret mode the text is hidden until
// revealed and copies go through the ClipboardGuard; in plain mode (client IDs) there is only a
// copy button. With on-demand loading the field holds nothing until the user asks to reveal or
// copy, then emits secretRequested(): the secret is read from the keychain only when needed.
// Every copy of a secret (button, Ctrl+C, Ctrl+Insert, context menu) goes through the guard, and
// shown text cannot be selected into X11's PRIMARY selection (see SecretLineEdit).
class SecretField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Secret, Plain };
    Q_ENUM(Mode)

    explicit SecretField(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // Names the field for assistive technology: "Client secret" gives "Show Client secret" etc.
    void setLabelText(const QString &label);

    void setText(const QString &text);
    QString text() const;
    void clear();

    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);

    void setRevealed(bool revealed);
    bool isRevealed() const;

    void setClipboardGuard(ClipboardGuard *guard) { m_guard = guard; }

    // On-demand mode: see the class comment. provideSecret() completes the pending action.
    void setOnDemand(bool onDemand);
    bool isOnDemand() const { return m_onDemand; }
    void provideSecret(const QString &secret);
    void failSecretRequest();

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    void copied();
    void textChanged(const QString &text);
    void secretRequested();

private:
    enum class Pending { None, Reveal, Copy };
    void updateEcho();
    void updateNames();
    void onRevealToggled(bool checked);

    Mode m_mode = Mode::Secret;
    QString m_label;
    SecretLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copy = nullptr;
    QPointer<ClipboardGuard> m_guard;
    bool m_onDemand = false;
    bool m_loaded = false;
    Pending m_pending = Pending::None;
};

} // namespace runai
