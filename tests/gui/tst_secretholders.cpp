// SPDX-License-Identifier: MIT
// The classes that keep a secret for a while (proxy password, recent tokens, the clipboard guard's
// copy, the export dialog's secret) zero it when they let it go. (The models are not among them:
// Application and AccessKey have no secret field, so they are never handed one.) Seen
// through SecretBytes' wipe observer: the bytes right after zeroing, before the memory is freed.
// (The old code called fill() on QStrings: no wipe was ever observed, and a shared buffer kept
// the text.)
#include "api/ProxyCredentials.h"
#include "api/RecentTokens.h"
#include "core/SecretBytes.h"
#include "gui/credentials/CredentialExportDialog.h"
#include "gui/widgets/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace runai;

namespace {

std::vector<QByteArray> wipes; // what each wipe left, in order

void observe(const void *data, std::size_t size)
{
    wipes.emplace_back(static_cast<const char *>(data), qsizetype(size));
}

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}

// How many wipes zeroed a buffer of exactly `size` bytes (and left it all zero).
int zeroedWipesOfSize(qsizetype size)
{
    return int(std::count_if(wipes.cbegin(), wipes.cend(), [size](const QByteArray &b) {
        return b.size() == size && allZero(b);
    }));
}

// How many wipes zeroed a buffer of at least `size` bytes: a SecretBytes made from a QString
// allocates what the UTF-8 encoder may need, so its buffer can be larger than the secret.
int zeroedWipesCovering(qsizetype size)
{
    return int(std::count_if(wipes.cbegin(), wipes.cend(), [size](const QByteArray &b) {
        return b.size() >= size && allZero(b);
    }));
}

// A secret built at run time, so its QString owns a heap buffer nobody else shares.
QString makeSecret(const char *prefix, int length)
{
    QString s = QString::fromLatin1(prefix);
    while (s.size() < length)
        s.append(QChar(char16_t(u'a' + s.size() % 26)));
    return s;
}

} // namespace

class TestSecretHolders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        wipes.clear();
        SecretBytes::setWipeObserverForTesting(&observe);
    }
    void cleanup() { SecretBytes::setWipeObserverForTesting(nullptr); }

    void proxyPasswordIsZeroedOnClear()
    {
        const QString password = makeSecret("proxy-", 31);
        ProxyCredentials proxy;
        proxy.set(u"alice"_s, password);
        QVERIFY(proxy.hasCredentials());
        wipes.clear();
        proxy.clear();
        QCOMPARE(zeroedWipesCovering(31), 1);
        QVERIFY(!proxy.hasCredentials());
        QCOMPARE(password, makeSecret("proxy-", 31)); // the caller's own string is untouched
    }

    void recentTokensAreZeroedWhenReplacedAndCleared()
    {
        RecentTokens tokens;
        tokens.remember(u"ci-bot"_s, SecretBytes::fromString(makeSecret("tok1-", 45)));
        QCOMPARE(tokens.entries().size(), 1);
        QCOMPARE(tokens.entries().first().token, makeSecret("tok1-", 45));
        const auto second = SecretBytes::fromString(makeSecret("tok2-", 47));
        wipes.clear();
        tokens.remember(u"ci-bot"_s, second); // replaces the first
        QCOMPARE(zeroedWipesCovering(45), 1);
        QCOMPARE(tokens.entries().size(), 1);
        QCOMPARE(tokens.entries().first().token, makeSecret("tok2-", 47));
        QCOMPARE(tokens.labels(), QStringList{u"ci-bot"_s});
        QCOMPARE(tokens.revealToken(u"ci-bot"_s), makeSecret("tok2-", 47));
        QVERIFY(tokens.revealToken(u"other"_s).isEmpty());
        wipes.clear();
        tokens.clear();
        QCOMPARE(zeroedWipesCovering(47), 1);
        QVERIFY(tokens.entries().isEmpty());
    }

    void recentTokensKeepTheNewestAndZeroThePushedOut()
    {
        RecentTokens tokens;
        for (int i = 0; i < RecentTokens::MaxEntries; ++i)
            tokens.remember(u"app%1"_s.arg(i), makeSecret("t-", 60 + i));
        QCOMPARE(tokens.entries().last().label, u"app0"_s);
        const auto newest = SecretBytes::fromString(makeSecret("t-", 90));
        wipes.clear();
        tokens.remember(u"newest"_s, newest);
        QCOMPARE(tokens.entries().size(), RecentTokens::MaxEntries);
        QCOMPARE(tokens.entries().first().label, u"newest"_s);
        QCOMPARE(tokens.entries().last().label, u"app1"_s);
        // Only the oldest went, zeroed (held as an exact copy: 60 bytes).
        QCOMPARE(int(wipes.size()), 1);
        QCOMPARE(zeroedWipesOfSize(60), 1);
    }

    void clipboardGuardZeroesItsCopyEvenWhenTheUserCopiedSomethingElse()
    {
        ClipboardGuard guard;
        guard.copySecret(makeSecret("clip-", 29));
        QVERIFY(guard.isGuarding());
        // The user copies something else: the clipboard is left alone, our copy still goes.
        // (Short, so that comparing it makes no wipe as large as the secret's.)
        QGuiApplication::clipboard()->setText(u"ok"_s);
        wipes.clear();
        guard.clearNow();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ok"_s);
        QCOMPARE(zeroedWipesCovering(29), 1);
        QVERIFY(!guard.isGuarding());
    }

    void clipboardGuardStillClearsItsOwnSecret()
    {
        ClipboardGuard guard;
        guard.copySecret(makeSecret("clip-", 29));
        QCOMPARE(QGuiApplication::clipboard()->text(), makeSecret("clip-", 29));
        guard.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void exportDialogZeroesItsSecretWhenItGoes()
    {
        const QString secret = makeSecret("export-", 33);
        {
            CredentialExportDialog dialog(ExportedCredentials{u"https://console.example"_s,
                                                              u"ci-bot"_s, u"client-1"_s, secret},
                                          CredentialExport::CliFlavour::Application);
            QVERIFY(dialog.exportText().contains(secret));
            wipes.clear();
        }
        QCOMPARE(zeroedWipesCovering(33), 1);
        QCOMPARE(secret, makeSecret("export-", 33)); // the caller's string is the caller's
    }
};

QTEST_MAIN(TestSecretHolders)
#include "tst_secretholders.moc"
