// SPDX-License-Identifier: MIT
#include "models/TableCsvExport.h"

#include "core/Csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QFuture<QString> writeInPool(const QString &path, QString text)
{
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, text = std::move(text)] {
        // UTF-8 here too: converting 10 MB of text is no job for the GUI thread.
        const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
        QSaveFile file(path);
        QString error;
        // Owner-only, like the program's other exports: a user list is nobody else's business.
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            error = file.errorString();
        else if (file.write(bytes) != bytes.size() || !file.commit())
            error = file.errorString();
        promise->addResult(error);
        promise->finish();
    });
    return future;
}

} // namespace

TableCsvExport::TableCsvExport(QObject *parent)
    : QObject(parent)
{
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, &TableCsvExport::written);
}

TableCsvExport::~TableCsvExport()
{
    disconnectModel();
    // A write in the pool owns copies of its data; it finishes on its own.
    m_writer.disconnect(this);
}

QList<int> TableCsvExport::exportableColumns(const QAbstractItemModel *model,
                                             const QList<int> &columns)
{
    QList<int> out;
    if (!model)
        return out;
    for (int column : columns) {
        if (column < 0 || column >= model->columnCount())
            continue;
        if (model->headerData(column, Qt::Horizontal, SensitiveColumnRole).toBool())
            continue;
        out.append(column);
    }
    return out;
}

QString TableCsvExport::rowCsv(const QAbstractItemModel *model, const QList<int> &columns, int row)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (int column : columns) {
        const QVariant value = row < 0 ? model->headerData(column, Qt::Horizontal, ValueRole)
                                       : model->index(row, column).data(ValueRole);
        if (value.typeId() == QMetaType::QStringList)
            fields.append(value.toStringList());
        else if (value.isValid())
            fields.append(value.toString());
        else
            fields.append(row < 0 ? model->headerData(column, Qt::Horizontal).toString()
                                  : model->index(row, column).data().toString());
    }
    // Csv::field guards against formula injection: a cell starting with = + - @ (or a tab/CR)
    // gets a leading apostrophe, because these cells hold server-provided text (names, e-mails)
    // that a spreadsheet would otherwise run as a formula when the file is opened.
    return Csv::row(fields);
}

QString TableCsvExport::toCsv(const QAbstractItemModel *model, const QList<int> &columns)
{
    if (!model)
        return {};
    const QList<int> exported = exportableColumns(model, columns);
    QString out = rowCsv(model, exported, -1);
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row)
        out += rowCsv(model, exported, row);
    return out;
}

bool TableCsvExport::start(QAbstractItemModel *model, const QList<int> &columns,
                           const QString &path)
{
    if (m_running || m_writer.isRunning() || !model)
        return false;
    m_running = true;
    m_model = model;
    m_columns = exportableColumns(model, columns);
    m_path = path;
    m_nextRow = 0;
    m_rowCount = model->rowCount();
    m_text = rowCsv(model, m_columns, -1);
    // Any structural change means the rows read so far no longer describe one table.
    const auto watch = [this](const QMetaObject::Connection &c) {
        m_modelConnections.append(c);
    };
    watch(connect(model, &QAbstractItemModel::modelReset, this, &TableCsvExport::modelChanged));
    watch(connect(model, &QAbstractItemModel::layoutChanged, this, &TableCsvExport::modelChanged));
    watch(connect(model, &QAbstractItemModel::rowsInserted, this, &TableCsvExport::modelChanged));
    watch(connect(model, &QAbstractItemModel::rowsRemoved, this, &TableCsvExport::modelChanged));
    watch(connect(model, &QAbstractItemModel::rowsMoved, this, &TableCsvExport::modelChanged));
    watch(connect(model, &QObject::destroyed, this, &TableCsvExport::modelChanged));
    QTimer::singleShot(0, this, &TableCsvExport::readChunk);
    return true;
}

void TableCsvExport::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    disconnectModel();
    m_text.clear();
}

void TableCsvExport::readChunk()
{
    if (!m_running || !m_model || m_writer.isRunning())
        return;
    const int end = qMin(m_rowCount, m_nextRow + m_chunkRows);
    for (; m_nextRow < end; ++m_nextRow)
        m_text += rowCsv(m_model, m_columns, m_nextRow);
    if (m_nextRow < m_rowCount) {
        // The next chunk after the events that queued up meanwhile (paint, input).
        QTimer::singleShot(0, this, &TableCsvExport::readChunk);
        return;
    }
    disconnectModel();
    m_writer.setFuture(writeInPool(m_path, std::exchange(m_text, {})));
}

void TableCsvExport::modelChanged()
{
    fail(tr("The table changed while it was being exported (it was reloaded). Export again."));
}

void TableCsvExport::written()
{
    if (!m_running)
        return;
    m_running = false;
    const QString error = m_writer.result();
    Q_EMIT finished(m_path, error.isEmpty() ? m_rowCount : 0, error);
}

void TableCsvExport::fail(const QString &error)
{
    if (!m_running || m_writer.isRunning())
        return;
    m_running = false;
    disconnectModel();
    m_text.clear();
    Q_EMIT finished(m_path, 0, error);
}

void TableCsvExport::disconnectModel()
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
}

} // namespace runai
