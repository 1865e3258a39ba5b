// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"
#include "gui/applications/ApplicationsTable.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ApplicationsPage;
}

namespace runai {

class ApplicationActions;
class ApplicationVerification;
class ApplicationDetails;
class ApplicationRegistration;
class ApplicationTokenFlow;
class ApplicationsModel;
class ClientSecretSaver;
class KeychainBridge;
class MessageBanner;
class Session;
class TableCsvExport;

// Register applications, list them, show a stored client secret on demand and get a
// client_credentials token. The page asks app/api for jobs and the KeychainBridge for secrets;
// it never builds a URL or parses JSON. The registration form, Get token and the row actions
// are classes of their own; the page owns the form and the list.
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsPage(KeychainBridge *keychain, QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    // nullptr when signed out: the table empties and every action is disabled.
    void setSession(Session *session);

    ApplicationsModel *model() const;
    QSortFilterProxyModel *proxy() const;
    QTableView *tableView() const;
    MessageBanner *banner() const;
    // True while the list is requested or its rows are still going into the table.
    bool isLoading() const;
    bool isRegistering() const;
    // The name being registered while the answer is awaited, else empty (for sign-out).
    QString registeringName() const;
    // A create whose answer a sign-out dropped: ask the console whether this page's last
    // registration of `name` took effect, as after any lost answer.
    void checkInterruptedCreate(const QString &name);
    bool isGettingToken() const;
    // True after a load failed: the table shows a placeholder saying so, never an empty list.
    bool loadFailed() const;
    // Regenerate, enable/disable, delete, export, access rules (context menu and tool bar).
    ApplicationActions *actions() const { return m_actions; }
    // Verify access (issue 15): the action and the offer after a grant.
    ApplicationVerification *verification() const { return m_verification; }
    // "Export table to CSV…" (tool bar and context menu): the rows and columns as shown, never
    // the client secret column.
    QAction *exportCsvAction() const;
    TableCsvExport *exporter() const;
    // Filters the loaded rows by name, client ID or creator (the proxy; the API cannot filter).
    QLineEdit *filterEdit() const;
    // Rows go into the table this many per event-loop turn.
    static constexpr int InsertChunkRows = ApplicationsTable::InsertChunkRows;
    // The console part of this page's keychain keys.
    QString consoleKey() const;

public Q_SLOTS:
    void focusForm();
    void refresh();
    void registerApplication();
    void getToken();
    void stopLoading();
    // Re-reads what the console calls this page's objects (ObjectNoun::of(session)) and, when
    // it changed, rewords the page and emits nounChanged(). Called when a list answer taught
    // the session which API the console has, and when the session's capabilities change.
    void followConsoleWords();

Q_SIGNALS:
    // The page now says "service account" instead of "application" or back (the window's tab
    // and menus follow).
    void nounChanged();

private:
    ObjectNoun noun() const;
    void applyNoun();
    void updateSelection();

    std::unique_ptr<Ui::ApplicationsPage> m_ui;
    QPointer<Session> m_session;
    ApplicationsTable *m_table = nullptr;
    ClientSecretSaver *m_secrets = nullptr;
    ApplicationActions *m_actions = nullptr;
    ApplicationVerification *m_verification = nullptr;
    ApplicationRegistration *m_registration = nullptr;
    ApplicationDetails *m_details = nullptr;
    ApplicationTokenFlow *m_token = nullptr;
    ObjectNoun m_appliedNoun; // what the fixed texts say now
};

} // namespace runai
