// SPDX-License-Identifier: MIT
#include "core/JsonWriter.h"

#include <QString>

namespace runai::json {

namespace {

// A JSON string, UTF-8, escaped as QJsonDocument escapes it: quote, backslash and control
// characters; everything else as it is.
void appendString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

ObjectWriter::ObjectWriter()
{
    m_out.reserve(128);
    m_out += '{';
}

void ObjectWriter::key(QLatin1StringView name)
{
    if (m_out.size() > 1)
        m_out += ',';
    appendString(m_out, QByteArray(name.data(), name.size()));
    m_out += ':';
}

ObjectWriter &ObjectWriter::add(QLatin1StringView name, QStringView value)
{
    key(name);
    appendString(m_out, value.toUtf8());
    return *this;
}

ObjectWriter &ObjectWriter::add(QLatin1StringView name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
    return *this;
}

QByteArray ObjectWriter::take()
{
    m_out += '}';
    QByteArray out = std::move(m_out);
    m_out = QByteArray("{");
    return out;
}

} // namespace runai::json
