// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace runai {

// The program's own files (settings, profiles, the activity log) are the user's business only:
// files 0600 in folders 0700, whatever the umask. The folders the program creates for them are
// created 0700 all the way down; an existing folder named here is narrowed to 0700 (it is the
// program's own, e.g. ~/.config/runai-access-console). Folders above it that already exist
// (~/.config) are left alone.
class PrivateFiles
{
public:
    // Creates `dir` and the missing folders above it 0700, and narrows `dir` itself to 0700.
    static bool makeDirectory(const QString &dir);
    // makeDirectory() of the file's folder, then the file created empty 0600 if it is missing,
    // or narrowed to 0600. Writers that replace the file (QSettings, QSaveFile) keep the mode
    // of the file they replace.
    static bool makeFile(const QString &filePath);
};

} // namespace runai
