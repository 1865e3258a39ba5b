// SPDX-License-Identifier: MIT
#include "models/ProfileStore.h"

#include "core/AppSettings.h"
#include "core/PemBlocks.h"
#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace runai {

using Field = AppSettings::ProfileField;

ProfileStore::ProfileStore(QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(std::move(settingsFile))
{
    migrate();
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<AppSettings> ProfileStore::openSettings() const
{
    auto settings = std::make_unique<AppSettings>(m_settingsFile);
    // 0600 in a 0700 folder before the first write: QSettings keeps the mode of the file it
    // replaces, so a profile (addresses, user names, CA certificates) is never world-readable.
    PrivateFiles::makeFile(settings->fileName());
    return settings;
}

QString ProfileStore::fileName() const
{
    return openSettings()->fileName();
}

void ProfileStore::migrate()
{
    dropNonCertificatePem();
    // Valid profiles, not ids: an order naming only missing or nameless groups (a file edited by
    // hand or cut short) left no profile at all (found by fuzz_profile_store).
    if (!profiles().isEmpty())
        return;
    auto settings = openSettings();
    Profile profile;
    profile.name = QCoreApplication::translate("runai::ProfileStore", "Default");
    // The single-console settings SignInPage wrote before profiles existed.
    profile.consoleUrl = settings->signInConsoleUrl();
    profile.rememberEmail = settings->rememberSignInEmail();
    if (profile.rememberEmail)
        profile.email = settings->signInEmail();
    QString error;
    QString id;
    save(profile, &error, &id);
    openSettings()->setActiveProfileId(id);
}

void ProfileStore::dropNonCertificatePem()
{
    // Versions before issue 12 kept whatever was pasted into the CA field, a private key too.
    auto settings = openSettings();
    for (const QString &id : order()) {
        const QByteArray pem = settings->profileValue(id, Field::CaBundlePem).toByteArray();
        if (PemBlocks::otherLabels(pem).isEmpty())
            continue;
        const QByteArray certificates = PemBlocks::certificatesOnly(pem);
        if (certificates.isEmpty())
            settings->removeProfileValue(id, Field::CaBundlePem);
        else
            settings->setProfileValue(id, Field::CaBundlePem, certificates);
    }
}

QStringList ProfileStore::order() const
{
    return openSettings()->profileOrder();
}

Profile ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !order().contains(id))
        return {};
    const auto settings = openSettings();
    const auto value = [&](Field field, const QVariant &fallback = {}) {
        return settings->profileValue(id, field, fallback);
    };
    Profile p;
    p.id = id;
    p.name = value(Field::Name).toString();
    p.consoleUrl = value(Field::ConsoleUrl).toString();
    p.caBundlePath = value(Field::CaBundlePath).toString();
    p.caBundlePem = PemBlocks::certificatesOnly(value(Field::CaBundlePem).toByteArray());
    p.proxy = Profile::proxyFromName(value(Field::Proxy).toString());
    p.proxyHost = value(Field::ProxyHost).toString();
    p.proxyPort = quint16(value(Field::ProxyPort, 0).toUInt());
    p.proxyUser = value(Field::ProxyUser).toString();
    p.rememberEmail = value(Field::RememberEmail, true).toBool();
    p.email = p.rememberEmail ? value(Field::Email).toString() : QString();
    p.apiGeneration = value(Field::ApiGeneration).toString();
    p.capabilitiesCache = value(Field::Capabilities).toString();
    p.capabilitiesUrl = value(Field::CapabilitiesUrl).toString();
    p.cleartextAllowedUrl = value(Field::CleartextAllowedUrl).toString();
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    for (const QString &id : order()) {
        const Profile p = profile(id);
        if (p.isValid())
            list.append(p);
    }
    return list;
}

Profile ProfileStore::profileNamed(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

QString ProfileStore::activeId() const
{
    const QString id = openSettings()->activeProfileId();
    const QList<Profile> valid = profiles();
    for (const Profile &p : valid) {
        if (p.id == id)
            return id;
    }
    return valid.isEmpty() ? QString() : valid.first().id;
}

Profile ProfileStore::active() const
{
    return profile(activeId());
}

bool ProfileStore::save(Profile p, QString *error, QString *id)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty()) {
        *error = tr("Give the profile a name.");
        return false;
    }
    const Profile sameName = profileNamed(p.name);
    if (sameName.isValid() && sameName.id != p.id) {
        *error = tr("There is already a profile named “%1”.").arg(sameName.name);
        return false;
    }
    QStringList ids = order();
    if (p.id.isEmpty() || !ids.contains(p.id)) {
        if (p.id.isEmpty())
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        ids.append(p.id);
    }
    auto settings = openSettings();
    settings->setProfileOrder(ids);
    settings->removeProfile(p.id);
    const auto set = [&](Field field, const QVariant &value) {
        settings->setProfileValue(p.id, field, value);
    };
    set(Field::Name, p.name);
    set(Field::ConsoleUrl, p.consoleUrl.trimmed());
    set(Field::CaBundlePath, p.caBundlePath.trimmed());
    // Only CERTIFICATE blocks are ever stored (the dialog refuses the rest; this is the last net).
    const QByteArray certificates = PemBlocks::certificatesOnly(p.caBundlePem);
    if (!certificates.isEmpty())
        set(Field::CaBundlePem, certificates);
    set(Field::Proxy, Profile::proxyName(p.proxy));
    set(Field::ProxyHost, p.proxyHost.trimmed());
    set(Field::ProxyPort, p.proxyPort);
    set(Field::ProxyUser, p.proxyUser.trimmed());
    set(Field::RememberEmail, p.rememberEmail);
    if (p.rememberEmail && !p.email.trimmed().isEmpty())
        set(Field::Email, p.email.trimmed());
    if (!p.apiGeneration.isEmpty())
        set(Field::ApiGeneration, p.apiGeneration);
    if (!p.capabilitiesCache.isEmpty()) {
        set(Field::Capabilities, p.capabilitiesCache);
        set(Field::CapabilitiesUrl, p.capabilitiesUrl);
    }
    if (!p.cleartextAllowedUrl.isEmpty())
        set(Field::CleartextAllowedUrl, p.cleartextAllowedUrl);
    settings->sync();
    if (id)
        *id = p.id;
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    QStringList ids = order();
    if (!ids.contains(id)) {
        *error = tr("That profile no longer exists.");
        return false;
    }
    // Counted over valid profiles: ids without a profile behind them do not keep one alive.
    QList<Profile> remaining = profiles();
    remaining.removeIf([&id](const Profile &p) { return p.id == id; });
    if (remaining.isEmpty()) {
        *error = tr("The last profile cannot be deleted.");
        return false;
    }
    const bool wasActive = activeId() == id;
    ids.removeAll(id);
    auto settings = openSettings();
    settings->removeProfile(id);
    settings->setProfileOrder(ids);
    if (wasActive)
        settings->setActiveProfileId(remaining.first().id);
    settings->sync();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeChanged(remaining.first().id);
    return true;
}

void ProfileStore::setActive(const QString &id)
{
    if (!order().contains(id) || id == openSettings()->activeProfileId())
        return;
    if (m_switchGate && !m_switchGate(id))
        return;
    openSettings()->setActiveProfileId(id);
    Q_EMIT activeChanged(id);
}

QString ProfileStore::unusedName(const QString &base) const
{
    if (!profileNamed(base).isValid())
        return base;
    for (int n = 2;; ++n) {
        const QString name = u"%1 %2"_s.arg(base).arg(n);
        if (!profileNamed(name).isValid())
            return name;
    }
}

} // namespace runai
