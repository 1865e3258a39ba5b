// SPDX-License-Identifier: MIT
#include "core/JsonObjectWriter.h"

#include <QString>

namespace runai {

namespace {

// A JSON string, UTF-8, escaped as QJsonDocument escapes it: quote, backslash and control
// characters; every other byte is copied, a run at a time.
void appendString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (u) {
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
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

} // namespace

JsonObjectWriter::JsonObjectWriter()
{
    m_out.reserve(128);
    m_out += '{';
}

void JsonObjectWriter::key(QLatin1StringView name)
{
    // Keys are the program's own ASCII names: nothing in them to escape.
    if (m_out.size() > 1)
        m_out += ',';
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, QStringView value)
{
    key(name);
    appendString(m_out, value.toUtf8());
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
    return *this;
}

QByteArray JsonObjectWriter::take()
{
    m_out += '}';
    QByteArray out = std::move(m_out);
    m_out = QByteArray("{");
    return out;
}

} // namespace runai
