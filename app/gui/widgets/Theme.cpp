// SPDX-License-Identifier: MIT
#include "gui/widgets/Theme.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace runai::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF()
           < palette.color(QPalette::WindowText).lightnessF();
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto channel = [amount](float x, float y) {
        return x + (y - x) * amount;
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

QColor errorText(const QPalette &palette)
{
    // Both have a contrast of at least 4.5:1 (WCAG AA) against typical window colours.
    return isDark(palette) ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
}

QString hintStyle(const QWidget *widget, bool error)
{
    if (!error)
        return {};
    return u"color: %1;"_s.arg(errorText(widget->palette()).name());
}

} // namespace runai::theme
