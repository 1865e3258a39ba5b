// SPDX-License-Identifier: MIT
// SecretBytes: one owner, no copies, zeroed before free (observed in the freed buffer itself),
// and the QString/QByteArray wipe that refuses to pretend when the buffer is shared.
#include "core/SecretBytes.h"

#include <QTest>

#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;
using namespace runai;

static_assert(!std::is_copy_constructible_v<SecretBytes>, "a secret is never copied implicitly");
static_assert(!std::is_copy_assignable_v<SecretBytes>, "a secret is never copied implicitly");
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecretBytes>);
static_assert(!std::is_convertible_v<SecretBytes, QString>, "never converted silently");
static_assert(!std::is_convertible_v<SecretBytes, QByteArray>, "never converted silently");
static_assert(!std::is_convertible_v<QString, SecretBytes>, "made only by a named factory");

namespace {

// What the last wipes saw: the address, and the bytes right after zeroing, before free().
struct Wiped
{
    const void *data;
    QByteArray bytes;
};
std::vector<Wiped> wipes;

void observe(const void *data, std::size_t size)
{
    wipes.push_back({data, QByteArray(static_cast<const char *>(data), qsizetype(size))});
}

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}

} // namespace

class TestSecretBytes : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        wipes.clear();
        SecretBytes::setWipeObserverForTesting(&observe);
    }
    void cleanup() { SecretBytes::setWipeObserverForTesting(nullptr); }

    void holdsAndRevealsUtf8()
    {
        const auto s = SecretBytes::fromString(u"pässwörd-€"_s);
        const QByteArray utf8 = u"pässwörd-€"_s.toUtf8();
        QCOMPARE(s.reveal(), QByteArrayView(utf8));
        QCOMPARE(s.revealAsQString(), u"pässwörd-€"_s);
        QCOMPARE(s.toUtf8ForRequest(), u"pässwörd-€"_s.toUtf8());
        QVERIFY(SecretBytes().isEmpty());
        QVERIFY(SecretBytes::fromString(u""_s).isEmpty());
    }

    void destructionZeroesTheBuffer()
    {
        const void *buffer = nullptr;
        {
            auto s = SecretBytes::fromUtf8("correct horse battery staple");
            buffer = s.reveal().data();
        }
        QCOMPARE(wipes.size(), size_t(1));
        QCOMPARE(wipes.front().data, buffer); // the very buffer that held it, not a copy
        QVERIFY(wipes.front().bytes.size()
                >= qsizetype(sizeof("correct horse battery staple") - 1));
        QVERIFY(allZero(wipes.front().bytes));
    }

    void clearZeroesTheBuffer()
    {
        auto s = SecretBytes::fromString(u"eyJhbGciOi.payload.signature"_s);
        const void *buffer = s.reveal().data();
        s.clear();
        QVERIFY(s.isEmpty());
        QCOMPARE(wipes.size(), size_t(1));
        QCOMPARE(wipes.front().data, buffer);
        QVERIFY(allZero(wipes.front().bytes));
    }

    void moveHandsTheBufferOverAndAssignmentWipesTheOld()
    {
        auto a = SecretBytes::fromUtf8("first");
        const void *first = a.reveal().data();
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(b.reveal().data(), first); // no copy was made
        QVERIFY(wipes.empty());
        b = SecretBytes::fromUtf8("second");
        QCOMPARE(wipes.size(), size_t(1));
        QCOMPARE(wipes.front().data, first);
        QVERIFY(allZero(wipes.front().bytes));
        QCOMPARE(b.reveal(), QByteArrayView("second"));
    }

    void duplicateIsAnIndependentCopy()
    {
        auto a = SecretBytes::fromUtf8("token");
        auto b = a.duplicate();
        QVERIFY(a.reveal().data() != b.reveal().data());
        QVERIFY(a.sameAs(b));
        a.clear();
        QCOMPARE(b.reveal(), QByteArrayView("token"));
        QVERIFY(!a.sameAs(b));
    }

    void wipeOwnedZeroesAnUnsharedQString()
    {
        QString typed = u"typed-password"_s;
        typed.detach(); // a heap buffer of its own, as QLineEdit::text() hands out
        const void *buffer = typed.constData();
        const qsizetype bytes = typed.size() * qsizetype(sizeof(QChar));
        QVERIFY(SecretBytes::wipeOwned(typed));
        QVERIFY(typed.isEmpty());
        QCOMPARE(wipes.size(), size_t(1));
        QCOMPARE(wipes.front().data, buffer);
        QCOMPARE(wipes.front().bytes.size(), bytes);
        QVERIFY(allZero(wipes.front().bytes));
    }

    void wipeOwnedRefusesASharedQString()
    {
        // The bug of fill(): zeroing a shared QString detaches and zeroes a copy. wipeOwned()
        // does not pretend: it reports false and leaves the other holder's text alone.
        QString original = u"shared-secret"_s;
        original.detach();
        QString alias = original;
        QVERIFY(!SecretBytes::wipeOwned(alias));
        QVERIFY(alias.isEmpty());
        QVERIFY(wipes.empty());
        QCOMPARE(original, u"shared-secret"_s);
        QVERIFY(SecretBytes::wipeOwned(original)); // now the only holder
        QVERIFY(allZero(wipes.front().bytes));
    }

    void takeFromWipesTheSource()
    {
        QByteArray body = QByteArray("client-secret-value");
        body.detach();
        const void *buffer = body.constData();
        auto s = SecretBytes::takeFrom(body);
        QCOMPARE(s.reveal(), QByteArrayView("client-secret-value"));
        QVERIFY(body.isEmpty());
        QCOMPARE(wipes.size(), size_t(1));
        QCOMPARE(wipes.front().data, buffer);
        QVERIFY(allZero(wipes.front().bytes));
    }

    void literalsAreNeverWritten()
    {
        QString literal = u"not-on-the-heap"_s; // static data: read-only memory
        QVERIFY(!SecretBytes::wipeOwned(literal));
        QVERIFY(wipes.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
