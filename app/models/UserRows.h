// SPDX-License-Identifier: MIT
#pragma once

#include "core/User.h"

#include <QAnyStringView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

namespace runai {

// UsersModel's storage: the users of a console as compact rows (~100 bytes a user instead of
// ~370 for a User in a QList). The id is kept as its 16 bytes when it is a UUID in the usual
// lower-case form, text as UTF-8 in shared blocks, dates as msecs since the epoch (UTC, as the
// API layer gives them), createdBy and the groups as indexes into tables of distinct values,
// isLocal and carriesNames as bits. user() gives back exactly the User that was stored. Rows and
// text live in fixed-size blocks, so a growing list never has more than one block of slack.
class UserRows
{
public:
    UserRows();
    ~UserRows();
    UserRows(const UserRows &) = delete;
    UserRows &operator=(const UserRows &) = delete;

    qsizetype size() const { return m_size; }
    void append(const User &user);
    void replace(qsizetype row, const User &user);
    void clear();

    User user(qsizetype row) const;
    QString id(qsizetype row) const;
    QString username(qsizetype row) const;
    // The username without a copy, for comparisons over every row.
    QAnyStringView usernameView(qsizetype row) const;
    QString fullName(qsizetype row) const;
    QString createdBy(qsizetype row) const;
    QDateTime createdAt(qsizetype row) const;
    QDateTime lastLogin(qsizetype row) const;
    std::optional<bool> isLocal(qsizetype row) const;
    // Whether the row's id is `id`, without making the row's id a string; `key` is
    // idKey(id), worked out once for a search over every row.
    static QUuid idKey(const QString &id);
    bool hasId(qsizetype row, const QString &id, const QUuid &key) const;

private:
    // A string: UTF-8 at `pos` in the text blocks; `size` NullSize for a null QString; with
    // BigFlag, `pos` indexes m_bigTexts (long text, or text that UTF-8 cannot carry exactly).
    struct Text
    {
        quint32 pos = 0;
        quint32 size = NullSize;
    };
    static constexpr quint32 NullSize = 0xFFFFFFFFu;
    static constexpr quint32 BigFlag = 0x80000000u;

    struct Row
    {
        alignas(8) unsigned char id[16]; // a QUuid, or a Text when IdIsText
        qint64 createdAt;
        qint64 updatedAt;
        qint64 lastLogin;
        Text username;
        Text firstName;
        Text lastName;
        quint32 createdBy;
        quint32 groups;
        quint8 flags;
    };
    enum Flag : quint8 { HasIsLocal = 1, IsLocal = 2, CarriesNames = 4, IdIsText = 8 };

    static constexpr qsizetype RowsPerBlock = 1024;
    static constexpr qsizetype TextBlockSize = 64 * 1024;
    static constexpr qsizetype MaxSmallText = 1024;

    Row &rowAt(qsizetype row)
    {
        return m_rowBlocks[size_t(row / RowsPerBlock)][row % RowsPerBlock];
    }
    const Row &rowAt(qsizetype row) const
    {
        return m_rowBlocks[size_t(row / RowsPerBlock)][row % RowsPerBlock];
    }
    Row compact(const User &user);
    Text store(const QString &text);
    char *reserveText(qsizetype size); // room for `size` bytes in the last text block
    Text commitText(qsizetype size); // ... which are now written there
    QString text(Text text) const;
    QAnyStringView view(Text text) const;
    quint32 intern(const QString &value);
    quint32 intern(const QStringList &value);

    qsizetype m_size = 0;
    std::vector<std::unique_ptr<Row[]>> m_rowBlocks;
    std::vector<std::unique_ptr<char[]>> m_textBlocks;
    qsizetype m_textUsed = TextBlockSize; // in the last text block
    QList<QString> m_bigTexts;
    QList<QString> m_strings;
    QHash<QString, quint32> m_stringIndex;
    quint32 m_lastString = 0;
    QList<QStringList> m_lists;
    QHash<QStringList, quint32> m_listIndex;
};

} // namespace runai
