// SPDX-License-Identifier: MIT
#include "secrets/SecretsLogging.h"

namespace runai {
Q_LOGGING_CATEGORY(lcSecrets, "runai.secrets", QtInfoMsg)
} // namespace runai
