// SPDX-License-Identifier: MIT
#include "gui/ApplicationSetup.h"

#include "core/AppSettings.h"
#include "core/PrivateFiles.h"
#include "gui/StartupStyle.h"
#include "gui/Translations.h"
#include "gui/widgets/Icons.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace runai {

void setUpApplication(QApplication &app)
{
    // Before the first widget: Qt's style (or the one -style chose), minus a slow icon load.
    QApplication::setStyle(new StartupStyle);
    // The settings file (profiles, window state) 0600 in a 0700 folder before anything writes it;
    // QSettings keeps the mode of the file it replaces.
    PrivateFiles::makeFile(AppSettings().fileName());
    // Before the first tr(): the system's language, or the one chosen in View → Language.
    i18n::install(&app);
    QApplication::setApplicationDisplayName(QApplication::tr("Run:ai Access Console"));
    QApplication::setApplicationVersion(QStringLiteral(RUNAI_VERSION_STRING));
    QApplication::setDesktopFileName(u"runai-access"_s);
    QApplication::setWindowIcon(icons::appIcon());
}

} // namespace runai
