// SPDX-License-Identifier: MIT
#include "models/AccessKeysModel.h"

#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"

using namespace Qt::StringLiterals;

namespace runai {

AccessKeysModel::AccessKeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AccessKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AccessKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessKey &key = m_keys.at(index.row());
    const bool stored = m_storedSecrets.contains(key.clientId);
    const auto column = Column(index.column());
    if (role == TableCsvExport::ValueRole) {
        switch (column) {
        case CreatedColumn:
            return modelformat::isoUtc(key.createdAt);
        case LastLoginColumn:
            return modelformat::isoUtc(key.lastLogin);
        case SecretColumn: // never exported (SensitiveColumnRole)
            return QString();
        default:
            return data(index, Qt::DisplayRole); // name, owner, client ID: text as it is
        }
    }
    if (role == SortRole) {
        if (column == CreatedColumn)
            return key.createdAt;
        if (column == LastLoginColumn)
            return key.lastLogin;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && column == SecretColumn)
        return stored ? tr("The secret is kept by this program (keychain or this session): "
                           "Get token and Export use it.")
                      : tr("The console shows an access key's secret only once, when it is "
                           "created. This program does not hold it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return key.name;
    case OwnerColumn:
        return key.createdBy;
    case ClientIdColumn:
        return key.clientId;
    case SecretColumn:
        // A masked placeholder only: the model never sees the secret.
        return stored ? tr("•••••••• (held here)") : tr("Not stored here");
    case CreatedColumn:
        return modelformat::dateTime(key.createdAt, tr("Unknown"));
    case LastLoginColumn:
        return modelformat::dateTime(key.lastLogin, tr("Never"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccessKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == TableCsvExport::SensitiveColumnRole)
        return section == SecretColumn;
    if (orientation == Qt::Horizontal && role == TableCsvExport::ValueRole) {
        static const QVariant names[ColumnCount] = {u"name"_s,      u"createdBy"_s,
                                                    u"clientId"_s,  u"secretStored"_s,
                                                    u"createdAt"_s, u"lastLogin"_s};
        return section >= 0 && section < ColumnCount ? names[section] : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Access key");
    case OwnerColumn:
        return tr("Owner");
    case ClientIdColumn:
        return tr("Client ID");
    case SecretColumn:
        return tr("Secret");
    case CreatedColumn:
        return tr("Created");
    case LastLoginColumn:
        return tr("Last used");
    case ColumnCount:
        break;
    }
    return {};
}

void AccessKeysModel::setAccessKeys(AccessKeyList keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

void AccessKeysModel::clear()
{
    setAccessKeys({});
}

AccessKey AccessKeysModel::accessKey(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : AccessKey();
}

int AccessKeysModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).id == id)
            return int(i);
    }
    return -1;
}

void AccessKeysModel::setStoredSecrets(const QStringList &clientIds)
{
    m_storedSecrets = QSet<QString>(clientIds.cbegin(), clientIds.cend());
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, SecretColumn), index(rowCount() - 1, SecretColumn));
}

bool AccessKeysModel::isSecretStored(const QString &clientId) const
{
    return m_storedSecrets.contains(clientId);
}

} // namespace runai
