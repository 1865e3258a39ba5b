// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <memory>

namespace runai {

// A secret (a password, a client secret, a token) held in one buffer that this object alone
// owns, zeroed before it is freed.
//
// Why not QString/QByteArray: they are implicitly shared, so `fill('\0')` on one of them detaches
// and zeroes a fresh copy while the original buffer, still referenced elsewhere or already
// released, keeps the text. Here there is no sharing: the type cannot be copied (only moved,
// which hands the buffer over), a copy is made only by an explicit duplicate(), and the buffer
// never grows (no reallocation leaves an old copy behind).
//
// It never converts silently. Every place the bytes leave it is a named call that a reader (and
// grep) can find: reveal() (a view, no copy), revealAsQString() (for a widget or a Qt API that
// only takes a QString; that copy is the caller's to drop, see wipeOwned()) and
// toUtf8ForRequest() (a request body or header, which Qt's network stack copies on).
//
// The zeroing uses explicit_bzero where the C library has it (the compiler may not drop it as a
// dead store before free), else writes through a volatile pointer.
class SecretBytes
{
public:
    SecretBytes() noexcept = default;
    ~SecretBytes();
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    // Copies the bytes in. The caller's own buffer stays the caller's to wipe.
    static SecretBytes fromUtf8(QByteArrayView bytes);
    // Encodes straight into the owned buffer: no intermediate QByteArray holds the secret.
    static SecretBytes fromString(QStringView text);
    // Copies `text` in, then wipes and clears it when nobody else shares its buffer (see
    // wipeOwned()): for a QString that the caller made and no longer needs.
    static SecretBytes takeFrom(QString &text);
    static SecretBytes takeFrom(QByteArray &bytes);

    // An explicit second copy (e.g. the session keeps one and the sign-in's result another).
    SecretBytes duplicate() const;

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return qsizetype(m_size); }
    // Wipes and frees now.
    void clear();

    // Constant-time in the length of the shorter secret: for "did the token change" checks.
    bool sameAs(const SecretBytes &other) const;

    // ---- Exposures: each hands the secret on; the names make them easy to find. ----
    // A view of the bytes (UTF-8), valid while this object lives and is not changed.
    QByteArrayView reveal() const { return QByteArrayView(m_data.get(), qsizetype(m_size)); }
    // A QString copy for code that only takes a QString (a QLineEdit, JSON, a form encoder).
    QString revealAsQString() const;
    // A QByteArray copy for a request (a bearer header, a token request body).
    QByteArray toUtf8ForRequest() const;

    // Zeroes the buffer of `text` (or `bytes`) in place and clears it, when this QString alone
    // references its buffer. Returns false, and only clears, when the buffer is shared (another
    // QString still holds the same characters and zeroing them through a detached copy would
    // only zero the copy) or is static (a literal).
    static bool wipeOwned(QString &text);
    static bool wipeOwned(QByteArray &bytes);

    // Zeroes `size` bytes at `data` in a way the compiler cannot elide.
    static void wipe(void *data, std::size_t size);

    // Tests only: called by wipe() right after zeroing, before the memory is freed, so a test
    // can look at the very bytes that held the secret. nullptr switches it off.
    using WipeObserver = void (*)(const void *data, std::size_t size);
    static void setWipeObserverForTesting(WipeObserver observer);

private:
    void release();

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // what was allocated (an encoder may need more than it uses)
};

} // namespace runai
