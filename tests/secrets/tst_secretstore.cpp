// SPDX-License-Identifier: MIT
// Contract tests for SecretStore: one body run on both implementations (global data rows
// "memory" and "keychain"), plus keychain-only checks that the secret really lands in the
// Secret Service and that nothing but key names reaches the QSettings file.
// The keychain rows need a running, unlocked Secret Service (gnome-keyring), see .ci/test.sh.

#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

constexpr int jobTimeoutMs = 10000;

struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    SecretDiagnosis::Kind kind = SecretDiagnosis::Kind::Other;
    QString message;
    QString secret;
    int attempts = 0;
};

// Waits (bounded) for a job, copying its result out while it is still alive: it deletes itself
// after finished().
Outcome waitFor(SecretJob *job)
{
    Outcome outcome;
    QObject context; // drops the connection when we return, even if the job never finished
    QObject::connect(job, &SecretJob::finished, &context, [&outcome](SecretJob *done) {
        outcome.finished = true;
        ++outcome.finishedCount;
        outcome.kind = done->diagnosis().kind();
        outcome.message = done->diagnosis().message();
        outcome.secret = done->secret().revealAsQString();
        outcome.attempts = done->attempts();
    });
    QSignalSpy spy(job, &SecretJob::finished);
    spy.wait(jobTimeoutMs);
    return outcome;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every encoding under which a secret could leak into a file.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8,
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding),
            utf8.toPercentEncoding(),
            utf8.toHex(),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip();
    void readMissingIsNotFound();
    void overwriteReplaces();
    void namespacedByConsoleKindAndIdentity();
    void utf8Secret_data();
    void utf8Secret();
    void finishedIsQueuedAndOnce();
    void indexKnowsStoredIdentities();
    void indexSurvivesNewStore();
    void jobDeletedWhileRunning();
    void storeDeletedWhileRunning();
    void abandonFinishesAsCancelled();
    void stillWaitingIsNotEmittedForFastJobs();
    void backendNameSaysWhereSecretsGo();

    // Keychain only.
    void itemLandsInSecretService();
    void settingsHoldKeyNamesOnly();

private:
    bool isKeychain() const;
    std::unique_ptr<SecretStore> makeStore() const;
    SecretKey key(const QString &kind, const QString &identity, int console = 0);
    void writeOk(SecretStore *store, const SecretKey &key, const QString &secret);

    QString m_consoleSuffix;
    std::unique_ptr<SecretStore> m_store;
    QList<SecretKey> m_used; // removed again in cleanup()
};

void TestSecretStore::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("memory") << u"memory"_s;
    QTest::newRow("keychain") << u"keychain"_s;
}

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"runai-tests"_s);
    QCoreApplication::setApplicationName(u"tst_secretstore"_s);
    QSettings().clear();
    // Consoles of our own, so test runs sharing one keyring never see each other's entries.
    m_consoleSuffix = QString::number(QRandomGenerator::global()->generate(), 16);
}

bool TestSecretStore::isKeychain() const
{
    QFETCH_GLOBAL(QString, backend);
    return backend == "keychain"_L1;
}

std::unique_ptr<SecretStore> TestSecretStore::makeStore() const
{
    if (isKeychain())
        return std::make_unique<KeychainSecretStore>();
    return std::make_unique<MemorySecretStore>();
}

SecretKey TestSecretStore::key(const QString &kind, const QString &identity, int console)
{
    SecretKey k{u"https://console%1-%2.example.com"_s.arg(console).arg(m_consoleSuffix), kind,
                identity};
    m_used.append(k);
    return k;
}

void TestSecretStore::writeOk(SecretStore *store, const SecretKey &key, const QString &secret)
{
    const Outcome w = waitFor(store->write(key, secret));
    QVERIFY(w.finished);
    QCOMPARE(w.kind, SecretDiagnosis::Kind::Ok);
}

void TestSecretStore::init()
{
    m_store = makeStore();
    m_used.clear();
}

void TestSecretStore::cleanup()
{
    // Leave the keyring as we found it.
    if (m_store) {
        for (const SecretKey &k : std::as_const(m_used))
            waitFor(m_store->remove(k));
    }
    m_store.reset();
}

