// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace runai {

class ActivityLog;
class MessageBanner;

// Lists every action the program took (newest first), with a filter, and exports the log to a
// CSV file the user picks. The log itself (ActivityLog) lives in the window; this page only
// shows it.
class ActivityLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityLogPage(ActivityLog *log, QWidget *parent = nullptr);
    ~ActivityLogPage() override;

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *exportButton() const { return m_export; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    // Opens a save dialog (window-modal, not a nested loop); the file is written once chosen.
    void exportCsv();
    // Writes the CSV to `path` and reports the outcome in the banner.
    bool exportTo(const QString &path);

private:
    void updateSummary();

    QPointer<ActivityLog> m_log;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<QFileDialog> m_dialog;
};

} // namespace runai
