// SPDX-License-Identifier: MIT
#include "core/Profile.h"

using namespace Qt::StringLiterals;

namespace runai {

QString Profile::proxyName(Proxy proxy)
{
    switch (proxy) {
    case Proxy::System:
        return u"system"_s;
    case Proxy::None:
        return u"none"_s;
    case Proxy::Manual:
        return u"manual"_s;
    }
    return u"system"_s;
}

Profile::Proxy Profile::proxyFromName(const QString &name)
{
    if (name == "none"_L1)
        return Proxy::None;
    if (name == "manual"_L1)
        return Proxy::Manual;
    return Proxy::System;
}

} // namespace runai
