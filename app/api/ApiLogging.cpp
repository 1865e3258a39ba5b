// SPDX-License-Identifier: MIT
#include "api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "runai.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiHttp, "runai.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiTls, "runai.api.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "runai.session", QtInfoMsg)
