// SPDX-License-Identifier: MIT
#include "api/ClientCalls.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace runai::calls {

QString trOp(const char *text)
{
    return QCoreApplication::translate("runai::RunaiClient", text);
}

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiJob::Request request(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    ApiJob::Request r;
    r.verb = verb;
    r.path = path;
    r.body = body;
    return r;
}

QString idSegment(const QString &id)
{
    return u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void failUnreadable(ApiJob *job, const ApiJob::Response &r, const QString &reason)
{
    const QByteArray mime = r.contentType.split(';').first().trimmed();
    ApiError e(ApiError::Kind::BadResponse,
               u"HTTP %1 %2 answer is not JSON: %3"_s.arg(r.httpStatus)
                       .arg(mime.isEmpty() ? u"(no content type)"_s : QString::fromLatin1(mime),
                            reason));
    e.setHttpStatus(r.httpStatus);
    job->fail(e);
}

void failUnparsable(ApiJob *job, const ApiJob::Response &r, const QString &reason)
{
    ApiError e(ApiError::Kind::BadResponse, reason);
    e.setHttpStatus(r.httpStatus);
    job->fail(e);
}

ApiJob *voidCall(Session *session, const QString &op, ApiJob::Request req)
{
    return new ApiJob(session, op, [req](ApiJob *job) {
        job->send(req, [job](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            job->succeed();
        });
    });
}

} // namespace runai::calls
