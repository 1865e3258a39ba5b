// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemModel;

namespace runai {

// Saves a table as CSV: the given columns (the visible ones, in view order), every row of the
// model handed in (a proxy's filter and sort order included, all loaded rows, not only the
// viewport), written with Csv (RFC 4180 quoting, CRLF) as UTF-8 with a BOM so spreadsheets read
// non-ASCII names right.
//
// Data, not decoration (issue 15): a cell is written as its ValueRole (the value a spreadsheet,
// a script or the users import can use: an email without "(new)", ISO 8601 UTC timestamps,
// true/false, empty for never), and a header as headerData(ValueRole) (a stable field name,
// the same in every language). A column may stand for several fields (a name as first and last
// name): its ValueRole is then a QStringList, as long as its header's list. A model without
// ValueRole is written as displayed (DisplayRole).
//
// Never a secret: a model marks a column that must not leave the program by answering true to
// headerData(section, Qt::Horizontal, SensitiveColumnRole); such a column is skipped even when
// the caller lists it. (The applications table's "Client secret" column only says whether the
// keychain holds a secret, but an export has no use for it and must not invite one.)
//
// A big table (100,000 rows) is read in chunks across event-loop turns, so the window never
// freezes, and written on a pool thread through QSaveFile (all or nothing). If the model
// changes while it is read (a reload), the export fails instead of writing a mix.
class TableCsvExport : public QObject
{
    Q_OBJECT
public:
    // headerData role (bool) by which a model marks a column that is never exported.
    static constexpr int SensitiveColumnRole = Qt::UserRole + 900;
    // data() and headerData() role (QString, or QStringList for a column of several fields):
    // what an export writes instead of the display text.
    static constexpr int ValueRole = Qt::UserRole + 901;

    explicit TableCsvExport(QObject *parent = nullptr);
    ~TableCsvExport() override;

    // The columns of `columns` that may be exported (sensitive ones dropped).
    static QList<int> exportableColumns(const QAbstractItemModel *model, const QList<int> &columns);
    // The whole table at once: header row, then rows first to last. For tests and small tables.
    static QString toCsv(const QAbstractItemModel *model, const QList<int> &columns);
    // One row (or the header row with row == -1), ending with CRLF.
    static QString rowCsv(const QAbstractItemModel *model, const QList<int> &columns, int row);

    void setChunkRows(int rows) { m_chunkRows = qMax(1, rows); }

    // Starts an export; false when one is already running. Ends with finished().
    bool start(QAbstractItemModel *model, const QList<int> &columns, const QString &path);
    bool isRunning() const { return m_running; }
    // Stops reading; no file is written and finished() is not emitted. A write already handed
    // to the pool thread completes (QSaveFile: the file is whole), unreported.
    void cancel();

Q_SIGNALS:
    // error is empty on success; rows counts the data rows written.
    void finished(const QString &path, int rows, const QString &error);

private:
    void readChunk();
    void modelChanged();
    void written();
    void fail(const QString &error);
    void disconnectModel();

    QPointer<QAbstractItemModel> m_model;
    QList<int> m_columns;
    QString m_path;
    QString m_text;
    int m_nextRow = 0;
    int m_rowCount = 0;
    int m_chunkRows = 1000; // ~10 ms of a users table per event-loop turn
    bool m_running = false;
    QList<QMetaObject::Connection> m_modelConnections;
    QFutureWatcher<QString> m_writer;
};

} // namespace runai
