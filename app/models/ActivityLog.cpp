// SPDX-License-Identifier: MIT
#include "models/ActivityLog.h"

#include "core/PrivateFiles.h"
#include "core/Redactor.h"
#include "models/TableCsvExport.h"

#include <QColor>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace runai {

QString ActivityLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/activity.jsonl"_s;
}

ActivityLog::ActivityLog(const QString &filePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filePath(filePath)
{
    load();
}

void ActivityLog::load()
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return; // no log yet
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        ActivityEntry entry;
        if (error.error != QJsonParseError::NoError || !doc.isObject()
            || !ActivityEntry::fromJson(doc.object(), &entry)) {
            ++m_skippedLines;
            continue;
        }
        m_entries.append(entry);
    }
}

void ActivityLog::record(ActivityEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    for (QString *text :
         {&entry.profile, &entry.identity, &entry.action, &entry.object, &entry.serverMessage})
        *text = Redactor::redact(*text);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    append(entry);
}

bool ActivityLog::append(const ActivityEntry &entry)
{
    if (m_filePath.isEmpty())
        return true;
    // 0600 in 0700 folders, made so before the first line is written (mkpath and open would
    // follow the umask: readable by everyone until the chmod, and the folders for ever).
    PrivateFiles::makeFile(m_filePath);
    // A torn last line (a crash mid-write) has no newline: start on a line of our own, or this
    // entry would be glued to it and lost with it on the next load (found by fuzz_activity_log).
    bool tornEnd = false;
    {
        QFile tail(m_filePath);
        if (tail.open(QIODevice::ReadOnly) && tail.size() > 0 && tail.seek(tail.size() - 1))
            tornEnd = tail.read(1) != "\n";
    }
    QFile file(m_filePath);
    // Append one short line per action: cheap, and a crash cannot tear the earlier lines.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_writeError = file.errorString();
        return false;
    }
    const QByteArray line = (tornEnd ? QByteArray("\n") : QByteArray())
                            + QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        m_writeError = file.errorString();
        return false;
    }
    m_writeError.clear();
    return true;
}

QString ActivityLog::columnText(const ActivityEntry &entry, int column)
{
    switch (column) {
    case TimeColumn:
        return entry.time.toUTC().toString(Qt::ISODate);
    case ProfileColumn:
        return entry.profile;
    case IdentityColumn:
        return entry.identity;
    case ActionColumn:
        return entry.action;
    case ObjectColumn:
        return entry.object;
    case OutcomeColumn:
        return ActivityEntry::outcomeName(entry.outcome);
    case MessageColumn:
        return entry.serverMessage;
    default:
        return {};
    }
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            // Local time, compact and sortable as text; the tooltip has the UTC ISO form.
            return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        return columnText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return columnText(entry, TimeColumn);
        if (index.column() == MessageColumn || index.column() == ObjectColumn)
            return columnText(entry, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && entry.outcome == ActivityEntry::Outcome::Failed)
            return QColor(0xc5, 0x22, 0x1f);
        return {};
    case Qt::UserRole:
        return entry.time;
    case TableCsvExport::ValueRole:
        return columnText(entry, index.column());
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == TableCsvExport::ValueRole) {
        // The names the log file (ActivityEntry::toJson) gives the fields.
        static const QStringList names{u"time"_s,   u"profile"_s, u"identity"_s, u"action"_s,
                                       u"object"_s, u"outcome"_s, u"message"_s};
        return names.value(section);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case IdentityColumn:
        return tr("Identity");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Server message");
    default:
        return {};
    }
}

} // namespace runai
