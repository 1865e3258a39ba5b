// SPDX-License-Identifier: MIT
#pragma once

#include "gui/widgets/TableExportFlow.h"

#include <QObject>
#include <QString>

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;
class QWidget;

namespace runai {

class ApiError;
class MessageBanner;
class Session;

// What a page listing the console's objects in a table does the same way whatever the objects
// (the Applications and Users pages): a bold list title, the table above a placeholder that says
// why there are no rows, F5 to reload, a "Stop Loading" button with Esc while a long list comes
// in, "Export table to CSV…" offered only once every row is in, the actions' tool bar above the
// table, and a failed load that says "unknown, not empty" instead of showing an empty list. The
// page keeps its form and its words; this class only drives the parts of the form it is given.
class TablePageSkeleton : public QObject
{
    Q_OBJECT
public:
    // The parts of the page's form this class drives (every table page's form has them).
    struct Form
    {
        QWidget *page = nullptr;
        QBoxLayout *pageLayout = nullptr; // holds `stack`; the tool bar goes just above it
        QBoxLayout *headerLayout = nullptr; // the list title's row; the Stop button goes in it
        QLabel *title = nullptr;
        QStackedWidget *stack = nullptr; // `tablePage` or `placeholderPage`
        QWidget *tablePage = nullptr;
        QWidget *placeholderPage = nullptr;
        QLabel *placeholderLabel = nullptr;
        QTableView *table = nullptr;
        MessageBanner *banner = nullptr;
    };
    // The words of a failed load: the banner's (with the error's message), and the placeholder's
    // while the list waits for the user to sign in again, or for a Refresh.
    struct LoadFailureTexts
    {
        QString banner;
        QString waitingForSignIn;
        QString pressRefresh;
    };

    // `isLoading`: whether the list is still coming in (no export until it is complete).
    TablePageSkeleton(const Form &form, QSortFilterProxyModel *proxy,
                      std::function<bool()> isLoading);

    // The actions' tool bar, placed above the table; then the export action at its end.
    void addToolBar(QToolBar *toolBar, TableExportFlow::Texts exportTexts);
    // "Stop Loading" in the header row before `before`, and Esc; hidden until setLoading(true).
    QPushButton *addStopButton(QWidget *before);
    // Shows or hides the Stop button (and Esc) and offers the export once the list is complete.
    void setLoading(bool loading);
    QPushButton *stopButton() const { return m_stopButton; }
    void updateExportAction();
    TableExportFlow *exportFlow() const { return m_export; }

    void showPlaceholder(const QString &text);
    void showTable();
    bool showsTable() const;

    // A failed load: the error in the banner, no rows (never an empty list that looks like "none
    // here") and a placeholder saying so. A load refused for the lack of a session runs `reload`
    // by itself once the user signed in again.
    void showLoadFailure(const ApiError &error, Session *session, const LoadFailureTexts &texts,
                         const std::function<void()> &reload);
    bool loadFailed() const { return m_loadFailed; }
    // The load succeeded (or the session changed): only the failed load's own error leaves the
    // banner; a lost create's message keeps its way out ("Regenerate secret", "Try again") when
    // the list refreshes behind it.
    void clearLoadFailure();
    void forgetLoadFailure() { m_loadFailed = false; }

Q_SIGNALS:
    void refreshRequested();
    void stopRequested();

private:
    Form m_form;
    QSortFilterProxyModel *m_proxy = nullptr;
    std::function<bool()> m_isLoading;
    TableExportFlow *m_export = nullptr;
    QPushButton *m_stopButton = nullptr;
    QShortcut *m_stopShortcut = nullptr;
    bool m_loadFailed = false;
    QString m_loadErrorText; // the banner's text when the last load failed
};

} // namespace runai
