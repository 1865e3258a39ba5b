// SPDX-License-Identifier: MIT
// Fuzzes Csv, which reads user-import files made by spreadsheets (untrusted bytes) and writes
// exports of server-provided text. Odd first byte: the rest is a file for Csv::parse, and what it
// read must survive being written with Csv::row and read again. Even first byte: the rest becomes
// a table of arbitrary strings that must survive write-then-read. Either way a field the writer
// defuses as a spreadsheet formula comes back with its leading apostrophe, and a record of one
// empty field is written as a blank line, which a reader skips.
#include "FuzzSupport.h"
#include "core/Csv.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::Csv;

namespace {

QString describe(const QList<QStringList> &rows)
{
    QString s;
    for (const auto &r : rows)
        s += u"["_s + r.join(u"|"_s) + u"]"_s;
    return s;
}

void checkRoundTrip(const QList<QStringList> &rows, QChar separator)
{
    QString text;
    QList<QStringList> expected;
    for (const auto &fields : rows) {
        text += Csv::row(fields, separator);
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        QStringList e;
        for (const auto &f : fields) {
            const bool formula = !f.isEmpty()
                                 && (f.front() == u'=' || f.front() == u'+' || f.front() == u'-'
                                     || f.front() == u'@' || f.front() == u'\t'
                                     || f.front() == u'\r');
            e.append(formula ? u"'"_s + f : f);
        }
        expected.append(e);
    }
    const auto table = Csv::parse(text, separator);
    FUZZ_CHECK(!table.unterminatedQuote, text);
    QList<QStringList> got;
    for (const auto &r : table.records)
        got.append(r.fields);
    FUZZ_CHECK(got == expected, u"written: "_s + text + u"\n  expected: "_s + describe(expected)
                                        + u"\n  got: "_s + describe(got));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] & 1) {
        const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
        const auto table = Csv::parse(bytes);
        FUZZ_CHECK(table.separator == u',' || table.separator == u';', QString(table.separator));
        int previousLine = 0;
        QList<QStringList> rows;
        for (const auto &r : table.records) {
            FUZZ_CHECK(r.line > previousLine, QString::number(r.line));
            FUZZ_CHECK(!r.fields.isEmpty(), QString::number(r.line));
            previousLine = r.line;
            rows.append(r.fields);
        }
        checkRoundTrip(rows, table.separator);
        return 0;
    }
    FuzzedDataProvider in(data + 1, size - 1);
    const QChar separator = in.ConsumeBool() ? u';' : u',';
    QList<QStringList> rows;
    while (in.remaining_bytes() > 0 && rows.size() < 64) {
        QStringList fields;
        const int n = in.ConsumeIntegralInRange<int>(1, 8);
        for (int i = 0; i < n; ++i)
            fields.append(
                    QString::fromUtf8(QByteArray::fromStdString(in.ConsumeRandomLengthString(40))));
        rows.append(fields);
    }
    checkRoundTrip(rows, separator);
    return 0;
}
