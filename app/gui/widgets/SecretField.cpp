// SPDX-License-Identifier: MIT
#include "gui/widgets/SecretField.h"

#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/SecretLineEdit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace runai {

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new SecretLineEdit(this);
    m_edit->setObjectName(u"secretEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(220);

    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    // Plain fields keep the space of the hidden button, so stacked fields line up.
    QSizePolicy keepSpace = m_reveal->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_reveal->setSizePolicy(keepSpace);
    icons::setButtonIcon(m_reveal, u"reveal"_s);

    m_copy = new QToolButton(this);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setText(tr("Copy"));
    icons::setButtonIcon(m_copy, u"copy"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);

    // A QLabel buddy points at this widget; focus goes on to the line edit.
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_reveal, &QToolButton::toggled, this, &SecretField::onRevealToggled);
    connect(m_copy, &QToolButton::clicked, this, &SecretField::copy);
    connect(m_edit, &SecretLineEdit::copyRequested, this, &SecretField::copy);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::textChanged);
    updateNames();
}

void SecretField::setMode(Mode mode)
{
    m_mode = mode;
    m_edit->setGuarded(mode == Mode::Secret);
    m_reveal->setVisible(mode == Mode::Secret);
    updateEcho();
    updateNames();
}

void SecretField::setLabelText(const QString &label)
{
    m_label = label;
    updateNames();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
    // Show the start of a long token, not its end.
    m_edit->setCursorPosition(0);
    m_loaded = !text.isEmpty();
}

QString SecretField::text() const
{
    return m_edit->text();
}

void SecretField::clear()
{
    m_edit->clear();
    m_loaded = false;
    m_pending = Pending::None;
    setRevealed(false);
}

void SecretField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretField::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
    updateEcho();
}

bool SecretField::isRevealed() const
{
    return m_mode == Mode::Plain || m_reveal->isChecked();
}

void SecretField::setOnDemand(bool onDemand)
{
    m_onDemand = onDemand;
    m_loaded = !m_edit->text().isEmpty();
}

void SecretField::provideSecret(const QString &secret)
{
    m_edit->setText(secret);
    m_edit->setCursorPosition(0);
    m_loaded = true;
    const Pending pending = std::exchange(m_pending, Pending::None);
    m_reveal->setEnabled(true);
    m_copy->setEnabled(true);
    if (pending == Pending::Reveal)
        setRevealed(true);
    else if (pending == Pending::Copy)
        copy();
}

void SecretField::failSecretRequest()
{
    m_pending = Pending::None;
    m_reveal->setEnabled(true);
    m_copy->setEnabled(true);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    updateEcho();
}

void SecretField::copy()
{
    if (m_onDemand && !m_loaded) {
        if (m_pending == Pending::None) {
            m_pending = Pending::Copy;
            // One keychain read at a time: the buttons wait for provideSecret().
            m_reveal->setEnabled(false);
            m_copy->setEnabled(false);
            Q_EMIT secretRequested();
        }
        return;
    }
    const QString value = m_edit->text();
    if (value.isEmpty())
        return;
    ClipboardGuard *guard = m_guard ? m_guard.data() : ClipboardGuard::shared();
    if (m_mode == Mode::Secret)
        guard->copySecret(value);
    else
        guard->copyPlain(value);
    Q_EMIT copied();
}

void SecretField::onRevealToggled(bool checked)
{
    if (checked && m_onDemand && !m_loaded) {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
        if (m_pending == Pending::None) {
            m_pending = Pending::Reveal;
            m_reveal->setEnabled(false);
            m_copy->setEnabled(false);
            Q_EMIT secretRequested();
        }
        return;
    }
    updateEcho();
    updateNames();
}

void SecretField::updateEcho()
{
    m_edit->setSecretShown(isRevealed());
    const bool shown = m_reveal->isChecked();
    m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    icons::setButtonIcon(m_reveal, shown ? u"conceal"_s : u"reveal"_s);
    m_reveal->setToolTip(m_reveal->text());
}

void SecretField::updateNames()
{
    const QString label = m_label.isEmpty() ? tr("secret") : m_label;
    m_edit->setAccessibleName(label);
    m_reveal->setAccessibleName(m_reveal->isChecked() ? tr("Hide %1").arg(label)
                                                      : tr("Show %1").arg(label));
    m_copy->setAccessibleName(tr("Copy %1").arg(label));
    m_copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
}

} // namespace runai
