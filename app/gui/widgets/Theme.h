// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace runai::theme {

// Colours that are not in QPalette (error red, banner fills) chosen for the palette in use, so the
// program stays legible in dark themes: a hard-coded dark red on a dark window is unreadable.

// True when the palette's window is darker than its text (a dark theme).
bool isDark(const QPalette &palette);
// `a` moved towards `b` by `amount` (0 = a, 1 = b), per channel.
QColor mix(const QColor &a, const QColor &b, qreal amount);
// Text colour for error hints: dark red on light windows, light red on dark ones.
QColor errorText(const QPalette &palette);
// Style sheet for a hint label: error red, or empty (the palette's normal text) when !error.
QString hintStyle(const QWidget *widget, bool error);

} // namespace runai::theme
