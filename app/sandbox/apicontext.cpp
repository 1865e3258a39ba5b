#include "apicontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace runai::sandbox {

int apiLevelFor(const QString &apiVersion)
{
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
