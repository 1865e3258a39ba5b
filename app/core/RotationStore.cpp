// SPDX-License-Identifier: MIT
#include "core/RotationStore.h"

#include "core/AppSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace runai {

namespace {
bool samePredecessor(const RotationState &a, const RotationState &b)
{
    return a.consoleUrl == b.consoleUrl && a.predecessorId == b.predecessorId;
}
} // namespace

RotationStore::RotationStore(const QString &profileId, AppSettings *settings)
    : m_profileId(profileId)
    , m_settings(settings)
{ }

QList<RotationState> RotationStore::all() const
{
    std::unique_ptr<AppSettings> own;
    AppSettings *settings = m_settings;
    if (!settings)
        settings = (own = std::make_unique<AppSettings>()).get();
    const QByteArray text = settings->profileValue(m_profileId,
                                                   AppSettings::ProfileField::Rotations)
                                    .toString()
                                    .toUtf8();
    QList<RotationState> states;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    for (const QJsonValue &value : array) {
        if (auto state = RotationState::fromJson(value.toObject()))
            states.append(*state);
    }
    return states;
}

std::optional<RotationState> RotationStore::find(const QString &consoleUrl, const QString &id) const
{
    for (const RotationState &state : all()) {
        if (state.consoleUrl == consoleUrl && state.concerns(id))
            return state;
    }
    return std::nullopt;
}

void RotationStore::save(const RotationState &state)
{
    QList<RotationState> states = all();
    const auto it = std::find_if(states.begin(), states.end(), [&state](const RotationState &s) {
        return samePredecessor(s, state);
    });
    if (it != states.end())
        *it = state;
    else
        states.append(state);
    write(states);
}

void RotationStore::remove(const RotationState &state)
{
    QList<RotationState> states = all();
    states.removeIf([&state](const RotationState &s) { return samePredecessor(s, state); });
    write(states);
}

void RotationStore::write(const QList<RotationState> &states)
{
    std::unique_ptr<AppSettings> own;
    AppSettings *settings = m_settings;
    if (!settings)
        settings = (own = std::make_unique<AppSettings>()).get();
    if (states.isEmpty()) {
        settings->removeProfileValue(m_profileId, AppSettings::ProfileField::Rotations);
    } else {
        QJsonArray array;
        for (const RotationState &state : states)
            array.append(state.toJson());
        settings->setProfileValue(
                m_profileId, AppSettings::ProfileField::Rotations,
                QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
    // A rotation's step is what a resumed flow trusts: on disk before the next request goes.
    settings->sync();
}

} // namespace runai
