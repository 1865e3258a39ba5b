// SPDX-License-Identifier: MIT
#pragma once

#include "api/BulkUserCreator.h"
#include "core/UserImportPlan.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QWidget;

namespace runai {

// Saves the user import's report: with the temporary passwords only after a warning that says
// what a reader of the file can do, to a file the user chooses (open(), no nested event loop),
// written owner-only on a worker thread so a slow disk never freezes the window.
class UserImportReportSaver : public QObject
{
    Q_OBJECT
public:
    // `report` makes the CSV text, with or without the passwords; questions open over `dialog`.
    UserImportReportSaver(std::function<QString(bool withPasswords)> report, QWidget *dialog);

    // Warns first when `withPasswords`, then asks where to save.
    void ask(bool withPasswords);
    // Writes the report to `path` (what ask() does once the user chose a file).
    void save(const QString &path, bool withPasswords);
    bool isSaving() const { return m_watcher.isRunning(); }

    // The report's "result" column: one stable word per outcome, the same in every language
    // (the "details" column keeps the translated reason), so a script or a spreadsheet filter
    // can pick e.g. the failed rows. A row sent to the console has its creator's outcome; a row
    // never sent, its preview status.
    static QString resultKey(BulkUserCreator::Outcome outcome);
    static QString resultKey(UserImportRow::Status status);

Q_SIGNALS:
    void started();
    void saved(const QString &path);
    void failed(const QString &error);

private:
    void chooseFile(bool withPasswords);

    std::function<QString(bool)> m_report;
    QWidget *m_dialog;
    QFutureWatcher<QString> m_watcher;
    QString m_path;
};

} // namespace runai
