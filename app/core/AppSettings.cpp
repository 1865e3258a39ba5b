// SPDX-License-Identifier: MIT
#include "core/AppSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
const auto kLanguage = "ui/language"_L1;
const auto kSignInConsoleUrl = "signIn/consoleUrl"_L1;
const auto kSignInEmail = "signIn/email"_L1;
const auto kSignInRememberEmail = "signIn/rememberEmail"_L1;
const auto kMaxListedUsers = "users/maxListedUsers"_L1;
const auto kClipboardClearSeconds = "security/clipboardClearSeconds"_L1;
const auto kReviewStaleDays = "review/staleDays"_L1; // issue 15
const auto kImportMaxInFlight = "import/maxInFlight"_L1;
const auto kProfileOrder = "profiles/order"_L1;
const auto kActiveProfile = "profiles/active"_L1;
const auto kSecretStorageKeys = "SecretIndex/storageKeys"_L1;

QString windowKey(const QString &window, const QString &key)
{
    return window + u'/' + key;
}

QString profileGroup(const QString &id)
{
    return u"profiles/p-"_s + id;
}

QLatin1StringView profileKey(AppSettings::ProfileField field)
{
    using F = AppSettings::ProfileField;
    switch (field) {
    case F::Name:
        return "name"_L1;
    case F::ConsoleUrl:
        return "consoleUrl"_L1;
    case F::CaBundlePath:
        return "caBundlePath"_L1;
    case F::CaBundlePem:
        return "caBundlePem"_L1;
    case F::Proxy:
        return "proxy"_L1;
    case F::ProxyHost:
        return "proxyHost"_L1;
    case F::ProxyPort:
        return "proxyPort"_L1;
    case F::ProxyUser:
        return "proxyUser"_L1;
    case F::RememberEmail:
        return "rememberEmail"_L1;
    case F::Email:
        return "email"_L1;
    case F::ApiGeneration:
        return "apiGeneration"_L1;
    case F::Capabilities:
        return "capabilities"_L1;
    case F::CapabilitiesUrl:
        return "capabilitiesUrl"_L1;
    case F::CleartextAllowedUrl:
        return "cleartextAllowedUrl"_L1;
    case F::Rotations:
        return "rotations"_L1;
    }
    return "name"_L1;
}

QString profileKey(const QString &id, AppSettings::ProfileField field)
{
    return profileGroup(id) + u'/' + profileKey(field);
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, code);
}

QString AppSettings::signInConsoleUrl() const
{
    return m_settings->value(kSignInConsoleUrl).toString();
}

void AppSettings::setSignInConsoleUrl(const QString &url)
{
    m_settings->setValue(kSignInConsoleUrl, url);
}

bool AppSettings::rememberSignInEmail() const
{
    return m_settings->value(kSignInRememberEmail, true).toBool();
}

void AppSettings::setRememberSignInEmail(bool remember)
{
    m_settings->setValue(kSignInRememberEmail, remember);
}

QString AppSettings::signInEmail() const
{
    return m_settings->value(kSignInEmail).toString();
}

void AppSettings::setSignInEmail(const QString &email)
{
    m_settings->setValue(kSignInEmail, email);
}

void AppSettings::removeSignInEmail()
{
    m_settings->remove(kSignInEmail);
}

qint64 AppSettings::maxListedUsers(qint64 fallback) const
{
    return m_settings->value(kMaxListedUsers, fallback).toLongLong();
}

std::optional<int> AppSettings::clipboardClearSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(kClipboardClearSeconds).toInt(&ok);
    return ok ? std::optional(seconds) : std::nullopt;
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(kClipboardClearSeconds, seconds);
}

int AppSettings::reviewStaleDays(int fallback) const
{
    bool ok = false;
    const int days = m_settings->value(kReviewStaleDays).toInt(&ok);
    return ok && days > 0 ? days : fallback;
}

void AppSettings::setReviewStaleDays(int days)
{
    m_settings->setValue(kReviewStaleDays, days);
}

std::optional<int> AppSettings::importMaxInFlight() const
{
    bool ok = false;
    const int requests = m_settings->value(kImportMaxInFlight).toInt(&ok);
    return ok ? std::optional(requests) : std::nullopt;
}

void AppSettings::setImportMaxInFlight(int requests)
{
    m_settings->setValue(kImportMaxInFlight, requests);
}

QByteArray AppSettings::windowGeometry(const QString &window) const
{
    return m_settings->value(windowKey(window, u"geometry"_s)).toByteArray();
}

void AppSettings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    m_settings->setValue(windowKey(window, u"geometry"_s), geometry);
}

QByteArray AppSettings::tableHeaderState(const QString &window, const QString &table) const
{
    return m_settings->value(windowKey(window, u"columns/"_s + table)).toByteArray();
}

void AppSettings::setTableHeaderState(const QString &window, const QString &table,
                                      const QByteArray &state)
{
    m_settings->setValue(windowKey(window, u"columns/"_s + table), state);
}

QStringList AppSettings::profileOrder() const
{
    return m_settings->value(kProfileOrder).toStringList();
}

void AppSettings::setProfileOrder(const QStringList &ids)
{
    m_settings->setValue(kProfileOrder, ids);
}

QString AppSettings::activeProfileId() const
{
    return m_settings->value(kActiveProfile).toString();
}

void AppSettings::setActiveProfileId(const QString &id)
{
    m_settings->setValue(kActiveProfile, id);
}

QVariant AppSettings::profileValue(const QString &id, ProfileField field,
                                   const QVariant &fallback) const
{
    return m_settings->value(profileKey(id, field), fallback);
}

void AppSettings::setProfileValue(const QString &id, ProfileField field, const QVariant &value)
{
    m_settings->setValue(profileKey(id, field), value);
}

void AppSettings::removeProfileValue(const QString &id, ProfileField field)
{
    m_settings->remove(profileKey(id, field));
}

void AppSettings::removeProfile(const QString &id)
{
    m_settings->remove(profileGroup(id));
}

QStringList AppSettings::secretStorageKeys() const
{
    return m_settings->value(kSecretStorageKeys).toStringList();
}

void AppSettings::setSecretStorageKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        m_settings->remove(kSecretStorageKeys);
    else
        m_settings->setValue(kSecretStorageKeys, keys);
}

} // namespace runai
