// SPDX-License-Identifier: MIT
#include "SecretsLogging.h"

namespace runai {
Q_LOGGING_CATEGORY(lcSecrets, "runai.secrets", QtInfoMsg)
} // namespace runai
