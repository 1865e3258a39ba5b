// SPDX-License-Identifier: MIT
#include "models/ProfileStore.h"

#include "core/PemBlocks.h"
#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
const auto kOrder = "profiles/order"_L1;
const auto kActive = "profiles/active"_L1;
// The single-console keys written by SignInPage before profiles existed.
const auto kLegacyUrl = "signIn/consoleUrl"_L1;
const auto kLegacyEmail = "signIn/email"_L1;
const auto kLegacyRememberEmail = "signIn/rememberEmail"_L1;

QString group(const QString &id)
{
    return u"profiles/p-"_s + id;
}
} // namespace

ProfileStore::ProfileStore(QString settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(std::move(settingsFile))
{
    migrate();
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::openSettings() const
{
    auto settings = m_settingsFile.isEmpty()
                            ? std::make_unique<QSettings>()
                            : std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
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
    profile.consoleUrl = settings->value(kLegacyUrl).toString();
    profile.rememberEmail = settings->value(kLegacyRememberEmail, true).toBool();
    if (profile.rememberEmail)
        profile.email = settings->value(kLegacyEmail).toString();
    QString error;
    QString id;
    save(profile, &error, &id);
    openSettings()->setValue(kActive, id);
}

void ProfileStore::dropNonCertificatePem()
{
    // Versions before issue 12 kept whatever was pasted into the CA field, a private key too.
    auto settings = openSettings();
    for (const QString &id : order()) {
        const QString key = group(id) + u"/caBundlePem"_s;
        const QByteArray pem = settings->value(key).toByteArray();
        if (PemBlocks::otherLabels(pem).isEmpty())
            continue;
        const QByteArray certificates = PemBlocks::certificatesOnly(pem);
        if (certificates.isEmpty())
            settings->remove(key);
        else
            settings->setValue(key, certificates);
    }
}

QStringList ProfileStore::order() const
{
    return openSettings()->value(kOrder).toStringList();
}

Profile ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !order().contains(id))
        return {};
    auto settings = openSettings();
    settings->beginGroup(group(id));
    Profile p;
    p.id = id;
    p.name = settings->value(u"name"_s).toString();
    p.consoleUrl = settings->value(u"consoleUrl"_s).toString();
    p.caBundlePath = settings->value(u"caBundlePath"_s).toString();
    p.caBundlePem = PemBlocks::certificatesOnly(settings->value(u"caBundlePem"_s).toByteArray());
    p.proxy = Profile::proxyFromName(settings->value(u"proxy"_s).toString());
    p.proxyHost = settings->value(u"proxyHost"_s).toString();
    p.proxyPort = quint16(settings->value(u"proxyPort"_s, 0).toUInt());
    p.proxyUser = settings->value(u"proxyUser"_s).toString();
    p.rememberEmail = settings->value(u"rememberEmail"_s, true).toBool();
    p.email = p.rememberEmail ? settings->value(u"email"_s).toString() : QString();
    p.apiGeneration = settings->value(u"apiGeneration"_s).toString();
    p.capabilitiesCache = settings->value(u"capabilities"_s).toString();
    p.capabilitiesUrl = settings->value(u"capabilitiesUrl"_s).toString();
    p.cleartextAllowedUrl = settings->value(u"cleartextAllowedUrl"_s).toString();
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
    const QString id = openSettings()->value(kActive).toString();
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
    settings->setValue(kOrder, ids);
    settings->remove(group(p.id));
    settings->beginGroup(group(p.id));
    settings->setValue(u"name"_s, p.name);
    settings->setValue(u"consoleUrl"_s, p.consoleUrl.trimmed());
    settings->setValue(u"caBundlePath"_s, p.caBundlePath.trimmed());
    // Only CERTIFICATE blocks are ever stored (the dialog refuses the rest; this is the last net).
    const QByteArray certificates = PemBlocks::certificatesOnly(p.caBundlePem);
    if (!certificates.isEmpty())
        settings->setValue(u"caBundlePem"_s, certificates);
    settings->setValue(u"proxy"_s, Profile::proxyName(p.proxy));
    settings->setValue(u"proxyHost"_s, p.proxyHost.trimmed());
    settings->setValue(u"proxyPort"_s, p.proxyPort);
    settings->setValue(u"proxyUser"_s, p.proxyUser.trimmed());
    settings->setValue(u"rememberEmail"_s, p.rememberEmail);
    if (p.rememberEmail && !p.email.trimmed().isEmpty())
        settings->setValue(u"email"_s, p.email.trimmed());
    if (!p.apiGeneration.isEmpty())
        settings->setValue(u"apiGeneration"_s, p.apiGeneration);
    if (!p.capabilitiesCache.isEmpty()) {
        settings->setValue(u"capabilities"_s, p.capabilitiesCache);
        settings->setValue(u"capabilitiesUrl"_s, p.capabilitiesUrl);
    }
    if (!p.cleartextAllowedUrl.isEmpty())
        settings->setValue(u"cleartextAllowedUrl"_s, p.cleartextAllowedUrl);
    settings->endGroup();
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
    settings->remove(group(id));
    settings->setValue(kOrder, ids);
    if (wasActive)
        settings->setValue(kActive, remaining.first().id);
    settings->sync();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeChanged(remaining.first().id);
    return true;
}

void ProfileStore::setActive(const QString &id)
{
    if (!order().contains(id) || id == openSettings()->value(kActive).toString())
        return;
    if (m_switchGate && !m_switchGate(id))
        return;
    openSettings()->setValue(kActive, id);
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
