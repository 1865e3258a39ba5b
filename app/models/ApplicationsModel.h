// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"

#include <QAbstractTableModel>
#include <QSet>

namespace runai {

// The console's applications (or service accounts) as a table. It never holds a client secret:
// an Application has none (a created one's comes apart, in NewApplication), and the Client secret
// column only says whether this program keeps the secret in the keychain. The secret itself is
// read from the keychain on demand.
class ApplicationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ClientIdColumn,
        ClientSecretColumn,
        EnabledColumn,
        CreatedColumn,
        CreatedByColumn,
        LastLoginColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ClientIdRole,
        SecretStoredRole, // bool: the keychain holds this application's client secret
        SortRole, // raw value for sorting (dates as QDateTime, booleans as bool)
        FilterRole, // text the page's filter searches: name, client ID, creator; else empty
    };

    explicit ApplicationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setApplications(ApplicationList applications);
    // Appends rows (a chunk of a big list inserted across event-loop turns); no secret kept.
    void appendApplications(ApplicationList applications);
    // Adds a just-registered application, or replaces the row with the same id.
    void addOrUpdate(Application application);
    void clear();

    // Client IDs whose secret the keychain holds (from SecretStore's index).
    void setStoredSecrets(const QStringList &clientIds);
    bool isSecretStored(const QString &clientId) const;
    // The keychain failed and the user chose to keep secrets in memory: say so, not "keychain".
    void setSecretsKeptForSessionOnly(bool sessionOnly);
    // "Application" or "Service account" in the header and tool tips (the console's word).
    void setNoun(ObjectNoun noun);

    Application application(int row) const;
    int rowOf(const QString &id) const;
    int rowOfName(const QString &name) const;

private:
    ApplicationList m_applications;
    QSet<QString> m_storedSecrets;
    bool m_sessionOnlySecrets = false;
    ObjectNoun m_noun;
};

} // namespace runai
