// SPDX-License-Identifier: MIT
#include "gui/widgets/MessageBanner.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace runai {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBanner"_s);
    // The style sheet selects this property, not the object name: forms rename their banner.
    setProperty("runaiBanner", true);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    // Users copy server messages into bug reports, so the text is selectable.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close = new QToolButton(this);
    m_close->setObjectName(u"dismissButton"_s);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);
    icons::setButtonIcon(m_close, u"close"_s);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);

    m_action = new QPushButton(this);
    m_action->setObjectName(u"bannerActionButton"_s);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // A copy: the handler may show the next message, which resets m_onAction.
        if (const auto onAction = m_onAction)
            onAction();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setVisible(false);
}

void MessageBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeightToText();
}

void MessageBanner::fitHeightToText()
{
    // Inside tab and stacked widgets the wrapped text's height-for-width does not reach the page
    // layout, which then gives the banner two lines and cuts off the rest of a long server message:
    // ask for the height this width needs.
    if (width() <= 0 || !layout())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    m_onAction = {};
    m_action->setVisible(false);
    applyKind();
    setAccessibleName(text);
    setVisible(true);
    fitHeightToText();
    // Screen readers announce the change; the banner never takes focus away from the form.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::clear()
{
    m_text->clear();
    m_onAction = {};
    m_action->setVisible(false);
    setVisible(false);
}

void MessageBanner::setAction(const QString &text, std::function<void()> onTriggered)
{
    m_onAction = std::move(onTriggered);
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(u'&'));
    m_action->setVisible(!isHidden() && bool(m_onAction));
    fitHeightToText();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The theme switched (e.g. the desktop went dark): recompute the colours.
    if (!m_applying
        && (event->type() == QEvent::PaletteChange
            || event->type() == QEvent::ApplicationPaletteChange)) {
        applyKind();
    }
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::applyKind()
{
    // Fills are the kind's accent blended into the window colour and the text is the palette's
    // own, so the banner reads well in light and dark themes alike. The parent's palette is used
    // because this frame's own palette is rewritten by its style sheet.
    QString iconName;
    QColor accent;
    switch (m_kind) {
    case Kind::Info:
        iconName = u"info"_s;
        accent = QColor(0x1a, 0x73, 0xe8);
        break;
    case Kind::Success:
        iconName = u"success"_s;
        accent = QColor(0x18, 0x80, 0x38);
        break;
    case Kind::Warning:
        iconName = u"warning"_s;
        accent = QColor(0xf2, 0x99, 0x00);
        break;
    case Kind::Error:
        iconName = u"error"_s;
        accent = QColor(0xd9, 0x30, 0x25);
        break;
    }
    const QPalette palette = parentWidget() ? parentWidget()->palette()
                                            : QGuiApplication::palette();
    const bool dark = theme::isDark(palette);
    const QColor background = theme::mix(palette.color(QPalette::Window), accent, dark ? 0.3 : 0.1);
    const QColor border = dark ? accent.lighter(130) : accent;
    const QColor text = palette.color(QPalette::WindowText);
    m_applying = true;
    setStyleSheet(u"QFrame[runaiBanner=\"true\"] { background: %1; border: 1px solid %2; "
                  u"border-radius: 4px; }"
                  "QFrame[runaiBanner=\"true\"] QLabel { color: %3; }"_s.arg(
                          background.name(), border.name(), text.name()));
    m_applying = false;
    const QIcon i = icons::icon(iconName);
    m_icon->setPixmap(i.isNull() ? QPixmap() : i.pixmap(20, 20));
}

} // namespace runai
