// SPDX-License-Identifier: MIT
#include "gui/LanguageMenu.h"

#include "gui/Translations.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace runai {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    const QString stored = i18n::languageSetting();
    auto add = [this, &stored](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        action->setObjectName(u"language_%1"_s.arg(code.isEmpty() ? u"system"_s : code));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System default"));
    addSeparator();
    for (const QString &code : i18n::availableLanguages())
        add(code, i18n::nativeName(code));
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const auto actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    if (code == i18n::languageSetting())
        return;
    i18n::setLanguageSetting(code);
    const QString name = code.isEmpty() ? tr("the system's language") : i18n::nativeName(code);
    emit languageChosen(
            code, tr("The language changes to %1 when you start the program again.").arg(name));
}

} // namespace runai
