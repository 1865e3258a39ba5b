// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReviewReport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QFileDialog;
class QPushButton;
class QWidget;

namespace runai {

class MessageBanner;

// Export review → CSV or a self-contained HTML report: a non-blocking save dialog, then the
// review's snapshot (taken when the file is chosen) formatted and written on a pool thread, and
// the outcome in the page's banner. Nothing secret can be written: the snapshot holds none.
class ReviewExportFlow : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Html };
    using SnapshotSource = std::function<ReviewSnapshot()>;

    ReviewExportFlow(QPushButton *csvButton, QPushButton *htmlButton, MessageBanner *banner,
                     SnapshotSource snapshot, QWidget *page);

    void setAvailable(bool available);
    void start(Format format); // opens the save dialog
    void exportTo(Format format, const QString &path); // the dialog's answer (and tests)
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const QString &path, const QString &error); // error empty: written

private:
    void done(const QString &path, int rows, const QString &error);
    void updateButtons();

    QWidget *m_page;
    QPushButton *m_csv;
    QPushButton *m_html;
    MessageBanner *m_banner;
    SnapshotSource m_snapshot;
    QPointer<QFileDialog> m_dialog;
    bool m_available = false;
    bool m_running = false;
};

} // namespace runai
