// SPDX-License-Identifier: MIT
#include "sandbox/ApiContext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

int apiLevelFor(const QString &apiVersion)
{
    if (apiVersion.trimmed() == u"3.0"_s)
        return 300;
    const QStringList parts = apiVersion.trimmed().split(u'.');
    if (parts.size() != 2 || parts[0] != u"2"_s)
        return 0;
    bool ok = false;
    const int minor = parts[1].toInt(&ok);
    if (!ok || minor < 18 || minor > 26)
        return 0;
    if (minor >= 24)
        return 224;
    if (minor >= 20)
        return 220;
    return 218;
}

QStringList ApiContext::accessRuleSubjectTypes() const
{
    // 2.18-2.23: user, app, group. 2.24 adds service-account (app deprecated). 3.0 drops app.
    if (level >= 300)
        return {u"user"_s, u"group"_s, u"service-account"_s};
    if (level >= 224)
        return {u"user"_s, u"app"_s, u"group"_s, u"service-account"_s};
    return {u"user"_s, u"app"_s, u"group"_s};
}

bool readJsonObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error)
{
    const QByteArray contentType = request.header("content-type");
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/json") {
        *error = ApiResponse::error(415, u"Unsupported content type; use application/json"_s);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiResponse::error(400, u"Request body is not valid JSON"_s,
                                    parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = ApiResponse::error(400, u"Request body must be a JSON object"_s);
        return false;
    }
    *object = doc.object();
    return true;
}

QJsonValue jsonField(const QJsonObject &object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool readResourceName(const ApiRequest &request, QString *name, ApiResponse *error)
{
    QJsonObject body;
    if (!readJsonObject(request, &body, error))
        return false;
    const QJsonValue nameValue = jsonField(body, u"name");
    if (nameValue.isUndefined() || nameValue.isNull()) {
        *error = ApiResponse::error(400, u"Required parameter is missing"_s, u"name"_s);
        return false;
    }
    if (!nameValue.isString()) {
        *error = ApiResponse::error(400, u"name must be a string"_s);
        return false;
    }
    static const QRegularExpression pattern(u"^[a-z][-_a-z0-9]*[a-z0-9]$"_s);
    if (!pattern.match(nameValue.toString()).hasMatch()) {
        *error = ApiResponse::error(
                400, u"Invalid name"_s,
                u"The name must match ^[a-z][-_a-z0-9]*[a-z0-9]$: start with a lower-case letter, "
                "end with a letter or digit, and use only a-z, 0-9, '-' and '_'"_s);
        return false;
    }
    *name = nameValue.toString();
    return true;
}

ApiResponse methodNotAllowed(const QByteArray &allowed)
{
    ApiResponse response = ApiResponse::error(405, u"Method not allowed"_s);
    response.headers.append(qMakePair(QByteArray("Allow"), allowed));
    return response;
}

ApiResponse notFound(const QString &what)
{
    return ApiResponse::error(404, what.isEmpty() ? u"Resource id not found."_s : what);
}

} // namespace runai::sandbox