void TestSecretStore::roundTrip()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-one"_s);
    writeOk(m_store.get(), k, u"s3cret-value-1"_s);

    Outcome r = waitFor(m_store->read(k));
    QVERIFY(r.finished);
    QCOMPARE(r.kind, SecretDiagnosis::Kind::Ok);
    QCOMPARE(r.secret, u"s3cret-value-1"_s);
    QCOMPARE(r.attempts, 1);

    const Outcome d = waitFor(m_store->remove(k));
    QVERIFY(d.finished);
    QCOMPARE(d.kind, SecretDiagnosis::Kind::Ok);

    r = waitFor(m_store->read(k));
    QVERIFY(r.finished);
    QCOMPARE(r.kind, SecretDiagnosis::Kind::NotFound);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void TestSecretStore::readMissingIsNotFound()
{
    const Outcome r = waitFor(m_store->read(key(QString(SecretKind::AdminPassword), u"nobody"_s)));
    QVERIFY(r.finished);
    QCOMPARE(r.kind, SecretDiagnosis::Kind::NotFound);
    QCOMPARE(r.attempts, 1); // not found is an answer, not a reason to retry
}

void TestSecretStore::overwriteReplaces()
{
    const SecretKey k = key(QString(SecretKind::AdminPassword), u"admin@example.com"_s);
    writeOk(m_store.get(), k, u"first"_s);
    writeOk(m_store.get(), k, u"second"_s);
    const Outcome r = waitFor(m_store->read(k));
    QCOMPARE(r.kind, SecretDiagnosis::Kind::Ok);
    QCOMPARE(r.secret, u"second"_s);
}

void TestSecretStore::namespacedByConsoleKindAndIdentity()
{
    // Same identity on two consoles, same identity with two kinds, two identities: all distinct.
    const SecretKey a = key(QString(SecretKind::AdminPassword), u"admin@example.com"_s, 1);
    const SecretKey b = key(QString(SecretKind::AdminPassword), u"admin@example.com"_s, 2);
    const SecretKey c = key(QString(SecretKind::ProxyPassword), u"admin@example.com"_s, 1);
    const SecretKey d = key(QString(SecretKind::AdminPassword), u"other@example.com"_s, 1);
    writeOk(m_store.get(), a, u"secret-a"_s);
    writeOk(m_store.get(), b, u"secret-b"_s);
    writeOk(m_store.get(), c, u"secret-c"_s);
    writeOk(m_store.get(), d, u"secret-d"_s);
    QCOMPARE(waitFor(m_store->read(a)).secret, u"secret-a"_s);
    QCOMPARE(waitFor(m_store->read(b)).secret, u"secret-b"_s);
    QCOMPARE(waitFor(m_store->read(c)).secret, u"secret-c"_s);
    QCOMPARE(waitFor(m_store->read(d)).secret, u"secret-d"_s);

    // A differently spelled URL of console 1 names the same secret.
    SecretKey spelled = a;
    spelled.consoleUrl = a.consoleUrl.toUpper().replace("HTTPS"_L1, "https"_L1) + u'/';
    QCOMPARE(waitFor(m_store->read(spelled)).secret, u"secret-a"_s);

    // Removing one leaves the others.
    QCOMPARE(waitFor(m_store->remove(a)).kind, SecretDiagnosis::Kind::Ok);
    QCOMPARE(waitFor(m_store->read(a)).kind, SecretDiagnosis::Kind::NotFound);
    QCOMPARE(waitFor(m_store->read(b)).secret, u"secret-b"_s);
}

void TestSecretStore::utf8Secret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("umlauts") << u"Pässwörd-ÄÖÜß"_s;
    QTest::newRow("cjk+emoji") << u"秘密🔑 and spaces"_s;
    QTest::newRow("separators") << u"a|b%7C:c/d@e\"'\\"_s;
    QTest::newRow("long") << QString(4096, u'x') + u"€"_s;
}

void TestSecretStore::utf8Secret()
{
    QFETCH(QString, secret);
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-ünïcode|pipe"_s);
    writeOk(m_store.get(), k, secret);
    const Outcome r = waitFor(m_store->read(k));
    QCOMPARE(r.kind, SecretDiagnosis::Kind::Ok);
    QVERIFY(r.secret == secret); // QVERIFY, not QCOMPARE: a failure must not print the secret
}

void TestSecretStore::finishedIsQueuedAndOnce()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-queued"_s);
    SecretJob *job = m_store->write(k, u"queued"_s);
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(!job->isFinished()); // never finished inside the call
    QCOMPARE(finished.size(), 0);
    QPointer<SecretJob> guard(job);
    QVERIFY(finished.wait(jobTimeoutMs));
    // Give a second emission, and the deferred delete, a chance to happen.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QCOMPARE(finished.size(), 1);
}

