// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"
#include "gui/widgets/TablePageSkeleton.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QToolBar;

namespace runai {

class ApiJob;
class ApplicationsModel;
class ChunkedInsertion;
class Session;

// The Applications page's list: loads the console's applications (or service accounts) into
// the table, a chunk per event-loop turn with Stop, filters the loaded rows, and says in the
// title and the placeholder what the table holds (loading, none yet, none matching, unknown
// after a failed load). The page owns the form; this class drives the table's part of it.
class ApplicationsTable : public QObject
{
    Q_OBJECT
public:
    // Rows go into the table this many per event-loop turn.
    static constexpr int InsertChunkRows = 500;

    ApplicationsTable(const TablePageSkeleton::Form &form, QPushButton *refreshButton);
    ~ApplicationsTable() override;
    // The header's Stop button (before `stopBefore`) and filter, and the actions' tool bar with
    // the export at its end; after the tool bar exists, so the widgets keep their tab order.
    void addControls(QWidget *stopBefore, QToolBar *actionsBar);

    ApplicationsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    TablePageSkeleton *skeleton() const { return m_skeleton; }

    void setSession(Session *session);
    bool isLoading() const;
    bool loadFailed() const { return m_skeleton->loadFailed(); }
    Application selected() const;
    // A row the console just created: shown and selected before the next load brings it.
    void showCreated(const Application &app);
    // Rewords the table's texts (the console says "service account" or "application").
    void applyNoun();

public Q_SLOTS:
    void refresh();
    void stop();

Q_SIGNALS:
    // The console answered the list request (the page may learn the console's words from it).
    void answered();
    // The rows (and so maybe the selection) changed after a load.
    void rowsReplaced();

private:
    ObjectNoun noun() const;
    TableExportFlow::Texts exportTexts() const;
    void listFinished(ApiJob *job);
    void insertChunk(qsizetype from, qsizetype count);
    void insertionDone();
    void resizeColumns();
    void showListOrPlaceholder();

    TablePageSkeleton::Form m_form;
    QPushButton *m_refreshButton;
    QPointer<Session> m_session;
    ApplicationsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TablePageSkeleton *m_skeleton = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QPointer<ApiJob> m_listJob;
    // A list answer waiting to go into the table, InsertChunkRows per event-loop turn.
    ChunkedInsertion *m_insertion = nullptr;
    ApplicationList m_pending;
    QString m_keepSelectedId;
    bool m_inserting = false;
};

} // namespace runai
