// SPDX-License-Identifier: MIT
#include "core/Csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace runai {

QString Csv::decode(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    return QString::fromUtf8(view);
}

QChar Csv::detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted; // "" inside quotes toggles twice: no effect
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r') {
                if (commas + semicolons > 0)
                    break;
            } else if (c == u',') {
                ++commas;
            } else if (c == u';') {
                ++semicolons;
            }
        }
    }
    return semicolons > commas ? u';' : u',';
}

Csv::Table Csv::parse(QStringView text, QChar separator)
{
    Table table;
    table.separator = separator;
    Record record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool recordStarted = false;
    int line = 1;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record; a line of only separators is (a row of empty cells).
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty() && !recordStarted))
            table.records.append(record);
        record = Record();
        recordStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            // A quote opens a quoted field only at its start (spaces before it are dropped).
            quoted = true;
            fieldWasQuoted = true;
            recordStarted = true;
            field.clear();
        } else if (c == separator) {
            recordStarted = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (record.line == 0)
                record.line = line;
            endRecord();
            ++line;
            record.line = line;
        } else if (fieldWasQuoted && c.isSpace()) {
            // Spaces between a closing quote and the separator are padding.
            continue;
        } else {
            if (!c.isSpace())
                recordStarted = true;
            // Text after a closing quote ("ab"c) is kept, as spreadsheets do.
            field += c;
        }
    }
    table.unterminatedQuote = quoted;
    if (recordStarted || !field.trimmed().isEmpty() || !record.fields.isEmpty())
        endRecord();
    return table;
}

Csv::Table Csv::parse(const QByteArray &bytes)
{
    const QString text = decode(bytes);
    return parse(text, detectSeparator(text));
}

QString Csv::field(const QString &value, QChar separator)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            v.prepend(u'\'');
    }
    const bool needsQuotes = v.contains(separator) || v.contains(u'"') || v.contains(u'\n')
                             || v.contains(u'\r')
                             || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!needsQuotes)
        return v;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

QString Csv::row(const QStringList &values, QChar separator)
{
    return row(values, separator, {});
}

QString Csv::verbatimField(const QString &value, QChar separator)
{
    Q_UNUSED(separator) // quoted, so no separator inside can split the field
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

QString Csv::row(const QStringList &values, QChar separator,
                 const QList<qsizetype> &verbatimColumns)
{
    QString out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += separator;
        out += verbatimColumns.contains(i) ? verbatimField(values.at(i), separator)
                                           : field(values.at(i), separator);
    }
    out += u"\r\n"_s;
    return out;
}

} // namespace runai
