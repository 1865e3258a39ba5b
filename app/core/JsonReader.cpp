// SPDX-License-Identifier: MIT
#include "core/JsonReader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace runai::json {

namespace {

// Only integers a double holds exactly (|d| <= 2^53): beyond that the value is not the one
// the server wrote, and outside the qint64 range the cast would be undefined behaviour.
bool isInteger(double d)
{
    constexpr double maxExact = 9007199254740992.0; // 2^53
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= maxExact;
}

} // namespace

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString notAnObjectReason(const QString &what, const QJsonValue &v)
{
    return u"%1: expected an object, got %2"_s.arg(what, typeName(v));
}

QString notAnArrayReason(const QString &what, const QJsonValue &v)
{
    return u"%1: expected an array, got %2"_s.arg(what, typeName(v));
}

QString badItemReason(qsizetype index, const QString &reason)
{
    return u"item %1 of %2"_s.arg(index).arg(reason);
}

Reader::Reader(const QJsonObject &o, QString what)
    : m_o(o)
    , m_what(std::move(what))
{ }

QString Reader::string(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return {};
    if (!v->isString())
        return wrongType(key, u"a string"_s, *v), QString();
    return v->toString();
}

QString Reader::stringOrInteger(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return {};
    if (v->isString())
        return v->toString();
    if (v->isDouble() && isInteger(v->toDouble()))
        return QString::number(qint64(v->toDouble()));
    return wrongType(key, u"a string or an integer"_s, *v), QString();
}

std::optional<bool> Reader::boolean(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return std::nullopt;
    if (!v->isBool())
        return wrongType(key, u"a boolean"_s, *v), std::nullopt;
    return v->toBool();
}

std::optional<qint64> Reader::integer(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !isInteger(v->toDouble()))
        return wrongType(key, u"an integer"_s, *v), std::nullopt;
    return qint64(v->toDouble());
}

QDateTime Reader::date(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return {};
    if (!v->isString())
        return wrongType(key, u"a date-time string"_s, *v), QDateTime();
    auto dt = QDateTime::fromString(v->toString(), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        fail(u"field '%1' is not an ISO 8601 date-time"_s.arg(QLatin1StringView(key)));
        return {};
    }
    return dt.toUTC();
}

QStringList Reader::stringArray(const char *key, Presence p, Nulls n)
{
    const auto v = get(key, p, n);
    if (!v)
        return {};
    if (!v->isArray())
        return wrongType(key, u"an array"_s, *v), QStringList();
    QStringList out;
    for (const auto &item : v->toArray()) {
        if (!item.isString()) {
            fail(u"field '%1' holds a %2 where a string belongs"_s.arg(QLatin1StringView(key),
                                                                       typeName(item)));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<QJsonValue> Reader::get(const char *key, Presence p, Nulls n)
{
    if (!ok())
        return std::nullopt;
    const auto v = m_o.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (p == Required)
            fail(u"missing required field '%1'"_s.arg(QLatin1StringView(key)));
        return std::nullopt;
    }
    if (v.isNull()) {
        if (n == NotNull)
            fail(u"field '%1' is null"_s.arg(QLatin1StringView(key)));
        return std::nullopt;
    }
    return v;
}

void Reader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = m_what + u": "_s + reason;
}

void Reader::wrongType(const char *key, const QString &expected, const QJsonValue &got)
{
    fail(u"field '%1' should be %2, not a %3"_s.arg(QLatin1StringView(key), expected,
                                                    typeName(got)));
}

} // namespace runai::json
