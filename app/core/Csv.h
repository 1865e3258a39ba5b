// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace runai {

// RFC 4180 CSV as spreadsheets write it, both ways. Pure functions, no I/O.
// Reading: UTF-8 with or without BOM; ',' or ';' (detected from the first record, as European
// spreadsheets save with ';'); quoted fields with "" for a quote and embedded line breaks; CRLF,
// LF or CR line ends; blank lines skipped. Writing: CRLF, quotes only where needed.
class Csv
{
public:
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts, for messages
        QStringList fields;
    };
    struct Table
    {
        QList<Record> records;
        QChar separator = u',';
        // Set when a quoted field is still open at the end of the file (the rest of the file
        // became one field); the records read so far are kept.
        bool unterminatedQuote = false;
    };

    // Decodes bytes from a file: drops a UTF-8 BOM; invalid UTF-8 becomes U+FFFD.
    static QString decode(const QByteArray &bytes);
    // ';' when the first record has more semicolons than commas outside quotes, else ','.
    static QChar detectSeparator(QStringView text);
    static Table parse(QStringView text, QChar separator);
    static Table parse(const QByteArray &bytes); // decode + detect + parse

    // One field, quoted when it holds the separator, a quote or a line break. A field that a
    // spreadsheet would run as a formula (starting with = + - @ or a tab/CR) gets a leading
    // apostrophe, because exported tables hold server-provided text.
    static QString field(const QString &value, QChar separator = u',');
    static QString row(const QStringList &values, QChar separator = u','); // ends with CRLF

    // A secret (a temporary password) exactly as it is: always in quotes, never given the formula
    // guard's apostrophe, because an altered password is a wrong password. A spreadsheet may still
    // read a leading = + - @ as a formula, so a file holding such fields says so in its header.
    static QString verbatimField(const QString &value, QChar separator = u',');
    // row() with the fields at `verbatimColumns` written by verbatimField().
    static QString row(const QStringList &values, QChar separator,
                       const QList<qsizetype> &verbatimColumns);
};

} // namespace runai
