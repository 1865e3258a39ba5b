// SPDX-License-Identifier: MIT
#include "core/SecretBytes.h"

#include <QStringEncoder>

#include <atomic>
#include <cstring>
#include <string.h> // explicit_bzero (glibc 2.25+, the BSDs)
#include <utility>

namespace runai {

namespace {

std::atomic<SecretBytes::WipeObserver> wipeObserver{nullptr};

} // namespace

void SecretBytes::wipe(void *data, std::size_t size)
{
    if (!data || size == 0)
        return;
#if defined(__GLIBC__) || defined(__FreeBSD__) || defined(__OpenBSD__)
    explicit_bzero(data, size);
#else
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
#endif
    if (const auto observer = wipeObserver.load(std::memory_order_relaxed))
        observer(data, size);
}

void SecretBytes::setWipeObserverForTesting(WipeObserver observer)
{
    wipeObserver.store(observer, std::memory_order_relaxed);
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    wipe(m_data.get(), m_capacity);
    m_data.reset();
    m_size = 0;
    m_capacity = 0;
}

void SecretBytes::clear()
{
    release();
}

SecretBytes SecretBytes::fromUtf8(QByteArrayView bytes)
{
    SecretBytes s;
    if (bytes.isEmpty())
        return s;
    s.m_capacity = std::size_t(bytes.size());
    s.m_data = std::make_unique<char[]>(s.m_capacity);
    std::memcpy(s.m_data.get(), bytes.data(), s.m_capacity);
    s.m_size = s.m_capacity;
    return s;
}

SecretBytes SecretBytes::fromString(QStringView text)
{
    SecretBytes s;
    if (text.isEmpty())
        return s;
    QStringEncoder encoder(QStringEncoder::Utf8);
    s.m_capacity = std::size_t(encoder.requiredSpace(text.size()));
    s.m_data = std::make_unique<char[]>(s.m_capacity);
    char *end = encoder.appendToBuffer(s.m_data.get(), text);
    s.m_size = std::size_t(end - s.m_data.get());
    return s;
}

SecretBytes SecretBytes::takeFrom(QString &text)
{
    SecretBytes s = fromString(text);
    wipeOwned(text);
    return s;
}

SecretBytes SecretBytes::takeFrom(QByteArray &bytes)
{
    SecretBytes s = fromUtf8(bytes);
    wipeOwned(bytes);
    return s;
}

SecretBytes SecretBytes::duplicate() const
{
    return fromUtf8(reveal());
}

bool SecretBytes::sameAs(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < m_size; ++i)
        diff |= static_cast<unsigned char>(m_data[i] ^ other.m_data[i]);
    return diff == 0;
}

QString SecretBytes::revealAsQString() const
{
    return QString::fromUtf8(reveal());
}

QByteArray SecretBytes::toUtf8ForRequest() const
{
    return reveal().toByteArray();
}

bool SecretBytes::wipeOwned(QString &text)
{
    // isDetached(): one reference, and not static data (a literal's d-pointer is null, which
    // counts as shared). Writing through constData() then changes the only copy there is;
    // data() would detach first and zero a copy instead.
    const bool owned = text.isDetached() && text.capacity() > 0;
    if (owned)
        wipe(const_cast<QChar *>(text.constData()), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
    return owned;
}

bool SecretBytes::wipeOwned(QByteArray &bytes)
{
    const bool owned = bytes.isDetached() && bytes.capacity() > 0;
    if (owned)
        wipe(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    bytes.clear();
    return owned;
}

} // namespace runai
