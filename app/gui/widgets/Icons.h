// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

class QAbstractButton;
class QAction;

namespace runai::icons {

// Icons are SVGs compiled into the binary (resources/runai.qrc). Rendering them needs Qt's SVG
// icon engine (package libqt6svg6); without it QIcon is null, so callers that show an icon-only
// control go through setButtonIcon(), which falls back to the button's text.
QIcon icon(const QString &name);
QIcon appIcon();
bool available();

// Gives an icon-only tool button its icon, or shows its text when SVG icons cannot be drawn.
void setButtonIcon(QAbstractButton *button, const QString &name);

} // namespace runai::icons
