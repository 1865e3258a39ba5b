// SPDX-License-Identifier: MIT
#pragma once

#include "core/Profile.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace runai {

class AppSettings;

// The named console profiles and which one is active, kept in the settings file (AppSettings).
// Holds no secret. On first use it migrates the single-console settings of earlier versions
// (signIn/consoleUrl, signIn/email, signIn/rememberEmail) into a profile named "Default", so
// there is always at least one profile and always an active one.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // An empty file name means the application's default QSettings.
    explicit ProfileStore(QString settingsFile = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // in the order they were created
    Profile profile(const QString &id) const; // invalid Profile when unknown
    Profile profileNamed(const QString &name) const;
    QString activeId() const;
    Profile active() const;

    // Inserts (empty id: a new id is assigned) or updates a profile; fails with a reason when
    // the name is empty or taken by another profile. Returns the id through `id`.
    bool save(Profile profile, QString *error, QString *id = nullptr);
    // Removes a profile; the last profile cannot be removed. If it was active, the first
    // remaining one becomes active.
    bool remove(const QString &id, QString *error);
    void setActive(const QString &id);
    // Consulted by setActive() before switching: returning false holds the switch (the window
    // asks first while changes are under way, and calls setActive() again once confirmed).
    void setSwitchGate(std::function<bool(const QString &id)> gate)
    {
        m_switchGate = std::move(gate);
    }

    // A name not used yet: "Profile 2", "Profile 3", ...
    QString unusedName(const QString &base) const;

    QString fileName() const;

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const QString &id);

private:
    std::unique_ptr<AppSettings> openSettings() const;
    void dropNonCertificatePem();
    void migrate();
    QStringList order() const;

    QString m_settingsFile;
    std::function<bool(const QString &id)> m_switchGate;
};

} // namespace runai
