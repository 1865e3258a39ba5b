// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QFileDialog;
class QTableView;
class QToolBar;

namespace runai {

class MessageBanner;
class TableCsvExport;

// "Export table to CSV…" for one page's table (issue 6): the action (in the page's tool bar and
// the table's context menu), a non-blocking save dialog, then what the table shows (its visible
// columns in on-screen order, every row of the view's model, i.e. the page's filter and sort)
// written by TableCsvExport, and the outcome in the page's banner. The page supplies its words
// and says when there is something to export.
class TableExportFlow : public QObject
{
    Q_OBJECT
public:
    struct Texts
    {
        QString toolTip;
        QString dialogTitle;
        QString defaultFileName;
        std::function<QString(int rows, const QString &path)> exporting;
        std::function<QString(int rows, const QString &path)> exported;
        std::function<QString(const QString &path, const QString &error)> failed;
    };

    TableExportFlow(QTableView *view, QToolBar *toolBar, MessageBanner *banner, Texts texts,
                    QWidget *page);

    // The columns a table shows, in on-screen order (what an export of it writes).
    static QList<int> shownColumns(const QTableView *view);

    QAction *action() const { return m_action; }
    TableCsvExport *exporter() const { return m_exporter; }
    // Whether the table has rows that are all loaded; the action also waits for a running export.
    void setAvailable(bool available);
    // New texts (e.g. the console turned out to say "service account"); the action's tool tip
    // follows at once, the rest from the next export on.
    void setTexts(Texts texts);
    // Opens the save dialog (no nested event loop); the export starts once a file is chosen.
    void start();
    // Drops a running export (the table is about to change under it): no file, no message.
    void cancel();

private:
    void exportTo(const QString &path);
    void finished(const QString &path, int rows, const QString &error);
    void updateAction();

    QWidget *m_page = nullptr;
    QTableView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    Texts m_texts;
    TableCsvExport *m_exporter = nullptr;
    QAction *m_action = nullptr;
    QPointer<QFileDialog> m_dialog;
    bool m_available = false;
};

} // namespace runai
