// SPDX-License-Identifier: MIT
// Named console profiles in QSettings: migration of the single-console settings into "Default",
// add/update/remove/activate, unique names, and nothing secret in the file.

#include "../support/FileMode.h"
#include "models/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;
using namespace runai::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesSingleConsoleSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            QSettings legacy(file, QSettings::IniFormat);
            legacy.setValue(u"signIn/consoleUrl"_s, u"https://console.example.com"_s);
            legacy.setValue(u"signIn/email"_s, u"admin@example.com"_s);
            legacy.setValue(u"signIn/rememberEmail"_s, true);
        }
        ProfileStore store(file);
        QCOMPARE(store.profiles().size(), 1);
        const Profile p = store.active();
        QVERIFY(p.isValid());
        QCOMPARE(p.name, u"Default"_s);
        QCOMPARE(p.consoleUrl, u"https://console.example.com"_s);
        QCOMPARE(p.email, u"admin@example.com"_s);
        QCOMPARE(p.proxy, Profile::Proxy::System);
        // A second start does not migrate again.
        ProfileStore again(file);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.activeId(), p.id);
    }

    void freshStartHasDefault()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"s.ini"_s));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.active().name, u"Default"_s);
        QVERIFY(store.active().consoleUrl.isEmpty());
    }

    void orderWithoutProfilesStillHasOne()
    {
        // Issue 12 (found by fuzz_profile_store): an order naming only missing or nameless
        // groups (a file edited by hand or cut short) left no profile and no active one.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            QSettings broken(file, QSettings::IniFormat);
            broken.setValue(u"profiles/order"_s, QStringList{u"gone"_s, u"nameless"_s});
            broken.setValue(u"profiles/active"_s, u"gone"_s);
            broken.setValue(u"profiles/p-nameless/consoleUrl"_s, u"https://c.example"_s);
        }
        ProfileStore store(file);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.active().isValid());
        QCOMPARE(store.active().name, u"Default"_s);
        // The one valid profile cannot be removed, even though the order names others.
        QString error;
        QVERIFY(!store.remove(store.activeId(), &error));
        QVERIFY(!error.isEmpty());
    }

    void keepsGenerationPinAndCache()
    {
        // The pin and the probe's cache survive a restart; both are plain, secret-free text.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            ProfileStore store(file);
            Profile p = store.active();
            p.apiGeneration = u"3.0"_s;
            p.capabilitiesCache = u"v2token=1,apps=0"_s;
            p.capabilitiesUrl = u"https://console.example.com"_s;
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
        }
        ProfileStore again(file);
        const Profile p = again.active();
        QCOMPARE(p.apiGeneration, u"3.0"_s);
        QCOMPARE(p.capabilitiesCache, u"v2token=1,apps=0"_s);
        QCOMPARE(p.capabilitiesUrl, u"https://console.example.com"_s);
        Profile unpinned = p;
        unpinned.apiGeneration.clear();
        QString error;
        QVERIFY(again.save(unpinned, &error));
        QVERIFY(ProfileStore(file).active().apiGeneration.isEmpty()); // "detect" is the default
    }

    void keepsCleartextConsentPerProfile()
    {
        // Agreeing to plain http:// to a remote console (issue 12, item 3) is per profile,
        // survives a restart, and can be withdrawn; it names a URL, nothing secret.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        QString error, otherId;
        {
            ProfileStore store(file);
            Profile p = store.active();
            p.consoleUrl = u"http://console.test:8080"_s;
            p.cleartextAllowedUrl = p.consoleUrl;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            Profile other;
            other.name = u"Other"_s;
            other.consoleUrl = p.consoleUrl;
            QVERIFY2(store.save(other, &error, &otherId), qPrintable(error));
        }
        ProfileStore again(file);
        Profile p = again.active();
        QCOMPARE(p.cleartextAllowedUrl, u"http://console.test:8080"_s);
        QVERIFY(again.profile(otherId).cleartextAllowedUrl.isEmpty());
        p.cleartextAllowedUrl.clear();
        QVERIFY(again.save(p, &error));
        QVERIFY(ProfileStore(file).active().cleartextAllowedUrl.isEmpty());
    }

    void addUpdateActivateRemove()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        ProfileStore store(file);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QSignalSpy activated(&store, &ProfileStore::activeChanged);

        Profile staging;
        staging.name = u"  Staging "_s;
        staging.consoleUrl = u"https://staging.example.com/runai"_s;
        staging.proxy = Profile::Proxy::Manual;
        staging.proxyHost = u"proxy.corp"_s;
        staging.proxyPort = 3128;
        staging.proxyUser = u"alice"_s;
        staging.caBundlePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        staging.email = u"ops@example.com"_s;
        QString error;
        QString id;
        QVERIFY2(store.save(staging, &error, &id), qPrintable(error));
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.size(), 1);

        // Names are unique, case-insensitively; an empty name is refused.
        Profile clash;
        clash.name = u"staging"_s;
        QVERIFY(!store.save(clash, &error));
        QVERIFY(error.contains(u"Staging"_s));
        clash.name = u"  "_s;
        QVERIFY(!store.save(clash, &error));
        QCOMPARE(store.unusedName(u"Staging"_s), u"Staging 2"_s);

        ProfileStore reopened(file);
        const Profile read = reopened.profile(id);
        QCOMPARE(read.name, u"Staging"_s);
        QCOMPARE(read.consoleUrl, staging.consoleUrl);
        QCOMPARE(read.proxy, Profile::Proxy::Manual);
        QCOMPARE(read.proxyHost, u"proxy.corp"_s);
        QCOMPARE(read.proxyPort, quint16(3128));
        QCOMPARE(read.proxyUser, u"alice"_s);
        QCOMPARE(read.caBundlePem, staging.caBundlePem);
        QCOMPARE(read.email, u"ops@example.com"_s);

        // Update keeps the id and order.
        Profile renamed = read;
        renamed.name = u"Stage"_s;
        renamed.rememberEmail = false;
        QVERIFY(store.save(renamed, &error));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(1).name, u"Stage"_s);
        QVERIFY(store.profile(id).email.isEmpty());

        store.setActive(id);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(store.activeId(), id);
        store.setActive(id); // no change, no signal
        QCOMPARE(activated.size(), 1);

        // Removing the active profile activates the first remaining one.
        QVERIFY(store.remove(id, &error));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(store.active().name, u"Default"_s);
        // The last profile stays.
        QVERIFY(!store.remove(store.activeId(), &error));
        QVERIFY(!store.remove(u"nope"_s, &error));
    }

    // Issue 12, item 6: the settings file is 0600 in a 0700 folder with the common umask, and
    // stays so when QSettings rewrites it.
    void settingsFileIsOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are Unix's");
