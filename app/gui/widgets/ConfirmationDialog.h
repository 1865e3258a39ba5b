// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QPushButton>

#include <functional>
#include <optional>

namespace runai {

// A window-modal yes/no question before an action that cannot be undone (delete, regenerate,
// reset). It is opened with open(), never exec(): the action runs from finished(), so no nested
// event loop exists. Destructive questions default to Cancel, so Enter does not destroy.
//
// Test seam (as KeePassXC's MessageBox::setNextAnswer): answerNext() makes the next dialog
// answer itself right after it is shown, through the same buttons a user clicks; lastText()
// tells a test what was asked.
class ConfirmationDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Severity { Normal, Destructive };

    ConfirmationDialog(QWidget *parent, const QString &title, const QString &text,
                       const QString &acceptText, Severity severity = Severity::Destructive);

    // Opens the question; `onAccept` runs (once) only when the user accepts. The dialog deletes
    // itself when closed. Returns it so a caller or a test may look at it while it is open.
    static ConfirmationDialog *ask(QWidget *parent, const QString &title, const QString &text,
                                   const QString &acceptText, std::function<void()> onAccept,
                                   Severity severity = Severity::Destructive);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool wasAccepted() const { return m_accept && clickedButton() == m_accept; }

    static void answerNext(bool accept) { s_nextAnswer = accept; }
    static void clearNextAnswer() { s_nextAnswer.reset(); }
    static QString lastText() { return s_lastText; }

Q_SIGNALS:
    void confirmed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastText;
};

} // namespace runai
