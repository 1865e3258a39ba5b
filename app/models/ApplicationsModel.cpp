// SPDX-License-Identifier: MIT
#include "models/ApplicationsModel.h"

#include "models/ModelFormat.h"
#include "models/TableCsvExport.h"

using namespace Qt::StringLiterals;

namespace runai {

ApplicationsModel::ApplicationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ApplicationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int ApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application &app = m_applications.at(index.row());
    const bool stored = m_storedSecrets.contains(app.clientId);

    switch (role) {
    case IdRole:
        return app.id;
    case NameRole:
        return app.name;
    case ClientIdRole:
        return app.clientId;
    case SecretStoredRole:
        return stored;
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == TableCsvExport::ValueRole) {
        switch (column) {
        case EnabledColumn:
            return modelformat::boolean(app.enabled);
        case CreatedColumn:
            return modelformat::isoUtc(app.createdAt);
        case LastLoginColumn:
            return modelformat::isoUtc(app.lastLogin);
        case ClientSecretColumn: // never exported (SensitiveColumnRole); not even its placeholder
            return QString();
        default:
            return data(index, Qt::DisplayRole); // name, client ID, creator: text as it is
        }
    }
    if (role == FilterRole) {
        // Not the Client secret column's "Not stored here": typing "here" must not match all.
        switch (column) {
        case NameColumn:
            return app.name;
        case ClientIdColumn:
            return app.clientId;
        case CreatedByColumn:
            return app.createdBy;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return app.name;
        case ClientIdColumn:
            return app.clientId;
        case ClientSecretColumn:
            // Masked placeholder only: the model never sees the secret.
            if (!stored)
                return tr("Not stored here");
            return m_sessionOnlySecrets ? tr("•••••••• (this session)")
                                        : tr("•••••••• (in keychain)");
        case EnabledColumn:
            return app.enabled ? tr("Yes") : tr("No");
        case CreatedColumn:
            return modelformat::dateTime(app.createdAt, tr("Unknown"));
        case CreatedByColumn:
            return app.createdBy;
        case LastLoginColumn:
            return modelformat::dateTime(app.lastLogin, tr("Never"));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case EnabledColumn:
            return app.enabled;
        case ClientSecretColumn:
            return stored;
        case CreatedColumn:
            return app.createdAt;
        case LastLoginColumn:
            return app.lastLogin;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == ClientSecretColumn) {
            if (stored && m_sessionOnlySecrets)
                return m_noun.pick(tr("The client secret is kept in memory for this session only. "
                                      "Select the application to show or copy it."),
                                   tr("The client secret is kept in memory for this session only. "
                                      "Select the service account to show or copy it."));
            return stored ? m_noun.pick(tr("The client secret is saved in the system keychain. "
                                           "Select the application to show or copy it."),
                                        tr("The client secret is saved in the system keychain. "
                                           "Select the service account to show or copy it."))
                          : m_noun.pick(tr("The console shows a client secret only once, when "
                                           "the application is registered. This program does "
                                           "not hold it."),
                                        tr("The console shows a client secret only once, when "
                                           "the service account is registered. This program "
                                           "does not hold it."));
        }
        if (column == EnabledColumn)
            return app.enabled ? m_noun.pick(tr("The application can obtain tokens."),
                                             tr("The service account can obtain tokens."))
                               : m_noun.pick(tr("The application is disabled and cannot obtain "
                                                "tokens."),
                                             tr("The service account is disabled and cannot obtain "
                                                "tokens."));
        return {};
    }
    return {};
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The secret column never goes into an exported table (see TableCsvExport).
    if (orientation == Qt::Horizontal && role == TableCsvExport::SensitiveColumnRole)
        return section == ClientSecretColumn;
    if (orientation == Qt::Horizontal && role == TableCsvExport::ValueRole) {
        // The API's field names, whatever the console calls the objects.
        static const QVariant names[ColumnCount] = {
                u"name"_s,      u"clientId"_s,  u"secretStored"_s, u"enabled"_s,
                u"createdAt"_s, u"createdBy"_s, u"lastLogin"_s};
        return section >= 0 && section < ColumnCount ? names[section] : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return m_noun.capitalSingular();
    case ClientIdColumn:
        return tr("Client ID");
    case ClientSecretColumn:
        return tr("Client secret");
    case EnabledColumn:
        return tr("Enabled");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created by");
    case LastLoginColumn:
        return tr("Last login");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ApplicationsModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(NameRole, "name");
    names.insert(ClientIdRole, "clientId");
    names.insert(SecretStoredRole, "secretStored");
    names.insert(SortRole, "sortValue");
    names.insert(FilterRole, "filterText");
    return names;
}

void ApplicationsModel::setApplications(ApplicationList applications)
{
    beginResetModel();
    m_applications.clear();
    m_applications.reserve(applications.size());
    for (auto &app : applications)
        m_applications.append(std::move(app));
    endResetModel();
}

void ApplicationsModel::appendApplications(ApplicationList applications)
{
    if (applications.isEmpty())
        return;
    const int first = int(m_applications.size());
    beginInsertRows({}, first, first + int(applications.size()) - 1);
    m_applications.reserve(m_applications.size() + applications.size());
    for (auto &app : applications)
        m_applications.append(std::move(app));
    endInsertRows();
}

void ApplicationsModel::addOrUpdate(Application application)
{
    const int row = rowOf(application.id);
    if (row >= 0) {
        m_applications[row] = std::move(application);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_applications.size());
    beginInsertRows({}, at, at);
    m_applications.append(std::move(application));
    endInsertRows();
}

void ApplicationsModel::clear()
{
    beginResetModel();
    m_applications.clear();
    endResetModel();
}

void ApplicationsModel::setStoredSecrets(const QStringList &clientIds)
{
    QSet<QString> next(clientIds.cbegin(), clientIds.cend());
    if (next == m_storedSecrets)
        return;
    m_storedSecrets = std::move(next);
    if (!m_applications.isEmpty()) {
        const int last = int(m_applications.size()) - 1;
        Q_EMIT dataChanged(index(0, ClientSecretColumn), index(last, ClientSecretColumn));
    }
}

bool ApplicationsModel::isSecretStored(const QString &clientId) const
{
    return m_storedSecrets.contains(clientId);
}

void ApplicationsModel::setNoun(ObjectNoun noun)
{
    if (m_noun.kind() == noun.kind())
        return;
    m_noun = noun;
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
    if (!m_applications.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

void ApplicationsModel::setSecretsKeptForSessionOnly(bool sessionOnly)
{
    if (sessionOnly == m_sessionOnlySecrets)
        return;
    m_sessionOnlySecrets = sessionOnly;
    if (!m_applications.isEmpty())
        Q_EMIT dataChanged(index(0, ClientSecretColumn),
                           index(int(m_applications.size()) - 1, ClientSecretColumn));
}

Application ApplicationsModel::application(int row) const
{
    if (row < 0 || row >= m_applications.size())
        return {};
    return m_applications.at(row);
}

int ApplicationsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_applications.size(); ++i) {
        if (m_applications.at(i).id == id)
            return i;
    }
    return -1;
}

int ApplicationsModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_applications.size(); ++i) {
        if (m_applications.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace runai
