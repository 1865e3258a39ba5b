// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace runai {

// An inline, non-modal message strip shown above a form (like KeePassXC's MessageWidget):
// errors stay next to the input that caused them instead of popping up a dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void showWarning(const QString &text) { showMessage(Kind::Warning, text); }
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

    // One button on the shown message ("Try again", "Regenerate secret"), so the way out of a
    // problem is one click next to its explanation. The next message or clear() removes it.
    void setAction(const QString &text, std::function<void()> onTriggered);
    QPushButton *actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyKind();
    void fitHeightToText();

    Kind m_kind = Kind::Info;
    bool m_applying = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QPushButton *m_action = nullptr;
    std::function<void()> m_onAction;
};

} // namespace runai