void TestSecretStore::indexKnowsStoredIdentities()
{
    const QString console = key(QString(SecretKind::ClientSecret), u"x"_s).consoleUrl;
    QSignalSpy changed(m_store.get(), &SecretStore::indexChanged);
    QVERIFY(m_store->knownIdentities(console, QString(SecretKind::ClientSecret)).isEmpty());

    writeOk(m_store.get(), key(QString(SecretKind::ClientSecret), u"app-b"_s), u"1"_s);
    writeOk(m_store.get(), key(QString(SecretKind::ClientSecret), u"app-a"_s), u"2"_s);
    writeOk(m_store.get(), key(QString(SecretKind::AdminPassword), u"admin@example.com"_s), u"3"_s);
    writeOk(m_store.get(), key(QString(SecretKind::ClientSecret), u"app-other"_s, 7), u"4"_s);
    QCOMPARE(changed.size(), 4);

    QCOMPARE(m_store->knownIdentities(console, QString(SecretKind::ClientSecret)),
             QStringList({u"app-a"_s, u"app-b"_s}));
    QCOMPARE(m_store->knownIdentities(console + u'/', QString(SecretKind::AdminPassword)),
             QStringList({u"admin@example.com"_s}));
    QVERIFY(m_store->isKnown(key(QString(SecretKind::ClientSecret), u"app-a"_s)));

    QCOMPARE(waitFor(m_store->remove(key(QString(SecretKind::ClientSecret), u"app-b"_s))).kind,
             SecretDiagnosis::Kind::Ok);
    QCOMPARE(m_store->knownIdentities(console, QString(SecretKind::ClientSecret)),
             QStringList({u"app-a"_s}));
    QCOMPARE(changed.size(), 5);
}

void TestSecretStore::indexSurvivesNewStore()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-persist"_s);
    writeOk(m_store.get(), k, u"persist"_s);
    m_store = makeStore();
    if (!isKeychain()) {
        // "This session only" means exactly that.
        QVERIFY(!m_store->isPersistent());
        QVERIFY(!m_store->isKnown(k));
        QCOMPARE(waitFor(m_store->read(k)).kind, SecretDiagnosis::Kind::NotFound);
        return;
    }
    QVERIFY(m_store->isPersistent());
    QVERIFY(m_store->isKnown(k)); // known without reading the secret
    QCOMPARE(m_store->knownIdentities(k.consoleUrl, k.kind), QStringList({k.identity}));

    // The keychain stays the truth: an entry removed behind our back leaves the index on the
    // next read.
    std::unique_ptr<SecretStore> other = makeStore();
    QCOMPARE(waitFor(other->remove(k)).kind, SecretDiagnosis::Kind::Ok);
    QCOMPARE(waitFor(m_store->read(k)).kind, SecretDiagnosis::Kind::NotFound);
    QVERIFY(!m_store->isKnown(k));
}

// Deleting a job or the store, or abandoning a job, while the keychain works on the request is
// tested against a deliberately slow keychain in tst_keychainfailures, where "while it works" is
// certain. Here: the same calls at the only moment that is certain in a fast backend, before
// the job has started.
void TestSecretStore::jobDeletedWhileRunning()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-deleted-job"_s);
    delete m_store->write(k, u"never"_s);
    QCOMPARE(waitFor(m_store->read(k)).kind, SecretDiagnosis::Kind::NotFound);
    // The store still serves jobs normally afterwards.
    writeOk(m_store.get(), k, u"written"_s);
    QCOMPARE(waitFor(m_store->read(k)).secret, u"written"_s);
}

void TestSecretStore::storeDeletedWhileRunning()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-deleted-store"_s);
    SecretJob *job = m_store->write(k, u"orphan"_s);
    QSignalSpy finished(job, &SecretJob::finished);
    SecretDiagnosis::Kind kind = SecretDiagnosis::Kind::Ok;
    connect(job, &SecretJob::finished, this,
            [&kind](SecretJob *j) { kind = j->diagnosis().kind(); });
    m_store.reset(); // the job is not the store's child: it lives on and still finishes once
    QVERIFY(finished.wait(jobTimeoutMs));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    m_store = makeStore();
    const Outcome r = waitFor(m_store->read(k));
    if (isKeychain()) {
        // The keychain needs no store object: the write went through.
        QCOMPARE(kind, SecretDiagnosis::Kind::Ok);
        QCOMPARE(r.kind, SecretDiagnosis::Kind::Ok);
        QCOMPARE(r.secret, u"orphan"_s);
    } else {
        // The session-only store went away with its secrets; the job says so.
        QCOMPARE(kind, SecretDiagnosis::Kind::Other);
        QCOMPARE(r.kind, SecretDiagnosis::Kind::NotFound);
    }
}

