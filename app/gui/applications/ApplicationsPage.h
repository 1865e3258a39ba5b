// SPDX-License-Identifier: MIT
#pragma once

#include "core/TokenSet.h"

#include "api/ApiJob.h"
#include "api/Session.h"
#include "core/Application.h"
#include "core/ObjectNoun.h"
#include "gui/widgets/TableExportFlow.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ApplicationsPage;
}

namespace runai {

class ApiJob;
class LostCreateCheck;
class ApplicationActions;
class ApplicationsModel;
class KeychainBridge;
class MessageBanner;
class Session;
class TableCsvExport;

// Register applications, list them, show a stored client secret on demand and get a
// client_credentials token. The page asks app/api for jobs and the KeychainBridge for secrets;
// it never builds a URL or parses JSON. One job per action is held in a QPointer, so a second
// click while a request runs does nothing.
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsPage(KeychainBridge *keychain, QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    // nullptr when signed out: the table empties and every action is disabled.
    void setSession(Session *session);

    ApplicationsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const;
    MessageBanner *banner() const;
    Ui::ApplicationsPage *ui() const { return m_ui.get(); }
    // True while the list is requested or its rows are still going into the table.
    bool isLoading() const { return m_listJob || m_inserting; }
    bool isRegistering() const { return m_createJob; }
    // The name being registered while the answer is awaited, else empty (for sign-out).
    QString registeringName() const { return m_createJob ? m_createName : QString(); }
    // A create whose answer a sign-out dropped: ask the console whether this page's last
    // registration of `name` took effect, as after any lost answer.
    void checkInterruptedCreate(const QString &name)
    {
        // No answer ever came: the console may have acted on it any time until now.
        m_createAnsweredAt = QDateTime::currentDateTimeUtc();
        recoverLostCreate(name);
    }
    bool isGettingToken() const { return m_tokenJob || m_readingSecret; }
    // True after a load failed: the table shows a placeholder saying so, never an empty list.
    bool loadFailed() const { return m_loadFailed; }
    // Regenerate, enable/disable, delete, export, access rules (context menu and tool bar).
    ApplicationActions *actions() const { return m_actions; }
    // "Export table to CSV…" (tool bar and context menu): the rows and columns as shown, never
    // the client secret column.
    QAction *exportCsvAction() const;
    TableCsvExport *exporter() const;
    // Filters the loaded rows by name, client ID or creator (the proxy; the API cannot filter).
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // Rows go into the table this many per event-loop turn.
    static constexpr int InsertChunkRows = 500;
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
    // the session which API the console has; also the slot for the session's capabilities
    // changing, once sessions announce that.
    void followConsoleWords();

Q_SIGNALS:
    // The page now says "service account" instead of "application" or back (the window's tab
    // and menus follow).
    void nounChanged();

private:
    ObjectNoun noun() const;
    void applyNoun();
    TableExportFlow::Texts exportTexts() const;
    void validateName();
    void listFinished(ApiJob *job);
    void insertChunk();
    void showStop(bool loading);
    void showListOrPlaceholder();
    void resizeColumns();
    void insertionDone();
    void updateExportAction();
    void createFinished(ApiJob *job);
    // The answer to a registration was lost: look the name up instead of sending it again.
    void recoverLostCreate(const QString &name);
    void lostCreateChecked(LostCreateCheck *check);
    void lostSecretRegenerated(LostCreateCheck *check, const QString &secret);
    void offerToReplaceExistingSecret(LostCreateCheck *check);
    void saveSecret(const Application &app, const QString &secret, QObject *dialog);
    void updateSelection();
    void updateStoredSecrets();
    void requestSelectedSecret();
    // Where a held client secret lives: the keychain, or memory for this session only.
    QString secretLocationText() const;
    void requestToken(const Application &app, const QString &secret);
    void tokenFinished(ApiJob *job, const Application &app, const QString &secret);
    void useIdentity(const Application &app, const QString &secret);
    void showPlaceholder(const QString &text);
    Application selectedApplication() const;

    std::unique_ptr<Ui::ApplicationsPage> m_ui;
    QPointer<KeychainBridge> m_keychain;
    QPointer<Session> m_session;
    ApplicationsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ApplicationActions *m_actions = nullptr;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_createJob;
    // When the last create was sent and its answer came (this machine's clock): only an object
    // the console made in between can be that create's (LostCreateCheck).
    QString m_createName;
    QDateTime m_createSentAt;
    QDateTime m_createAnsweredAt;
    QPointer<LostCreateCheck> m_lostCreate;
    QPointer<ApiJob> m_tokenJob;
    QPointer<ApiJob> m_identityJob;
    bool m_readingSecret = false;
    // A list answer waiting to go into the table, InsertChunkRows per event-loop turn.
    ApplicationList m_pending;
    qsizetype m_pendingNext = 0;
    QString m_keepSelectedId;
    bool m_inserting = false;
    QPushButton *m_stopButton = nullptr;
    QShortcut *m_stopShortcut = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    TableExportFlow *m_export = nullptr;
    ObjectNoun m_appliedNoun; // what the fixed texts say now
    bool m_loadFailed = false;
    QString m_loadErrorText; // the banner's text when the last load failed
};

} // namespace runai