#else
        const CommonUmask commonUmask;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"config/runai-access-console/runai-access.conf"_s);
        ProfileStore store(file);
        Profile p;
        p.name = u"Staging"_s;
        p.consoleUrl = u"https://staging.example.com"_s;
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(QFile(file).size() > 0);
        const QStringList offences = notOwnerOnly(file, dir.filePath(u"config"_s));
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u"; "_s)));
#endif
    }

    // Issue 12, item 6: a private key next to the certificates never reaches the settings file,
    // and one saved by an older version is dropped at the next start.
    void privateKeyNeverStored()
    {
        const QByteArray cert = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n"
                                "-----END CERTIFICATE-----\n";
        const QByteArray key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n"
                               "-----END PRIVATE KEY-----\n";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        QString id;
        {
            ProfileStore store(file);
            Profile p;
            p.name = u"Own CA"_s;
            p.caBundlePem = cert + key;
            QString error;
            QVERIFY2(store.save(p, &error, &id), qPrintable(error));
            QCOMPARE(store.profile(id).caBundlePem, cert);
        }
        QVERIFY(!readFile(file).contains("PRIVATE KEY"));
        QVERIFY(readFile(file).contains("BEGIN CERTIFICATE"));
        {
            // What a version before issue 12 wrote.
            QSettings old(file, QSettings::IniFormat);
            old.setValue(u"profiles/p-%1/caBundlePem"_s.arg(id), cert + key);
        }
        QVERIFY(readFile(file).contains("PRIVATE KEY"));
        ProfileStore reopened(file);
        QVERIFY(!readFile(file).contains("PRIVATE KEY"));
        QCOMPARE(reopened.profile(id).caBundlePem, cert);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
