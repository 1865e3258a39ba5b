// SPDX-License-Identifier: MIT
#pragma once

// The permission bits of a file or folder as stat() gives them (QFileInfo's permissions are ORed
// with the user's own, so they cannot show 0600 from 0644), 0xFFFF if it cannot be read, for the
// tests that check the program's files are owner-only.

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace runai::test {

inline uint fileModeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? uint(st.st_mode & 07777)
                                                                 : 0xFFFFu;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

} // namespace runai::test
