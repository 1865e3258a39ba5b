// SPDX-License-Identifier: MIT
#include "models/UserRows.h"

#include <QUuid>

#include <cstring>
#include <limits>

namespace runai {

namespace {

constexpr qint64 NullDate = std::numeric_limits<qint64>::min();

qint64 toMSecs(const QDateTime &value)
{
    return value.isValid() ? value.toMSecsSinceEpoch() : NullDate;
}

QDateTime fromMSecs(qint64 value)
{
    return value == NullDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
}

// The UTF-8 form gives back the same QString unless it has an unpaired surrogate.
bool utf8Exact(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            return false;
    }
    return true;
}

} // namespace

UserRows::UserRows()
{
    clear();
}

UserRows::~UserRows() = default;

void UserRows::clear()
{
    m_size = 0;
    m_rowBlocks.clear();
    m_textBlocks.clear();
    m_textUsed = TextBlockSize;
    m_bigTexts.clear();
    m_strings = {QString()};
    m_stringIndex.clear();
    m_lastString = 0;
    m_lists = {QStringList()};
    m_listIndex.clear();
}

void UserRows::append(const User &user)
{
    if (m_size == qsizetype(m_rowBlocks.size()) * RowsPerBlock)
        m_rowBlocks.push_back(std::make_unique<Row[]>(size_t(RowsPerBlock)));
    const Row row = compact(user);
    rowAt(m_size) = row;
    ++m_size;
}

void UserRows::replace(qsizetype row, const User &user)
{
    // The old row's text stays in its block until clear(): replacing is rare (a user this
    // program created), and the blocks never move.
    rowAt(row) = compact(user);
}

// The id as 16 bytes when its text is exactly what QUuid writes; null otherwise.
QUuid UserRows::idKey(const QString &id)
{
    // Exactly what QUuid writes: 8-4-4-4-12 lower-case hex digits (checked without making a
    // string: this runs for every user of every page).
    // The digits are read in the same pass (QUuid's own parser would read them again).
    if (id.size() != 36)
        return {};
    unsigned char bytes[16] = {};
    int digit = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = id.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return {};
            continue;
        }
        int value;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'a' && c <= u'f')
            value = c - u'a' + 10;
        else
            return {};
        bytes[digit / 2] = (unsigned char)(bytes[digit / 2] << 4 | value);
        ++digit;
    }
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
}

bool UserRows::hasId(qsizetype row, const QString &id, const QUuid &uuid) const
{
    const Row &r = rowAt(row);
    if (r.flags & IdIsText) {
        Text text;
        std::memcpy(&text, r.id, sizeof(text));
        return uuid.isNull() && view(text) == QAnyStringView(id);
    }
    return !uuid.isNull() && std::memcmp(r.id, &uuid, sizeof(uuid)) == 0;
}

UserRows::Row UserRows::compact(const User &user)
{
    Row row{};
    const QUuid uuid = idKey(user.id);
    if (!uuid.isNull()) {
        static_assert(sizeof(QUuid) == sizeof(row.id));
        std::memcpy(row.id, &uuid, sizeof(row.id));
    } else {
        const Text id = store(user.id);
        std::memcpy(row.id, &id, sizeof(id));
        row.flags |= IdIsText;
    }
    row.createdAt = toMSecs(user.createdAt);
    row.updatedAt = toMSecs(user.updatedAt);
    row.lastLogin = toMSecs(user.lastLogin);
    row.username = store(user.username);
    row.firstName = store(user.firstName);
    row.lastName = store(user.lastName);
    row.createdBy = intern(user.createdBy);
    row.groups = intern(user.groups);
    if (user.isLocal.has_value())
        row.flags |= *user.isLocal ? HasIsLocal | IsLocal : HasIsLocal;
    if (user.carriesNames)
        row.flags |= CarriesNames;
    return row;
}

UserRows::Text UserRows::store(const QString &value)
{
    if (value.isNull())
        return {};
    if (value.isEmpty())
        return {0, 0};
    if (value.size() <= MaxSmallText) {
        // ASCII, as e-mail addresses nearly always are: written straight into the block.
        const QChar *chars = value.constData();
        const qsizetype size = value.size();
        qsizetype i = 0;
        while (i < size && chars[i].unicode() < 0x80)
            ++i;
        if (i == size) {
            char *to = reserveText(size);
            for (i = 0; i < size; ++i)
                to[i] = char(chars[i].unicode());
            return commitText(size);
        }
    }
    const QByteArray utf8 = value.size() <= MaxSmallText ? value.toUtf8() : QByteArray();
    if (utf8.isEmpty() || utf8.size() > MaxSmallText || !utf8Exact(value)) {
        m_bigTexts.append(value);
        return {quint32(m_bigTexts.size() - 1), BigFlag};
    }
    std::memcpy(reserveText(utf8.size()), utf8.constData(), size_t(utf8.size()));
    return commitText(utf8.size());
}

