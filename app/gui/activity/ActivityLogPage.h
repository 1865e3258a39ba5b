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
class TableCsvExport;

// Lists every action the program took (newest first), with a filter, and exports what it shows
// (the filter, the order and the visible columns, as values: TableCsvExport) to a CSV file the
// user picks. The log itself (ActivityLog) lives in the window; this page only shows it.
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
    // Writes the CSV to `path` (on a worker thread) and reports the outcome in the banner.
    void exportTo(const QString &path);

private:
    void updateSummary();
    void exported(const QString &path, int rows, const QString &error);

    QPointer<ActivityLog> m_log;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<QFileDialog> m_dialog;
    TableCsvExport *m_exporter = nullptr;
};

} // namespace runai
