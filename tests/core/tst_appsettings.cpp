// SPDX-License-Identifier: MIT
// The settings file's key names are its format: a file written by an earlier version must read
// back through AppSettings, and AppSettings must write the names earlier versions read. The
// names are spelled out here by hand on purpose, so renaming one in AppSettings fails this test.
#include "core/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = runai::AppSettings::ProfileField;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
    }

    void defaultsOfAnEmptyFile()
    {
        const runai::AppSettings settings(m_file);
        QCOMPARE(settings.fileName(), m_file);
        QCOMPARE(settings.language(), QString());
        QVERIFY(settings.rememberSignInEmail());
        QCOMPARE(settings.maxListedUsers(1234), 1234);
        QVERIFY(!settings.clipboardClearSeconds());
        QVERIFY(settings.windowGeometry(u"mainWindow"_s).isEmpty());
        QVERIFY(settings.profileOrder().isEmpty());
        QCOMPARE(settings.profileValue(u"a1"_s, Field::RememberEmail, true), QVariant(true));
        QVERIFY(settings.secretStorageKeys().isEmpty());
    }

    void readsTheKeysEarlierVersionsWrote()
    {
        {
            QSettings old(m_file, QSettings::IniFormat);
            old.setValue(u"ui/language"_s, u"de"_s);
            old.setValue(u"signIn/consoleUrl"_s, u"https://console.example.com"_s);
            old.setValue(u"signIn/email"_s, u"admin@example.com"_s);
            old.setValue(u"signIn/rememberEmail"_s, false);
            old.setValue(u"users/maxListedUsers"_s, 600);
            old.setValue(u"security/clipboardClearSeconds"_s, 45);
            old.setValue(u"mainWindow/geometry"_s, QByteArray("geometry"));
            old.setValue(u"mainWindow/columns/users"_s, QByteArray("header"));
            old.setValue(u"profiles/order"_s, QStringList{u"a1"_s, u"b2"_s});
            old.setValue(u"profiles/active"_s, u"b2"_s);
            old.setValue(u"profiles/p-b2/name"_s, u"Lab"_s);
            old.setValue(u"profiles/p-b2/proxyPort"_s, 3128);
            old.setValue(u"profiles/p-b2/cleartextAllowedUrl"_s, u"http://lab:8080"_s);
            old.setValue(u"SecretIndex/storageKeys"_s, QStringList{u"k1"_s});
        }
        const runai::AppSettings settings(m_file);
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(settings.signInConsoleUrl(), u"https://console.example.com"_s);
        QCOMPARE(settings.signInEmail(), u"admin@example.com"_s);
        QVERIFY(!settings.rememberSignInEmail());
        QCOMPARE(settings.maxListedUsers(1234), 600);
        QCOMPARE(settings.clipboardClearSeconds(), std::optional(45));
        QCOMPARE(settings.windowGeometry(u"mainWindow"_s), QByteArray("geometry"));
        QCOMPARE(settings.tableHeaderState(u"mainWindow"_s, u"users"_s), QByteArray("header"));
        QCOMPARE(settings.profileOrder(), (QStringList{u"a1"_s, u"b2"_s}));
        QCOMPARE(settings.activeProfileId(), u"b2"_s);
        QCOMPARE(settings.profileValue(u"b2"_s, Field::Name).toString(), u"Lab"_s);
        QCOMPARE(settings.profileValue(u"b2"_s, Field::ProxyPort).toUInt(), 3128u);
        QCOMPARE(settings.profileValue(u"b2"_s, Field::CleartextAllowedUrl).toString(),
                 u"http://lab:8080"_s);
        QCOMPARE(settings.secretStorageKeys(), QStringList{u"k1"_s});
    }

    void writesTheKeysEarlierVersionsRead()
    {
        {
            runai::AppSettings settings(m_file);
            settings.setLanguage(u"de"_s);
            settings.setSignInConsoleUrl(u"https://console.example.com"_s);
            settings.setSignInEmail(u"admin@example.com"_s);
            settings.setRememberSignInEmail(true);
            settings.setClipboardClearSeconds(30);
            settings.setWindowGeometry(u"mainWindow"_s, QByteArray("geometry"));
            settings.setTableHeaderState(u"mainWindow"_s, u"apps"_s, QByteArray("header"));
            settings.setProfileOrder({u"a1"_s});
            settings.setActiveProfileId(u"a1"_s);
            settings.setProfileValue(u"a1"_s, Field::ConsoleUrl, u"https://c.example"_s);
            settings.setProfileValue(u"a1"_s, Field::Capabilities, u"caps"_s);
            settings.setSecretStorageKeys({u"k1"_s, u"k2"_s});
            settings.sync();
        }
        const QSettings file(m_file, QSettings::IniFormat);
        QCOMPARE(file.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(file.value(u"signIn/consoleUrl"_s).toString(), u"https://console.example.com"_s);
        QCOMPARE(file.value(u"signIn/email"_s).toString(), u"admin@example.com"_s);
        QCOMPARE(file.value(u"signIn/rememberEmail"_s).toBool(), true);
        QCOMPARE(file.value(u"security/clipboardClearSeconds"_s).toInt(), 30);
        QCOMPARE(file.value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("geometry"));
        QCOMPARE(file.value(u"mainWindow/columns/apps"_s).toByteArray(), QByteArray("header"));
        QCOMPARE(file.value(u"profiles/order"_s).toStringList(), QStringList{u"a1"_s});
        QCOMPARE(file.value(u"profiles/active"_s).toString(), u"a1"_s);
        QCOMPARE(file.value(u"profiles/p-a1/consoleUrl"_s).toString(), u"https://c.example"_s);
        QCOMPARE(file.value(u"profiles/p-a1/capabilities"_s).toString(), u"caps"_s);
        QCOMPARE(file.value(u"SecretIndex/storageKeys"_s).toStringList(),
                 (QStringList{u"k1"_s, u"k2"_s}));
    }

    void emptyValuesRemoveTheirKeys()
    {
        runai::AppSettings settings(m_file);
        settings.setLanguage(u"de"_s);
        settings.setSignInEmail(u"admin@example.com"_s);
        settings.setProfileValue(u"a1"_s, Field::Name, u"Lab"_s);
        settings.setSecretStorageKeys({u"k1"_s});
        settings.setLanguage(QString());
        settings.removeSignInEmail();
        settings.removeProfile(u"a1"_s);
        settings.setSecretStorageKeys({});
        settings.sync();
        const QSettings file(m_file, QSettings::IniFormat);
        QCOMPARE(file.allKeys(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
