// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace runai::ApiPaths {

// GET lists the console's users (RunaiClient::listUsers). The token inspector's curl command
// asks it, so what a copied command does is named here, in the layer that knows the API, not in
// a dialog.
inline QString users()
{
    return QStringLiteral("/api/v1/users");
}

} // namespace runai::ApiPaths
