// SPDX-License-Identifier: MIT
#include "gui/widgets/SecretLineEdit.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace runai {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // No drag and drop of a secret either.
    setDragEnabled(false);
    // Every way to select (mouse drag, double click, Shift+arrows, Ctrl+A, Tab focus, Ctrl+K)
    // ends in this signal, emitted before QLineEdit copies the selection to PRIMARY: dropping
    // the selection here leaves nothing to copy.
    connect(this, &QLineEdit::selectionChanged, this, &SecretLineEdit::dropSelectionWhileShown);
}

void SecretLineEdit::setGuarded(bool guarded)
{
    m_guarded = guarded;
}

void SecretLineEdit::setSecretShown(bool shown)
{
    setEchoMode(shown || !m_guarded ? QLineEdit::Normal : QLineEdit::Password);
    // A selection made while masked would otherwise become copyable the moment it is shown.
    dropSelectionWhileShown();
}

void SecretLineEdit::dropSelectionWhileShown()
{
    if (shownAndGuarded() && hasSelectedText())
        deselect();
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event)
{
    const bool copyKey = event->matches(QKeySequence::Copy)
                         || (event->key() == Qt::Key_Insert
                             && event->modifiers() == Qt::ControlModifier);
    if (m_guarded && copyKey) {
        // The whole secret, through the guard: there is never a shown selection to copy.
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    const bool wholeLine = event->matches(QKeySequence::DeleteCompleteLine);
    if (m_guarded && (wholeLine || event->matches(QKeySequence::DeleteEndOfLine))) {
        // QLineEdit copies what these keys delete (Ctrl+K on X11) to the clipboard, unguarded.
        if (!isReadOnly())
            setText(wholeLine ? QString() : text().left(cursorPosition()));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_guarded) {
        QLineEdit::contextMenuEvent(event);
        return;
    }
    // Not QLineEdit's menu: its Copy and Cut bypass the guard, and Select All would fill PRIMARY.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(tr("&Copy (the clipboard is cleared soon)"), this,
                                    &SecretLineEdit::copyRequested);
    copy->setObjectName(u"guardedCopyAction"_s);
    copy->setEnabled(!text().isEmpty());
    if (!isReadOnly()) {
        QAction *paste = menu->addAction(tr("&Paste"), this, &QLineEdit::paste);
        paste->setObjectName(u"pasteAction"_s);
        QAction *clearAll = menu->addAction(tr("C&lear"), this, &QLineEdit::clear);
        clearAll->setObjectName(u"clearAction"_s);
        clearAll->setEnabled(!text().isEmpty());
    }
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace runai
