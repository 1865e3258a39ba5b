// SPDX-License-Identifier: MIT
#pragma once

#include "core/UserImportPlan.h"

#include <QAbstractTableModel>

namespace runai {

// The rows of a users CSV import: first the preview (valid / invalid (why) / duplicate in the
// file / already on the console), then each row's outcome. Holds no password: the password
// column only says whether one exists (masked); copying it goes through the dialog.
class UserImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        EmailColumn,
        NameColumn, // hidden by the dialog when the file has no name columns
        StatusColumn,
        DetailsColumn,
        PasswordColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // How a row looks: neutral, to be sent, good, left alone, bad.
    enum class Tone { Neutral, Ready, Good, Skipped, Bad };
    Q_ENUM(Tone)
    enum Role { ToneRole = Qt::UserRole + 1, EmailRole };

    explicit UserImportModel(QObject *parent = nullptr);

    void setRows(const QList<UserImportRow> &rows);
    const UserImportRow &importRow(int row) const { return m_rows.at(row).row; }
    void setPreviewStatus(int row); // from the import row's status
    void setOutcome(int row, const QString &status, const QString &details, Tone tone,
                    bool hasPassword);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString previewStatusText(UserImportRow::Status status);

private:
    struct Entry
    {
        UserImportRow row;
        QString status;
        QString details;
        Tone tone = Tone::Neutral;
        bool hasPassword = false;
    };
    static void applyPreview(Entry &e);
    QList<Entry> m_rows;
};

} // namespace runai
