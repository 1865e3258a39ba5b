// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QAbstractTableModel>
#include <QSet>

namespace runai {

// Access keys as a table: the signed-in user's own (the Secret column says whether this program
// holds the secret) or, for administrators, every user's (with Owner). It never holds a secret:
// an AccessKey has none (a created one's comes apart, in NewAccessKey). The page hides the
// columns a list does not have.
class AccessKeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OwnerColumn, // createdBy: administrators' list only
        ClientIdColumn,
        SecretColumn, // own keys only
        CreatedColumn,
        LastLoginColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (dates as QDateTime)
    };

    explicit AccessKeysModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setAccessKeys(AccessKeyList keys);
    void clear();
    AccessKey accessKey(int row) const;
    int rowOf(const QString &id) const;

    // Client IDs whose secret the keychain holds (from the SecretStore index).
    void setStoredSecrets(const QStringList &clientIds);
    bool isSecretStored(const QString &clientId) const;

private:
    AccessKeyList m_keys;
    QSet<QString> m_storedSecrets;
};

} // namespace runai
