// SPDX-License-Identifier: MIT
#include "core/ObjectNoun.h"

namespace runai {

QString ObjectNoun::capitalSingular() const
{
    return pick(tr("Application"), tr("Service account"));
}

QString ObjectNoun::capitalPlural() const
{
    return pick(tr("Applications"), tr("Service accounts"));
}

} // namespace runai
