// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace runai {

// Every key of the program's settings file, in one place, read and written by type. The file is
// QSettings' default for the organisation and application main() names (on Linux
// ~/.config/runai-access-console/runai-access.conf, 0600). It holds preferences, addresses,
// names and key names: never a secret (those live in the keychain).
//
// The key names below are the file's format: settings written by earlier versions must keep
// reading back, so a key is never renamed, only added (the tests write the old names by hand).
//
// Like QSettings, open one where it is needed and let it go: every instance on the same file in
// this process shares one cache, so each sees what the others wrote.
class AppSettings
{
public:
    // The application's settings file.
    AppSettings();
    // Another file in INI format (tests, fuzzers); an empty name means the application's file.
    explicit AppSettings(const QString &fileName);
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;
    ~AppSettings();

    QString fileName() const;
    void sync(); // on disk now, so a crash right after a write loses nothing

    // "ui/language": the language chosen in View → Language (a code such as "de"), or empty
    // for the system's language.
    QString language() const;
    void setLanguage(const QString &code); // empty: back to the system's language

    // "signIn/consoleUrl", "signIn/email", "signIn/rememberEmail": the sign-in form's last
    // console and account (before profiles existed the only ones; ProfileStore migrates them).
    QString signInConsoleUrl() const;
    void setSignInConsoleUrl(const QString &url);
    bool rememberSignInEmail() const; // true when never chosen
    void setRememberSignInEmail(bool remember);
    QString signInEmail() const;
    void setSignInEmail(const QString &email);
    void removeSignInEmail();

    // "users/maxListedUsers": the most users the Users page lists (no UI; for the rare console
    // with more users than `fallback`, the default).
    qint64 maxListedUsers(qint64 fallback) const;

    // "security/clipboardClearSeconds": when a copied secret is cleared from the clipboard;
    // nothing when unset or not a number.
    std::optional<int> clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    // issue 15: "review/staleDays": the access review's "no sign-in for more than N days"
    // (`fallback` when unset or not a positive number).
    int reviewStaleDays(int fallback) const;
    void setReviewStaleDays(int days);

    // "import/maxInFlight": the most user creates an import keeps in flight at once (the
    // ceiling the import dialog lets the user lower); nothing when unset or not a number.
    std::optional<int> importMaxInFlight() const;
    void setImportMaxInFlight(int requests);

    // "<window>/geometry" and "<window>/columns/<table>": a window's geometry and its tables'
    // header state (QWidget::saveGeometry, QHeaderView::saveState).
    QByteArray windowGeometry(const QString &window) const;
    void setWindowGeometry(const QString &window, const QByteArray &geometry);
    QByteArray tableHeaderState(const QString &window, const QString &table) const;
    void setTableHeaderState(const QString &window, const QString &table, const QByteArray &state);

    // "profiles/order" (the ids, in creation order), "profiles/active" (an id) and one group
    // "profiles/p-<id>" per profile holding the fields below; models/ProfileStore gives them
    // meaning.
    QStringList profileOrder() const;
    void setProfileOrder(const QStringList &ids);
    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);

    enum class ProfileField {
        Name, // "name"
        ConsoleUrl, // "consoleUrl"
        CaBundlePath, // "caBundlePath"
        CaBundlePem, // "caBundlePem": certificates only
        Proxy, // "proxy": system, none or manual
        ProxyHost, // "proxyHost"
        ProxyPort, // "proxyPort"
        ProxyUser, // "proxyUser" (the password is in the keychain)
        RememberEmail, // "rememberEmail"
        Email, // "email"
        ApiGeneration, // "apiGeneration"
        Capabilities, // "capabilities": the last probe's result
        CapabilitiesUrl, // "capabilitiesUrl": the console it was probed on
        CleartextAllowedUrl, // "cleartextAllowedUrl"
        Rotations, // "rotations": issue 15, rotations in progress (core/RotationStore; no secret)
    };
    QVariant profileValue(const QString &id, ProfileField field,
                          const QVariant &fallback = {}) const;
    void setProfileValue(const QString &id, ProfileField field, const QVariant &value);
    void removeProfileValue(const QString &id, ProfileField field);
    void removeProfile(const QString &id); // the whole group

    // "SecretIndex/storageKeys": the names of the keychain entries this program wrote
    // (secrets/SecretIndex; names only, never a secret).
    QStringList secretStorageKeys() const;
    void setSecretStorageKeys(const QStringList &keys); // empty removes the key

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace runai
