// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QActionGroup;

namespace runai {

// View → Language: "System default" and every language the program speaks, each named in its own
// language. Choosing one stores it (i18n::setLanguageSetting); it takes effect at the next start,
// which the menu says, because the open windows keep the texts they were built with.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action for a code ("" = system default), for tests and keyboard navigation.
    QAction *actionFor(const QString &code) const;

Q_SIGNALS:
    // A different choice was stored; `message` tells the user when it applies.
    void languageChosen(const QString &code, const QString &message);

private:
    void choose(const QString &code);

    QActionGroup *m_group = nullptr;
};

} // namespace runai
