// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Every logging category of the program and the sandbox, one per area, so QT_LOGGING_RULES can
// turn on exactly what a bug report needs ("runai.gui.users*=true": the users page and its
// actions). Each name is used by one area only.
//
// Header-only on purpose: Q_LOGGING_CATEGORY defines a non-inline function, so a category
// declared that way must live in one library's .cpp. An inline function with a function-local
// static is one object per program wherever it is included, so the sandbox (which links nothing
// of ours) includes this header as well as core, api, secrets and gui.
//
// The level is the lowest one enabled without a rule: QtDebugMsg logs everything, QtInfoMsg
// keeps qCDebug quiet unless "name.debug=true" asks for it.
//
// Nothing logged under these categories contains a secret: lines carry structured fields chosen
// to be safe (method, path with query names only, status, outcome, duration, byte count, ids,
// ApiError::logString, key names), never a body, a server's message or a secret value; what
// api/ quotes from a server passes runai::Redactor first.

// The category's name must be a string literal: QLoggingCategory keeps the pointer.
#define RUNAI_LOG_CATEGORY(function, name, level) \
    inline const QLoggingCategory &function() \
    { \
        static const QLoggingCategory category(name, level); \
        return category; \
    }

namespace runai {

// api/: the console's REST API and the session.
RUNAI_LOG_CATEGORY(lcApi, "runai.api", QtInfoMsg) // jobs, results, errors
RUNAI_LOG_CATEGORY(lcApiHttp, "runai.api.http", QtInfoMsg) // one line per HTTP exchange, retries
RUNAI_LOG_CATEGORY(lcApiTls, "runai.api.tls", QtInfoMsg) // certificate problems
RUNAI_LOG_CATEGORY(lcSession, "runai.session", QtInfoMsg) // sign-in, renewal, sign-out
// issue 15: rotation without downtime (api/RotationFlow and gui/rotation/)
RUNAI_LOG_CATEGORY(lcRotation, "runai.rotation", QtInfoMsg)

// secrets/: key names, diagnoses and timings.
RUNAI_LOG_CATEGORY(lcSecrets, "runai.secrets", QtInfoMsg)

// gui/ and the widget-free helpers that started there (their names kept for existing rules).
RUNAI_LOG_CATEGORY(lcMainWindow, "runai.gui.window", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcI18n, "runai.gui.i18n", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcSignIn, "runai.gui.signin", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcReauth, "runai.gui.reauth", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcSignOutGuard, "runai.gui.signoutguard", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcProfiles, "runai.gui.profiles", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcApplicationsPage, "runai.gui.applications", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcAppActions, "runai.gui.applications.actions", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcUsersPage, "runai.gui.users", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcUserActions, "runai.gui.users.actions", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcAccessRules, "runai.gui.access", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcGrantAccess, "runai.gui.access.grant", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcAccessKeysPage, "runai.gui.accesskeys", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcAccessKeysAdmin, "runai.gui.accesskeys.admin", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcAccessKeySecrets, "runai.gui.accesskeys.secrets", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcExport, "runai.gui.export", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcClipboard, "runai.gui.clipboard", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcKeychainBridge, "runai.gui.keychain", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcProxyAuth, "runai.gui.proxy", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcLostCreate, "runai.gui.lostcreate", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcLocalSandbox, "runai.gui.sandbox", QtDebugMsg)

// sandbox/: the loopback console (its own process, or in-process under --sandbox and in tests).
RUNAI_LOG_CATEGORY(lcSandbox, "runai.sandbox", QtDebugMsg)
RUNAI_LOG_CATEGORY(lcSandboxHttp, "runai.sandbox.http", QtInfoMsg)
RUNAI_LOG_CATEGORY(lcSandboxToken, "runai.sandbox.token", QtInfoMsg)

} // namespace runai

#undef RUNAI_LOG_CATEGORY
