// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per area, so QT_LOGGING_RULES can turn on exactly what a bug report needs.
// Nothing logged under these categories contains a secret: lines carry structured fields chosen
// to be safe (method, path with query names only, status, outcome, duration, byte count, ids,
// ApiError::logString), never a body or a server's message; runai::Redactor is the second net.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // "runai.api": jobs, results, errors
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp) // "runai.api.http": one line per HTTP exchange, retries
Q_DECLARE_LOGGING_CATEGORY(lcApiTls) // "runai.api.tls": certificate problems
Q_DECLARE_LOGGING_CATEGORY(lcSession) // "runai.session": sign-in, renewal, sign-out
