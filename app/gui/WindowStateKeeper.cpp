// SPDX-License-Identifier: MIT
#include "gui/WindowStateKeeper.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace runai {

WindowStateKeeper::WindowStateKeeper(QWidget *window, const QString &key)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    QSettings settings;
    settings.beginGroup(m_key);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    // restoreGeometry clamps to the screens that exist now, so a window saved on a disconnected
    // monitor comes back on a visible one.
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->installEventFilter(this);
}

void WindowStateKeeper::track(QHeaderView *header, const QString &name)
{
    m_headers.emplace_back(header, name);
    QSettings settings;
    settings.beginGroup(m_key);
    const QByteArray state = settings.value(u"columns/"_s + name).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void WindowStateKeeper::save() const
{
    QSettings settings;
    settings.beginGroup(m_key);
    settings.setValue(u"geometry"_s, m_window->saveGeometry());
    for (const auto &[header, name] : m_headers) {
        if (header)
            settings.setValue(u"columns/"_s + name, header->saveState());
    }
}

bool WindowStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace runai
