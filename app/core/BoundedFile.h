// SPDX-License-Identifier: MIT
#pragma once

#include "core/ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace runai {

// Reads a file the user named (a CSV to import, a CA bundle) with a hard cap, for files whose
// size cannot be trusted: QFile::size() is 0 for a FIFO or /dev/zero, and a file may grow while
// it is read. At most maxBytes + 1 bytes are read; more is refused. Anything but a regular file
// (a FIFO, a device, a socket, a folder) is refused before a byte is read: opening a FIFO that
// no one writes to would block for ever, so the file is opened non-blocking and checked on the
// open handle (no window between the check and the read). Messages name the file and say why.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(runai::BoundedFile)
public:
    static ParseResult<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace runai