void TestSecretStore::abandonFinishesAsCancelled()
{
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-abandoned"_s);
    writeOk(m_store.get(), k, u"kept"_s);
    SecretJob *job = m_store->read(k);
    QSignalSpy finished(job, &SecretJob::finished);
    job->abandon();
    QCOMPARE(finished.size(), 1); // at once: the caller asked for it
    QCOMPARE(job->diagnosis().kind(), SecretDiagnosis::Kind::Cancelled);
    QVERIFY(job->secret().isEmpty());
    QVERIFY(!job->diagnosis().message().isEmpty());
    QVERIFY(!job->diagnosis().keychainUnavailable());
    job->abandon(); // twice is harmless
    QPointer<SecretJob> guard(job);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(waitFor(m_store->read(k)).secret, u"kept"_s);
}

void TestSecretStore::stillWaitingIsNotEmittedForFastJobs()
{
    m_store->setStillWaitingDelayMs(2000);
    SecretJob *job = m_store->read(key(QString(SecretKind::ClientSecret), u"app-fast"_s));
    QSignalSpy waiting(job, &SecretJob::stillWaiting);
    const Outcome r = waitFor(job);
    QVERIFY(r.finished);
    QCOMPARE(waiting.size(), 0);
}

void TestSecretStore::backendNameSaysWhereSecretsGo()
{
    if (!isKeychain()) {
        QCOMPARE(m_store->backendName(), u"this session only (memory)"_s);
        return;
    }
    QVERIFY(m_store->backendName().contains("Secret Service"_L1));
    // After the first success the store asks the bus who provides the Secret Service.
    QSignalSpy changed(m_store.get(), &SecretStore::backendNameChanged);
    writeOk(m_store.get(), key(QString(SecretKind::ClientSecret), u"app-backend-name"_s), u"x"_s);
    QVERIFY(changed.wait(jobTimeoutMs));
    QCOMPARE(m_store->backendName(), u"Secret Service (gnome-keyring)"_s);
}

void TestSecretStore::itemLandsInSecretService()
{
    if (!isKeychain())
        QSKIP("keychain only");
    const SecretKey k = key(QString(SecretKind::ClientSecret), u"app-secret-tool"_s);
    const QString secret = u"visible-to-secret-tool-ü"_s;
    writeOk(m_store.get(), k, secret);

    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels); // it prints attributes on stderr
    tool.start(u"secret-tool"_s,
               {u"search"_s, u"--all"_s, u"server"_s, QString(KeychainSecretStore::serviceName),
                u"user"_s, k.storageKey()});
    QVERIFY2(tool.waitForFinished(jobTimeoutMs), "secret-tool did not finish");
    QCOMPARE(tool.exitCode(), 0);
    const QString out = QString::fromUtf8(tool.readAll());
    QVERIFY2(out.contains("schema = org.qt.keychain"_L1), qPrintable(out.left(200)));
    QVERIFY(out.contains("attribute.server = runai-access-console"_L1));
    QVERIFY(out.contains(u"attribute.user = "_s + k.storageKey()));
    QVERIFY(out.contains("attribute.type = plaintext"_L1));
    QVERIFY(out.contains(u"secret = "_s + secret));
    QCOMPARE(out.count("attribute.user = "_L1), 1); // exactly one item for this key
}

void TestSecretStore::settingsHoldKeyNamesOnly()
{
    if (!isKeychain())
        QSKIP("keychain only");
    const QStringList secrets = {u"settings-leak-check-Ω1"_s, u"settings-leak-check-2"_s};
    const SecretKey a = key(QString(SecretKind::ClientSecret), u"app-settings"_s);
    const SecretKey b = key(QString(SecretKind::AdminPassword), u"admin-settings@example.com"_s);
    writeOk(m_store.get(), a, secrets.at(0));
    writeOk(m_store.get(), b, secrets.at(1));
    QCOMPARE(waitFor(m_store->read(a)).secret, secrets.at(0));

    auto *keychain = static_cast<KeychainSecretStore *>(m_store.get());
    const QString file = keychain->indexFileName();
    // Test mode keeps the settings away from the real ones.
    QVERIFY2(file.contains(".qttest"_L1), qPrintable(file));
    const QByteArray content = readAll(file);
    QVERIFY2(content.contains("app-settings"), content.constData()); // the names are there
    QVERIFY(content.contains("admin-settings@example.com"));

    // ... and no secret in any encoding, in the settings file or anything else the test mode
    // or the keyring directory holds (the keyring file itself is encrypted).
    QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    if (qEnvironmentVariableIsSet("XDG_DATA_HOME"))
        roots.append(qEnvironmentVariable("XDG_DATA_HOME"));
    int filesChecked = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            ++filesChecked;
            for (const QString &secret : secrets) {
                for (const QByteArray &encoded : encodings(secret))
                    QVERIFY2(!bytes.contains(encoded), qPrintable(u"secret found in "_s + path));
            }
        }
    }
    QVERIFY(filesChecked >= 1);
    qInfo("checked %d files for leaked secrets", filesChecked);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
