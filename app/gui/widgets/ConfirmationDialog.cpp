// SPDX-License-Identifier: MIT
#include "gui/widgets/ConfirmationDialog.h"

#include <QPushButton>
#include <QTimer>

namespace runai {

ConfirmationDialog::ConfirmationDialog(QWidget *parent, const QString &title, const QString &text,
                                       const QString &acceptText, Severity severity)
    : QMessageBox(parent)
{
    setWindowTitle(title);
    setText(text);
    setTextFormat(Qt::RichText);
    setIcon(severity == Severity::Destructive ? QMessageBox::Warning : QMessageBox::Question);
    setWindowModality(Qt::WindowModal);
    m_accept = addButton(acceptText, QMessageBox::AcceptRole);
    m_cancel = addButton(QMessageBox::Cancel);
    m_accept->setAccessibleName(acceptText.simplified().remove(u'&'));
    m_cancel->setAccessibleName(tr("Cancel"));
    // Enter must not destroy anything: a destructive question defaults to Cancel.
    setDefaultButton(severity == Severity::Destructive ? m_cancel : m_accept);
    setEscapeButton(m_cancel);
    setAccessibleName(title);
    connect(this, &QMessageBox::finished, this, [this] {
        if (wasAccepted())
            Q_EMIT confirmed();
    });
}

ConfirmationDialog *ConfirmationDialog::ask(QWidget *parent, const QString &title,
                                            const QString &text, const QString &acceptText,
                                            std::function<void()> onAccept, Severity severity)
{
    auto *dialog = new ConfirmationDialog(parent, title, text, acceptText, severity);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmationDialog::confirmed, dialog, std::move(onAccept));
    dialog->open();
    return dialog;
}

void ConfirmationDialog::showEvent(QShowEvent *event)
{
    QMessageBox::showEvent(event);
    s_lastText = text();
    if (!s_nextAnswer)
        return;
    QAbstractButton *button = *s_nextAnswer ? m_accept : m_cancel;
    s_nextAnswer.reset();
    // Answered from the event loop, through the real button, as a user would.
    QTimer::singleShot(0, button, &QAbstractButton::click);
}

} // namespace runai
