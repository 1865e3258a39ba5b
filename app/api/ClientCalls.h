// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Session.h"
#include "core/ApiError.h"
#include "core/ApiJson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

// The call builders under RunaiClient, shared by the .cpp files it is written in (one per area:
// RunaiClient.cpp, RunaiClientApplications.cpp, RunaiClientTokens.cpp). Not for other callers:
// they go through RunaiClient.
namespace runai::calls {

// An operation's name in the user's language ("create the user"), for error messages.
QString trOp(const char *text);

QByteArray jsonBody(const QJsonObject &o);
ApiJob::Request request(const QByteArray &verb, const QString &path, const QByteArray &body = {});
// "/<id>", percent-encoded: ids come from the server, but a '/' or '?' must not change the path.
QString idSegment(const QString &id);

// Fails the job with BadResponse for a 2xx body that is not JSON, or not what the parser wants.
void failUnreadable(ApiJob *job, const ApiJob::Response &r, const QString &reason);
void failUnparsable(ApiJob *job, const ApiJob::Response &r, const QString &reason);

// Turns a 2xx body into a value, or fails the job with BadResponse (never a silent empty value).
template<typename T, typename Parser>
std::optional<T> parseBody(ApiJob *job, const ApiJob::Response &r, Parser parser)
{
    auto doc = ApiJson::document(r.body);
    if (!doc.ok()) {
        failUnreadable(job, r, doc.error());
        return std::nullopt;
    }
    auto value = parser(doc.value());
    if (!value.ok()) {
        failUnparsable(job, r, value.error());
        return std::nullopt;
    }
    return std::move(value.value());
}

// A call with one request and a JSON result.
template<typename T, typename Parser>
ApiResultJob<T> *jsonCall(Session *session, const QString &op, ApiJob::Request req, Parser parser)
{
    return new ApiResultJob<T>(session, op, [req, parser](ApiJob *base) {
        auto job = static_cast<ApiResultJob<T> *>(base);
        job->send(req, [job, parser](const ApiJob::Response &r) {
            if (r.error.isError())
                return job->fail(r.error);
            if (auto v = parseBody<T>(job, r, parser)) {
                job->setResult(std::move(*v));
                job->succeed();
            }
        });
    });
}

// A call whose success has no body (204 deletes, PATCH, logout).
ApiJob *voidCall(Session *session, const QString &op, ApiJob::Request req);

} // namespace runai::calls
