// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The checking field reader under ApiJson's parsers: the one place that knows how a spec's
// "required" and "nullable" lists turn into checks, and how a rejection is worded.
namespace runai::json {

// "object", "array", "null", ...: the JSON type of a value, for a rejection's wording.
QString typeName(const QJsonValue &v);

// The wording of the rejections below (kept out of the templates).
QString notAnObjectReason(const QString &what, const QJsonValue &v);
QString notAnArrayReason(const QString &what, const QJsonValue &v);
QString badItemReason(qsizetype index, const QString &reason);

// Reads fields of one object, remembering the first problem. Each accessor says whether the field
// is required and whether null is allowed, mirroring the spec's required/nullable lists.
class Reader
{
public:
    enum Presence { Required, Optional };
    enum Nulls { NotNull, Nullable };

    Reader(const QJsonObject &o, QString what);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString string(const char *key, Presence p, Nulls n = NotNull);
    // An id the spec types inconsistently (tenantId: string in the schema, number in examples).
    QString stringOrInteger(const char *key, Presence p, Nulls n = NotNull);
    std::optional<bool> boolean(const char *key, Presence p, Nulls n = NotNull);
    std::optional<qint64> integer(const char *key, Presence p, Nulls n = NotNull);
    QDateTime date(const char *key, Presence p, Nulls n = NotNull);
    QStringList stringArray(const char *key, Presence p, Nulls n = NotNull);
    // The raw value, for nested objects; nullopt when absent / null (if allowed) or on error.
    std::optional<QJsonValue> get(const char *key, Presence p, Nulls n);

    void fail(const QString &reason);

private:
    void wrongType(const char *key, const QString &expected, const QJsonValue &got);

    QJsonObject m_o;
    QString m_what;
    QString m_error;
};

template<typename T>
ParseResult<T> notAnObject(const QString &what, const QJsonValue &v)
{
    return ParseResult<T>::failure(notAnObjectReason(what, v));
}

// Every item of an array through parseItem, or the first item's reason for failing.
template<typename T, typename F>
ParseResult<QList<T>> listOf(const QString &what, const QJsonValue &v, F parseItem)
{
    if (!v.isArray())
        return ParseResult<QList<T>>::failure(notAnArrayReason(what, v));
    QList<T> out;
    const auto array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = parseItem(array.at(i));
        if (!item.ok())
            return ParseResult<QList<T>>::failure(badItemReason(i, item.error()));
        out.append(std::move(item.value()));
    }
    return out;
}

} // namespace runai::json