char *UserRows::reserveText(qsizetype size)
{
    if (m_textUsed + size > TextBlockSize) {
        m_textBlocks.push_back(std::make_unique_for_overwrite<char[]>(size_t(TextBlockSize)));
        m_textUsed = 0;
    }
    return m_textBlocks.back().get() + m_textUsed;
}

UserRows::Text UserRows::commitText(qsizetype size)
{
    const qsizetype block = qsizetype(m_textBlocks.size()) - 1;
    const Text stored{quint32(block * TextBlockSize + m_textUsed), quint32(size)};
    m_textUsed += size;
    return stored;
}

QAnyStringView UserRows::view(Text value) const
{
    if (value.size == NullSize)
        return {};
    if (value.size == BigFlag)
        return QStringView(m_bigTexts.at(value.pos));
    if (value.size == 0)
        return QUtf8StringView("", 0);
    const char *block = m_textBlocks[value.pos / TextBlockSize].get();
    return QUtf8StringView(block + value.pos % TextBlockSize, qsizetype(value.size));
}

QString UserRows::text(Text value) const
{
    if (value.size == NullSize)
        return {};
    if (value.size == BigFlag)
        return m_bigTexts.at(value.pos);
    if (value.size == 0)
        return QStringLiteral("");
    return view(value).toString();
}

quint32 UserRows::intern(const QString &value)
{
    if (value.isNull())
        return 0;
    // Pages repeat the same creator: the last one is found without hashing.
    if (m_lastString && m_strings.at(m_lastString) == value)
        return m_lastString;
    const auto found = m_stringIndex.constFind(value);
    if (found != m_stringIndex.cend())
        return m_lastString = *found;
    m_strings.append(value);
    m_lastString = quint32(m_strings.size() - 1);
    m_stringIndex.insert(value, m_lastString);
    return m_lastString;
}

quint32 UserRows::intern(const QStringList &value)
{
    if (value.isEmpty())
        return 0;
    const auto found = m_listIndex.constFind(value);
    if (found != m_listIndex.cend())
        return *found;
    m_lists.append(value);
    const auto index = quint32(m_lists.size() - 1);
    m_listIndex.insert(value, index);
    return index;
}

User UserRows::user(qsizetype row) const
{
    const Row &r = rowAt(row);
    User user;
    user.id = id(row);
    user.username = text(r.username);
    user.createdBy = m_strings.at(r.createdBy);
    user.createdAt = fromMSecs(r.createdAt);
    user.updatedAt = fromMSecs(r.updatedAt);
    user.lastLogin = fromMSecs(r.lastLogin);
    user.isLocal = isLocal(row);
    user.carriesNames = (r.flags & CarriesNames) != 0;
    user.groups = m_lists.at(r.groups);
    user.firstName = text(r.firstName);
    user.lastName = text(r.lastName);
    return user;
}

QString UserRows::id(qsizetype row) const
{
    const Row &r = rowAt(row);
    if (r.flags & IdIsText) {
        Text id;
        std::memcpy(&id, r.id, sizeof(id));
        return text(id);
    }
    QUuid uuid;
    std::memcpy(&uuid, r.id, sizeof(uuid));
    return uuid.toString(QUuid::WithoutBraces);
}

QString UserRows::username(qsizetype row) const
{
    return text(rowAt(row).username);
}

QAnyStringView UserRows::usernameView(qsizetype row) const
{
    return view(rowAt(row).username);
}

QString UserRows::fullName(qsizetype row) const
{
    const Row &r = rowAt(row);
    return runai::fullName(text(r.firstName), text(r.lastName));
}

QString UserRows::createdBy(qsizetype row) const
{
    return m_strings.at(rowAt(row).createdBy);
}

QDateTime UserRows::createdAt(qsizetype row) const
{
    return fromMSecs(rowAt(row).createdAt);
}

QDateTime UserRows::lastLogin(qsizetype row) const
{
    return fromMSecs(rowAt(row).lastLogin);
}

std::optional<bool> UserRows::isLocal(qsizetype row) const
{
    const quint8 flags = rowAt(row).flags;
    if (!(flags & HasIsLocal))
        return std::nullopt;
    return (flags & IsLocal) != 0;
}

} // namespace runai
