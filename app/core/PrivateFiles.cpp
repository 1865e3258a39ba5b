// SPDX-License-Identifier: MIT
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace runai {

namespace {

constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ExeOwner;
constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool PrivateFiles::makeDirectory(const QString &dir)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    // Missing folders from the top down, each made 0700 as it is made (mkpath would use the
    // umask, typically leaving them readable by everyone).
    QStringList missing;
    for (QString p = path; !QFileInfo::exists(p); p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    for (const QString &p : std::as_const(missing)) {
        if (!QDir().mkdir(p, OwnerOnlyDir) && !QFileInfo(p).isDir())
            return false;
    }
    return QFile::setPermissions(path, OwnerOnlyDir);
}

bool PrivateFiles::makeFile(const QString &filePath)
{
    if (!makeDirectory(QFileInfo(filePath).absolutePath()))
        return false;
    QFile file(filePath);
    if (!file.exists()) {
        // Created with the mode at once: no moment where it is readable by others.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append, OwnerOnlyFile))
            return false;
        file.close();
    }
    return QFile::setPermissions(filePath, OwnerOnlyFile);
}

} // namespace runai
