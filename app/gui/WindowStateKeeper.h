// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QHeaderView;
class QWidget;

namespace runai {

// Remembers a top-level window's geometry and its tables' column widths, order and sort (settings
// group `key`, see AppSettings): restored when tracked, saved when the window closes. Saved state
// that no longer fits (a table gained a column, a screen went away) is ignored by Qt and the
// defaults stay.
class WindowStateKeeper : public QObject
{
    Q_OBJECT
public:
    // Restores `window`'s geometry now; call before the window is shown.
    WindowStateKeeper(QWidget *window, const QString &key);

    // Restores `header`'s saved state now (call after its model is set) and saves it with the
    // window. `name` must be unique within this keeper.
    void track(QHeaderView *header, const QString &name);

    // Writes everything now (also done on the window's Close event).
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window = nullptr;
    QString m_key;
    std::vector<std::pair<QPointer<QHeaderView>, QString>> m_headers;
};

} // namespace runai
