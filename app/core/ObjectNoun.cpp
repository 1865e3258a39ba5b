// SPDX-License-Identifier: MIT
#include "ObjectNoun.h"

namespace runai {

QString ObjectNoun::singular() const
{
    return pick(tr("application"), tr("service account"));
}

QString ObjectNoun::plural() const
{
    return pick(tr("applications"), tr("service accounts"));
}

QString ObjectNoun::capitalSingular() const
{
    return pick(tr("Application"), tr("Service account"));
}

QString ObjectNoun::capitalPlural() const
{
    return pick(tr("Applications"), tr("Service accounts"));
}

} // namespace runai
