// SPDX-License-Identifier: MIT
#include "models/UserImportModel.h"

#include "core/User.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace runai {

UserImportModel::UserImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString UserImportModel::previewStatusText(UserImportRow::Status status)
{
    switch (status) {
    case UserImportRow::Status::Valid:
        return tr("Ready");
    case UserImportRow::Status::Invalid:
        return tr("Invalid");
    case UserImportRow::Status::DuplicateInFile:
        return tr("Duplicate in file");
    case UserImportRow::Status::AlreadyOnConsole:
        return tr("Already on the console");
    case UserImportRow::Status::NotLocal:
        return tr("SSO user");
    }
    return {};
}

void UserImportModel::applyPreview(Entry &e)
{
    e.status = previewStatusText(e.row.status);
    e.details = e.row.problem;
    e.hasPassword = false;
    e.tone = e.row.status == UserImportRow::Status::Valid     ? Tone::Ready
             : e.row.status == UserImportRow::Status::Invalid ? Tone::Bad
                                                              : Tone::Skipped;
}

void UserImportModel::setRows(const QList<UserImportRow> &rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const auto &r : rows) {
        Entry e;
        e.row = r;
        m_rows.append(e);
    }
    for (int i = 0; i < m_rows.size(); ++i)
        applyPreview(m_rows[i]);
    endResetModel();
}

void UserImportModel::setPreviewStatus(int row)
{
    applyPreview(m_rows[row]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UserImportModel::setOutcome(int row, const QString &status, const QString &details, Tone tone,
                                 bool hasPassword)
{
    Entry &e = m_rows[row];
    e.status = status;
    e.details = details;
    e.tone = tone;
    e.hasPassword = hasPassword;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UserImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == ToneRole)
        return QVariant::fromValue(e.tone);
    if (role == EmailRole)
        return e.row.email;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case LineColumn:
            return e.row.line;
        case EmailColumn:
            return e.row.email;
        case NameColumn:
            return fullName(e.row.firstName, e.row.lastName);
        case StatusColumn:
            return e.status;
        case DetailsColumn:
            return e.details;
        case PasswordColumn:
            if (role == Qt::ToolTipRole)
                return e.hasPassword ? tr("Hidden: select the row and use Copy password")
                                     : QVariant();
            return e.hasPassword ? u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s
                                 : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        // Words carry the meaning; colour only helps the eye (dark themes included).
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        switch (e.tone) {
        case Tone::Good:
            return QBrush(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20));
        case Tone::Bad:
            return QBrush(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UserImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    case PasswordColumn:
        return tr("Temporary password");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace runai
