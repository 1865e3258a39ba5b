// SPDX-License-Identifier: MIT
#include "models/ModelFormat.h"

#include <QLocale>

namespace runai::modelformat {

QString dateTime(const QDateTime &value, const QString &nullText)
{
    if (!value.isValid())
        return nullText;
    return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
}

} // namespace runai::modelformat
