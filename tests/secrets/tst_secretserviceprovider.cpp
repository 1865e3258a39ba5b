// SPDX-License-Identifier: MIT
// Which program provides the Secret Service, in the words the GUI shows ("Saved to Secret
// Service (gnome-keyring)"). The live query is covered by tst_secretstore's keychain rows.

#include "secrets/SecretServiceProvider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestSecretServiceProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayName_data();
    void displayName();
};

void TestSecretServiceProvider::displayName_data()
{
    QTest::addColumn<QString>("comm");
    QTest::addColumn<QString>("expected");
    // /proc/PID/comm holds at most 15 characters.
    QTest::newRow("gnome-keyring") << u"gnome-keyring-d"_s << u"gnome-keyring"_s;
    QTest::newRow("kwalletd5") << u"kwalletd5"_s << u"KWallet"_s;
    QTest::newRow("kwalletd6") << u"kwalletd6"_s << u"KWallet"_s;
    QTest::newRow("ksecretd") << u"ksecretd"_s << u"KWallet"_s;
    QTest::newRow("keepassxc") << u"keepassxc"_s << u"KeePassXC"_s;
    QTest::newRow("KeePassXC") << u"KeePassXC"_s << u"KeePassXC"_s;
    QTest::newRow("other") << u"oo7-daemon"_s << u"oo7-daemon"_s;
    QTest::newRow("unknown") << QString() << QString();
}

void TestSecretServiceProvider::displayName()
{
    QFETCH(QString, comm);
    QFETCH(QString, expected);
    QCOMPARE(SecretServiceProvider::displayName(comm), expected);
}

QTEST_GUILESS_MAIN(TestSecretServiceProvider)
#include "tst_secretserviceprovider.moc"
