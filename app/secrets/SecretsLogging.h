// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace runai {
// "runai.secrets": key names, diagnoses and timings. Never a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
} // namespace runai
