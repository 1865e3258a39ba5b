#include "MessageBanner.h"

#include "Icons.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace runai {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBanner"_s);
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    applyKind();
    setAccessibleName(text);
    setVisible(true);
    // Screen readers announce the change; the banner never takes focus away from the form.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::clear()
{
    m_text->clear();
    setVisible(false);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::applyKind()
{
    // Soft backgrounds with a darker border: readable in light themes, and the text colour comes
    // from the palette's WindowText, which stays dark on these light fills.
    QString iconName;
    QColor background;
    QColor border;
    switch (m_kind) {
    case Kind::Info:
        iconName = u"info"_s;
        background = QColor(0xe8, 0xf0, 0xfe);
        border = QColor(0x1a, 0x73, 0xe8);
        break;
    case Kind::Success:
        iconName = u"success"_s;
        background = QColor(0xe6, 0xf4, 0xea);
        border = QColor(0x18, 0x80, 0x38);
        break;
    case Kind::Warning:
        iconName = u"warning"_s;
        background = QColor(0xfe, 0xf7, 0xe0);
        border = QColor(0xf2, 0x99, 0x00);
        break;
    case Kind::Error:
        iconName = u"error"_s;
        background = QColor(0xfc, 0xe8, 0xe6);
        border = QColor(0xd9, 0x30, 0x25);
        break;
    }
    setStyleSheet(
            u"QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
            "QFrame#messageBanner QLabel { color: #202124; }"_s.arg(background.name(),
                                                                    border.name()));
    const QIcon i = icons::icon(iconName);
    m_icon->setPixmap(i.isNull() ? QPixmap() : i.pixmap(20, 20));
}

} // namespace runai
