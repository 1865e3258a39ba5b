// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

namespace runai {

// The line edit of a SecretField. While it guards a secret, the secret leaves it only through
// copyRequested() (the field hands it to the ClipboardGuard: password-manager hints, timed wipe):
// Ctrl+C, Ctrl+Insert and the context menu's Copy all ask for that instead of QLineEdit's own
// unguarded copy, and the delete-to-end keys (Ctrl+K) delete without copying. And while the secret
// is shown, no text can be selected: on X11 QLineEdit puts every selection on the PRIMARY selection
// (middle-click paste) at once, past any guard. Masked text may be selected (Qt copies nothing from
// a password echo).
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    // false for plain fields (a client ID): then it is an ordinary line edit.
    void setGuarded(bool guarded);
    bool isGuarded() const { return m_guarded; }
    // Shows the text (Normal echo, no selection) or masks it (Password echo).
    void setSecretShown(bool shown);

Q_SIGNALS:
    void copyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool shownAndGuarded() const { return m_guarded && echoMode() == QLineEdit::Normal; }
    void dropSelectionWhileShown();

    bool m_guarded = true;
};

} // namespace runai
