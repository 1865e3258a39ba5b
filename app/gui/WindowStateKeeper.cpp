// SPDX-License-Identifier: MIT
#include "gui/WindowStateKeeper.h"

#include "core/AppSettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QWidget>

namespace runai {

WindowStateKeeper::WindowStateKeeper(QWidget *window, const QString &key)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    const QByteArray geometry = AppSettings().windowGeometry(m_key);
    // restoreGeometry clamps to the screens that exist now, so a window saved on a disconnected
    // monitor comes back on a visible one.
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->installEventFilter(this);
}

void WindowStateKeeper::track(QHeaderView *header, const QString &name)
{
    m_headers.emplace_back(header, name);
    const QByteArray state = AppSettings().tableHeaderState(m_key, name);
    if (!state.isEmpty())
        header->restoreState(state);
}

void WindowStateKeeper::save() const
{
    AppSettings settings;
    settings.setWindowGeometry(m_key, m_window->saveGeometry());
    for (const auto &[header, name] : m_headers) {
        if (header)
            settings.setTableHeaderState(m_key, name, header->saveState());
    }
}

bool WindowStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace runai
