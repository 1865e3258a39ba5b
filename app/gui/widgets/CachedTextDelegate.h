// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace runai {

// A delegate for big tables of plain text (the Users page): draws a cell's background,
// selection and focus as QStyledItemDelegate does, and its text from a cache of laid-out
// QStaticText per (text, font, width). The plain delegate lays every cell's text out twice per
// paint (to measure it and to draw it, eliding each time): ~10 ms for a screen of users, and a
// list that loads repaints that screen ten times a second without its text changing. Cells
// with an icon, a check box or wrapped text, and selected cells, are drawn by
// QStyledItemDelegate. tst_cachedtextdelegate holds it to the same pixels.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Entries kept before the cache starts again (a screen needs a few hundred).
    static constexpr qsizetype MaxCachedTexts = 4096;

private:
    struct Key
    {
        QString text;
        QFont font;
        int width = 0;
        int elideMode = 0;
        bool operator==(const Key &other) const
        {
            return width == other.width && elideMode == other.elideMode && text == other.text
                   && font == other.font;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elideMode, key.font);
        }
    };
    const QStaticText &laidOut(const QString &text, const QFont &font, int width,
                               Qt::TextElideMode elideMode) const;

    mutable QHash<Key, QStaticText> m_texts;
};

} // namespace runai
