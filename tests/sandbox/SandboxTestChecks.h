// SPDX-License-Identifier: MIT
#pragma once

// Shape checks shared by the sandbox tests: the contract's required fields and their JSON types.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace runai::sandbox::test {

inline bool isDateOrNull(const QJsonValue &v)
{
    return v.isNull()
           || (v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid());
}

// {code:int, message:string} with the given status, as the contract's Error schema says.
#define RUNAI_CHECK_ERROR(result, expectedStatus) \
    do { \
        const auto &r_ = (result); \
        QCOMPARE(r_.status, (expectedStatus)); \
        QVERIFY2(r_.contentType.startsWith("application/json"), r_.contentType.constData()); \
        const QJsonObject e_ = r_.object(); \
        QVERIFY2(e_.value(QStringLiteral("code")).isDouble(), r_.body.constData()); \
        QCOMPARE(e_.value(QStringLiteral("code")).toInt(), (expectedStatus)); \
        QVERIFY2(e_.value(QStringLiteral("message")).isString(), r_.body.constData()); \
        QVERIFY(!e_.value(QStringLiteral("message")).toString().isEmpty()); \
    } while (false)

// Application / ServiceAccount list item.
#define RUNAI_CHECK_APP(object, withClientId) \
    do { \
        const QJsonObject a_ = (object); \
        QVERIFY(a_.value(QStringLiteral("id")).isString()); \
        QVERIFY(!QUuid::fromString(a_.value(QStringLiteral("id")).toString()).isNull()); \
        QVERIFY(a_.value(QStringLiteral("name")).isString()); \
        QVERIFY(a_.value(QStringLiteral("enabled")).isBool()); \
        QVERIFY(a_.value(QStringLiteral("createdBy")).isString()); \
        QVERIFY(runai::sandbox::test::isDateOrNull(a_.value(QStringLiteral("createdAt")))); \
        QVERIFY(runai::sandbox::test::isDateOrNull(a_.value(QStringLiteral("updatedAt")))); \
        QVERIFY(a_.contains(QStringLiteral("lastLogin"))); \
        QVERIFY(runai::sandbox::test::isDateOrNull(a_.value(QStringLiteral("lastLogin")))); \
        QCOMPARE(a_.value(QStringLiteral("clientId")).isString(), bool(withClientId)); \
    } while (false)

// User object.
#define RUNAI_CHECK_USER(object) \
    do { \
        const QJsonObject u_ = (object); \
        QVERIFY(u_.value(QStringLiteral("id")).isString()); \
        QVERIFY(u_.value(QStringLiteral("username")).isString()); \
        QVERIFY(u_.value(QStringLiteral("createdBy")).isString()); \
        QVERIFY(runai::sandbox::test::isDateOrNull(u_.value(QStringLiteral("createdAt")))); \
        QVERIFY(runai::sandbox::test::isDateOrNull(u_.value(QStringLiteral("updatedAt")))); \
        QVERIFY(u_.contains(QStringLiteral("lastLogin"))); \
        QVERIFY(runai::sandbox::test::isDateOrNull(u_.value(QStringLiteral("lastLogin")))); \
        QVERIFY(u_.value(QStringLiteral("isLocal")).isBool() \
                || u_.value(QStringLiteral("isLocal")).isNull()); \
        QVERIFY(u_.value(QStringLiteral("groups")).isArray() \
                || u_.value(QStringLiteral("groups")).isNull()); \
    } while (false)

} // namespace runai::sandbox::test
