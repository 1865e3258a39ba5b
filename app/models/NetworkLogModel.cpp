// SPDX-License-Identifier: MIT
#include "models/NetworkLogModel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace runai {

NetworkLogModel::NetworkLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

void NetworkLogModel::setEntries(const QList<NetworkLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries.size() > m_capacity ? entries.mid(entries.size() - m_capacity) : entries;
    endResetModel();
}

void NetworkLogModel::append(const NetworkLogEntry &entry)
{
    if (m_entries.size() >= m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void NetworkLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString NetworkLogModel::statusText(const NetworkLogEntry &e)
{
    QString text = e.httpStatus > 0 ? QString::number(e.httpStatus) : e.outcome;
    if (e.attempt > 1)
        text += u' ' + tr("(try %1)").arg(e.attempt);
    if (e.replay)
        text += u' ' + tr("(after renewal)");
    return text;
}

int NetworkLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NetworkLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const NetworkLogEntry &e = m_entries.at(index.row());
    if (role == ErrorRole)
        return e.isError();
    if (role == Qt::ToolTipRole) {
        if (index.column() == MessageColumn || index.column() == PathColumn
            || index.column() == StatusColumn)
            return data(index, Qt::DisplayRole);
        // What the table has no room for: the date, the program's words for the call, the
        // sequence number and request id to find it in the saved file or a server log.
        QStringList lines{e.started.toLocalTime().toString(Qt::ISODateWithMs),
                          tr("Call %1: %2").arg(e.sequence).arg(e.operation)};
        if (!e.requestId.isEmpty())
            lines << tr("Request id: %1").arg(e.requestId);
        return lines.join(u'\n');
    }
    if (role == Qt::FontRole && e.isError()
        && (index.column() == StatusColumn || index.column() == MessageColumn)) {
        // Failures stand out in any palette (a colour would have to suit light and dark).
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // Seconds matter when comparing with a server log; the date is in the saved file.
        return e.started.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case PathColumn:
        return e.path;
    case StatusColumn:
        return statusText(e);
    case DurationColumn:
        return tr("%1 ms").arg(QLocale().toString(e.durationMs));
    case MessageColumn:
        return e.message;
    }
    return {};
}

QVariant NetworkLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Server's message");
    }
    return {};
}

NetworkLogFilterModel::NetworkLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void NetworkLogFilterModel::setErrorsOnly(bool errorsOnly)
{
    if (m_errorsOnly == errorsOnly)
        return;
    m_errorsOnly = errorsOnly;
    invalidateFilter();
}

bool NetworkLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_errorsOnly
        && !sourceModel()
                    ->index(sourceRow, 0, sourceParent)
                    .data(NetworkLogModel::ErrorRole)
                    .toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace runai
