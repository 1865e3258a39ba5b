// SPDX-License-Identifier: MIT
#include "SandboxTestClient.h"

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace runai::sandbox::test {

bool HttpResult::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestClient::TestClient(const QUrl &baseUrl)
    : m_base(baseUrl)
{ }

void TestClient::setCaCertificates(const QList<QSslCertificate> &cas)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(cas);
    m_ssl = config;
}

HttpResult TestClient::send(const QByteArray &method, const QString &pathAndQuery,
                            const QByteArray &body, const QByteArray &contentType,
                            const QByteArray &bearer,
                            const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(m_timeoutMs)) {
        result.timedOut = true;
        reply->abort();
    }
    result.error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        result.status = status.toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult TestClient::get(const QString &path, const QByteArray &bearer)
{
    return send("GET", path, {}, {}, bearer);
}

HttpResult TestClient::postJson(const QString &path, const QJsonObject &body,
                                const QByteArray &bearer)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", bearer);
}

HttpResult TestClient::patchJson(const QString &path, const QJsonObject &body,
                                 const QByteArray &bearer)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", bearer);
}

HttpResult TestClient::postEmpty(const QString &path, const QByteArray &bearer)
{
    return send("POST", path, {}, {}, bearer);
}

HttpResult TestClient::del(const QString &path, const QByteArray &bearer)
{
    return send("DELETE", path, {}, {}, bearer);
}

HttpResult TestClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return send("POST", path, form.query(QUrl::FullyEncoded).toUtf8(),
                "application/x-www-form-urlencoded");
}

QByteArray TestClient::passwordToken(const QString &username, const QString &password)
{
    const HttpResult r = postJson(u"/api/v1/token"_s, {{u"grantType"_s, u"password"_s},
                                                       {u"username"_s, username},
                                                       {u"password"_s, password}});
    if (r.status != 200)
        return {};
    return r.object().value(u"accessToken"_s).toString().toLatin1();
}

QString makeTestCertificates(const QString &dir)
{
    const auto run = [&dir](const QStringList &args) -> QString {
        QProcess openssl;
        openssl.setWorkingDirectory(dir);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, args);
        if (!openssl.waitForFinished(30000))
            return u"openssl did not finish: "_s + args.join(u' ');
        if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
            return u"openssl failed (%1): %2"_s.arg(args.join(u' '),
                                                    QString::fromLocal8Bit(openssl.readAll()));
        return {};
    };
    QFile ext(dir + u"/server.ext"_s);
    if (!ext.open(QIODevice::WriteOnly))
        return u"cannot write server.ext"_s;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QList<QStringList> steps{
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
             u"-subj"_s, u"/CN=Sandbox Test CA"_s, u"-addext"_s,
             u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
             u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s,
             u"ca.pem"_s},
            {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=localhost"_s,
             u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s},
            {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
             u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s,
             u"-out"_s, u"server.pem"_s},
    };
    for (const QStringList &step : steps) {
        const QString error = run(step);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QJsonObject jwtPayload(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals))
            .object();
}

} // namespace runai::sandbox::test
