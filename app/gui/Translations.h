// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace runai::i18n {

// The program's translations are compiled in (:/i18n/runai-access_<lang>.qm, built from
// translations/*.ts). The language follows the system (QLocale::system().uiLanguages(), i.e.
// LANGUAGE / LC_ALL / LC_MESSAGES / LANG on Linux) unless the user chose one in View → Language;
// that choice is read once, at start-up, because widgets copy their texts when they are built.

// Languages the program speaks, as codes ("en" is the source language, always first).
QStringList availableLanguages();
// The language's own name for itself ("Deutsch"), so a user who cannot read the current language
// still finds theirs.
QString nativeName(const QString &code);

// The stored choice: "" for the system's language, otherwise a code from availableLanguages().
QString languageSetting();
void setLanguageSetting(const QString &code);

// Installs the program's translator (and Qt's own for standard buttons and dialogs, when the
// system has it) on `app`, for the stored choice or the system's languages. Returns the code of
// the language now in use ("en" when no translation matched). Call it before building widgets.
// Calling it again replaces the translators installed by the previous call.
QString install(QCoreApplication *app);

} // namespace runai::i18n
