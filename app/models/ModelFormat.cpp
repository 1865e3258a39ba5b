// SPDX-License-Identifier: MIT
#include "models/ModelFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace runai::modelformat {

QString dateTime(const QDateTime &value, const QString &nullText)
{
    if (!value.isValid())
        return nullText;
    return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
}

QString isoUtc(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    // Milliseconds only when there are any: no digit the server sent is lost, none is invented.
    return value.toUTC().toString(value.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString boolean(const std::optional<bool> &value)
{
    return value.has_value() ? boolean(*value) : QString();
}

} // namespace runai::modelformat
