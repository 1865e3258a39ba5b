// SPDX-License-Identifier: MIT
#include "gui/widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace runai {

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto special = QStyleOptionViewItem::HasCheckIndicator
                             | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    // Selected cells too (one row): light text on the selection's colour comes out a little
    // differently antialiased from a QStaticText.
    if ((opt.features & special) || (opt.state & QStyle::State_Selected)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws the panel (background, selection, focus) without laying the text out.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same margins, colours and alignment as QCommonStyle's item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal
                                                                   : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QStaticText &laid = laidOut(text, opt.font, textRect.width(), opt.textElideMode);
    const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, laid.size().toSize(),
                                         textRect);
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, QPalette::Text));
    painter->drawStaticText(at.topLeft(), laid);
    painter->restore();
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width,
                                               Qt::TextElideMode elideMode) const
{
    Key key{text, font, width, int(elideMode)};
    auto it = m_texts.constFind(key);
    if (it != m_texts.constEnd())
        return *it;
    if (m_texts.size() >= MaxCachedTexts)
        m_texts.clear();
    // One line, as the table shows it.
    QString line = text;
    line.replace(QChar::LineSeparator, u' ').replace(u'\n', u' ');
    QStaticText laid(QFontMetrics(font).elidedText(line, elideMode, width));
    laid.setTextFormat(Qt::PlainText);
    laid.prepare(QTransform(), font);
    return *m_texts.insert(std::move(key), std::move(laid));
}

} // namespace runai
