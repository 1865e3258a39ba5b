// SPDX-License-Identifier: MIT
#pragma once

#include "core/RotationState.h"

#include <QList>
#include <QString>

#include <optional>

namespace runai {

class AppSettings;

// The rotations in progress of one profile, kept in the settings file beside the profile's other
// fields (AppSettings::ProfileField::Rotations; deleting the profile deletes them). No secret is
// ever part of a RotationState, so nothing secret reaches the file. A finished or abandoned
// rotation is removed: the activity log keeps its history.
class RotationStore
{
public:
    // `settings` may be nullptr: the application's settings file is opened for each call.
    explicit RotationStore(const QString &profileId, AppSettings *settings = nullptr);

    QList<RotationState> all() const;
    // The rotation on `consoleUrl` whose predecessor or successor is the application `id`.
    std::optional<RotationState> find(const QString &consoleUrl, const QString &id) const;
    // Adds the rotation or replaces the one with the same console and predecessor.
    void save(const RotationState &state);
    void remove(const RotationState &state);

private:
    void write(const QList<RotationState> &states);

    QString m_profileId;
    AppSettings *m_settings;
};

} // namespace runai
