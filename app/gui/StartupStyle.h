// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace runai {

// The application's style, unchanged but for one thing: the overflow arrow every QMenuBar and
// QToolBar makes when it is built is loaded when it is first drawn (rarely: only when the bar is
// too narrow for its entries). Qt's own style reads it from PNG files through QImageReader, which
// loads every image format plugin (GIF, ICO, JPEG with libjpeg, SVG) to ask each one whether it
// reads PNG: ~2 ms of the window's start-up for an icon nobody saw (issue 14).
class StartupStyle : public QProxyStyle
{
    Q_OBJECT
public:
    StartupStyle(); // over the style Qt would have chosen

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace runai
