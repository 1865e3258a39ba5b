// SPDX-License-Identifier: MIT
#pragma once

// The permission bits of a file or folder as stat() gives them (QFileInfo's permissions are ORed
// with the user's own, so they cannot show 0600 from 0644), 0xFFFF if it cannot be read, for the
// tests that check the program's files are owner-only.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

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

#ifdef Q_OS_UNIX
// The common desktop umask (022: new files 0644, new folders 0755) for one scope, so that a check
// of the program's modes cannot pass only because the test runner's own umask is stricter.
class CommonUmask
{
public:
    CommonUmask()
        : m_previous(::umask(022))
    { }
    ~CommonUmask() { ::umask(m_previous); }
    Q_DISABLE_COPY_MOVE(CommonUmask)

private:
    mode_t m_previous;
};
#endif

// What is not owner-only on the way from a file of the program up to a folder above it: the
// file must be 0600, its folder and every folder above it up to and including `top` 0700. Empty
// when all are; otherwise one line per offence, naming the path and both modes.
inline QStringList notOwnerOnly(const QString &file, const QString &top)
{
    QStringList offences;
    const auto expect = [&offences](const QString &path, uint wanted) {
        const uint mode = fileModeOf(path);
        if (mode != wanted)
            offences.append(
                    QStringLiteral("%1 is 0%2, not 0%3")
                            .arg(path, QString::number(mode, 8), QString::number(wanted, 8)));
    };
    expect(file, 0600u);
    const QString last = QDir::cleanPath(QFileInfo(top).absoluteFilePath());
    QString folder = QFileInfo(file).absolutePath();
    while (folder.startsWith(last)) {
        expect(folder, 0700u);
        if (folder.size() == last.size())
            return offences;
        folder = QFileInfo(folder).absolutePath();
    }
    offences.append(QStringLiteral("%1 is not below %2").arg(file, top));
    return offences;
}

} // namespace runai::test
