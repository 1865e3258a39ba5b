// SPDX-License-Identifier: MIT
#pragma once

#include "core/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace runai {

// Every action the program took, newest last, as a table model for the activity page, kept
// across restarts in a JSON-lines file (one ActivityEntry per line, append-only, so a crash
// loses at most the line being written). Each text field passes through the Redactor before it
// is kept or written, as a second line of defence: callers already never pass a secret.
class ActivityLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        IdentityColumn,
        ActionColumn,
        ObjectColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };

    // The file in QStandardPaths::AppDataLocation: <AppData>/activity.jsonl
    static QString defaultFilePath();

    // Reads the existing file (if any). An empty path keeps the log in memory only.
    explicit ActivityLog(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Lines of the file that could not be read (torn or foreign lines are skipped, not fatal).
    int skippedLines() const { return m_skippedLines; }
    // Why the last append to the file failed; empty while writing works.
    QString writeError() const { return m_writeError; }

    // Adds an entry (time defaults to now) and appends it to the file.
    void record(ActivityEntry entry);
    const QList<ActivityEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A cell's value as exported (TableCsvExport::ValueRole): the time in ISO 8601 UTC, the
    // outcome as its stable name (succeeded, failed, cancelled); the header's value is the
    // field's name in the log file (time, profile, …, message).
    static QString columnText(const ActivityEntry &entry, int column);

private:
    void load();
    bool append(const ActivityEntry &entry);

    QString m_filePath;
    QList<ActivityEntry> m_entries;
    int m_skippedLines = 0;
    QString m_writeError;
};

} // namespace runai
