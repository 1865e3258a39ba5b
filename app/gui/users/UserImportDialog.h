// SPDX-License-Identifier: MIT
#pragma once

#include "core/UserImportPlan.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class UserImportDialog;
}

namespace runai {

class BulkUserCreator;
class ExistingUserCheck;
class MessageBanner;
class Session;
class UserImportModel;
class UserImportReportSaver;

// "Import users from CSV…": choose a file (read and parsed on a worker thread), preview every
// row (valid / invalid and why / duplicate in the file / already on the console, checked with
// the server), create the valid ones with BulkUserCreator (progress with count, rate and time
// left; Stop lets the requests in flight finish), then a per-row report: temporary passwords
// masked and copied through the ClipboardGuard, Retry failed rows, Save report as CSV (without
// passwords unless the user ticks "Include passwords" and confirms a warning).
class UserImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The saved report's password column: its name tells a reader the values are exact.
    static constexpr auto TemporaryPasswordColumn
            = "temporaryPassword (exact and in quotes - never altered - read it as text: a "
              "leading = + - @ is part of the password)";

    explicit UserImportDialog(Session *session, QWidget *parent = nullptr);
    ~UserImportDialog() override;

    // Reads and previews a file (what "Choose File…" does after the file dialog).
    void loadFile(const QString &path);
    // Writes the report (what "Save Report…" does after the file dialog and the warning).
    void saveReport(const QString &path, bool withPasswords);

    UserImportModel *model() const { return m_model; }
    BulkUserCreator *creator() const { return m_creator; }
    MessageBanner *banner() const;
    const UserImportPlan &plan() const { return m_plan; }
    bool isChecking() const;
    bool isImporting() const;

Q_SIGNALS:
    void previewReady(); // the file is parsed and checked against the console
    void importFinished();
    void reportSaved(const QString &path);
    // Emitted for each user created, so the Users page can mark it.
    void userCreated(const QString &email);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void chooseFile();
    void planLoaded();
    void checkFinished(const QSet<QString> &existing, const class ApiError &error);
    void startImport();
    void rowChanged(int creatorRow);
    void updateProgress();
    void importDone();
    void copyPassword();
    void updateButtons();
    void updateSummary();
    // Names go only to a console that stores them (UserNameSupport); elsewhere the user is told.
    bool sendsNames() const;
    void warnIfNamesDropped();
    QString reportCsv(bool withPasswords) const;

    std::unique_ptr<Ui::UserImportDialog> m_ui;
    QPointer<Session> m_session;
    UserImportModel *m_model = nullptr;
    BulkUserCreator *m_creator = nullptr;
    ExistingUserCheck *m_check = nullptr;
    UserImportPlan m_plan;
    QList<int> m_creatorRowToModelRow;
    QList<int> m_modelRowToCreatorRow; // -1: the row is not sent (invalid, duplicate, existing)
    QFutureWatcher<UserImportPlan> m_loadWatcher;
    UserImportReportSaver *m_reportSaver = nullptr;
    // Coalesces the progress line's updates when requests go out (it says how many are in flight).
    QTimer m_inFlightUpdate;
    bool m_checked = false;
    bool m_started = false;
};

} // namespace runai
