// SPDX-License-Identifier: MIT
// The pure mapping (QKeychain::Error, errorString) -> SecretDiagnosis, table-tested with the
// texts that libsecret, GDBus, dbus-daemon, gnome-keyring and QtKeychain really produce.

#include "secrets/SecretDiagnosis.h"

#include <QSet>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace runai;
using Kind = SecretDiagnosis::Kind;

class TestSecretDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromKeychain_data();
    void fromKeychain();
    void everyFailureHasItsOwnActionableMessage();
    void otherErrorShowsTheBackendText();
    void kindNamesAreStable();
};

void TestSecretDiagnosis::fromKeychain_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("unavailable");

    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Kind::Ok << false << false;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                                     << Kind::NotFound << false << false;
    QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_s << Kind::CouldNotDelete
            << false << false;
    QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << u"Access to keychain denied"_s
            << Kind::AccessDeniedByUser << false << true;
    QTest::newRow("locked collection (gnome-keyring)")
            << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
            << Kind::Locked << false << true;
    QTest::newRow("locked object (other error)")
            << int(QKeychain::OtherError) << u"Cannot get secret of a locked object"_s
            << Kind::Locked << false << true;
    QTest::newRow("access denied, not locked") << int(QKeychain::AccessDenied) << u"Access denied"_s
                                               << Kind::AccessDenied << false << true;
    QTest::newRow("access denied by D-Bus policy")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.AccessDenied: Rejected send message"_s
            << Kind::AccessDenied << false << true;
    QTest::newRow("no backend (kwallet not running)")
            << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
            << Kind::NoBackend << true << true;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << u"Not implemented"_s
                                     << Kind::NoBackend << true << true;
    QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << Kind::NoSecretService << true << true;
    QTest::newRow("service unknown")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable"_s
            << Kind::NoSecretService << true << true;
    QTest::newRow("provider died on activation")
            << int(QKeychain::OtherError)
            << u"Process org.freedesktop.secrets exited with status 1"_s << Kind::NoSecretService
            << true << true;
    QTest::newRow("no bus, no display")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << Kind::NoDBusSession << false << true;
    QTest::newRow("stale bus address")
            << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
            << Kind::NoDBusSession << false << true;
    QTest::newRow("dbus-launch failed")
            << int(QKeychain::OtherError)
            << u"Error spawning command line “dbus-launch --autolaunch=abc --binary-syntax "
               "--close-stderr”: Child process exited with code 1"_s
            << Kind::NoDBusSession << false << true;
    QTest::newRow("collection missing")
            << int(QKeychain::OtherError)
            << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
            << Kind::CollectionMissing << false << true;
    QTest::newRow("timeout") << int(QKeychain::OtherError) << u"Timeout was reached"_s
                             << Kind::BackendStarting << true << true;
    QTest::newRow("no reply")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.NoReply: Message recipient disconnected "
               "from message bus without replying"_s
            << Kind::BackendStarting << true << true;
    QTest::newRow("activation timed out")
            << int(QKeychain::OtherError) << u"Activation of org.freedesktop.secrets timed out"_s
            << Kind::BackendStarting << true << true;
    QTest::newRow("prompt dismissed") << int(QKeychain::OtherError) << u"The prompt was dismissed"_s
                                      << Kind::AccessDeniedByUser << false << true;
    QTest::newRow("operation cancelled")
            << int(QKeychain::OtherError) << u"Operation was cancelled"_s
            << Kind::AccessDeniedByUser << false << true;
    QTest::newRow("unknown text") << int(QKeychain::OtherError) << u"Something odd"_s << Kind::Other
                                  << false << true;
    QTest::newRow("unknown code") << 42 << QString() << Kind::Other << false << true;
}

void TestSecretDiagnosis::fromKeychain()
{
    QFETCH(int, error);
    QFETCH(QString, errorString);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QFETCH(bool, unavailable);

    const SecretDiagnosis d = SecretDiagnosis::fromKeychain(error, errorString);
    QCOMPARE(d.kind(), kind);
    QCOMPARE(d.isTransient(), transient);
    QCOMPARE(d.keychainUnavailable(), unavailable);
    QCOMPARE(d.isOk(), kind == Kind::Ok);
    if (kind != Kind::Ok)
        QCOMPARE(d.backendMessage(), errorString);
    QCOMPARE(d.message().isEmpty(), kind == Kind::Ok);
}

void TestSecretDiagnosis::everyFailureHasItsOwnActionableMessage()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QSet<QString> seen;
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = Kind(kinds.value(i));
        const QString message = SecretDiagnosis(kind, u"backend text"_s).message();
        if (kind == Kind::Ok) {
            QVERIFY(message.isEmpty());
            continue;
        }
        QVERIFY2(message.size() > 20, kinds.key(i));
        QVERIFY2(message.endsWith(u'.'), kinds.key(i)); // whole sentences
        QVERIFY2(!message.contains("%1"_L1), kinds.key(i));
        QVERIFY2(!seen.contains(message), kinds.key(i)); // no two causes share a text
        seen.insert(message);
        // Where no keychain works, the message points at the session-only alternative.
        if (kind == Kind::NoSecretService || kind == Kind::NoDBusSession || kind == Kind::NoBackend)
            QVERIFY2(message.contains("for this session only"_L1), kinds.key(i));
    }
}

void TestSecretDiagnosis::otherErrorShowsTheBackendText()
{
    const SecretDiagnosis d = SecretDiagnosis::fromKeychain(QKeychain::OtherError,
                                                            u"Disk quota exceeded"_s);
    QCOMPARE(d.kind(), Kind::Other);
    QVERIFY(d.message().contains("Disk quota exceeded"_L1));
    QVERIFY(!SecretDiagnosis(Kind::Other).message().isEmpty());
}

void TestSecretDiagnosis::kindNamesAreStable()
{
    // Logs and the failure-mode tests rely on these names.
    QCOMPARE(SecretDiagnosis(Kind::NoSecretService).kindName(), u"NoSecretService"_s);
    QCOMPARE(SecretDiagnosis(Kind::Locked).kindName(), u"Locked"_s);
    QCOMPARE(SecretDiagnosis().kindName(), u"Ok"_s);
}

QTEST_GUILESS_MAIN(TestSecretDiagnosis)
#include "tst_secretdiagnosis.moc"
