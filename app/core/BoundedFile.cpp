// SPDX-License-Identifier: MIT
#include "core/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace runai {

namespace {

QString notRegular(const QString &path)
{
    return BoundedFile::tr("%1 is not a regular file (it is a pipe, a device or a folder); "
                           "choose a file.")
            .arg(path);
}

} // namespace

ParseResult<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes)
{
    using R = ParseResult<QByteArray>;
    QFile file;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: the open of a FIFO returns at once instead of waiting for a writer (it does
    // nothing to a regular file's reads). The type is checked on the handle that is read.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return R::failure(tr("%1 cannot be read: %2")
                                  .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st
    { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return R::failure(notRegular(path));
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return R::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
#else
    if (!QFileInfo(path).isFile())
        return R::failure(notRegular(path));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
#endif
    // In chunks, never more than maxBytes + 1 in all: the file may grow while it is read, and a
    // small file does not cost a buffer of the limit's size.
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, qint64(sizeof chunk));
        if (n < 0)
            return R::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        data.append(chunk, qsizetype(n));
        if (data.size() > maxBytes)
            return R::failure(tr("%1 is larger than %2 and was not read.")
                                      .arg(path, QLocale().formattedDataSize(maxBytes)));
    }
    return data;
}

} // namespace runai
