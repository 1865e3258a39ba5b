// SPDX-License-Identifier: MIT
#pragma once

// Keyboard mnemonics (&X): within what one window shows at a time, each Alt+letter must reach
// exactly one control, in every language. Translators pick new letters, so this runs per language.

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QWidget>

namespace runai::test {

using namespace Qt::StringLiterals;

inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Clashes among the controls visible in `root` (plus its menu bar titles): "x: A, B".
inline QStringList mnemonicClashes(QWidget *root)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString &text, const QString &who) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            owners[m].append(who + u" \""_s + text + u'"');
    };
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->window() != root)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), w->objectName());
        else if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
            add(box->title(), w->objectName());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), w->objectName());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), w->objectName() + u"/tab"_s);
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(root)) {
        const auto actions = main->menuBar()->actions();
        for (QAction *a : actions) {
            if (a->isVisible())
                add(a->text(), u"menu"_s);
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QString(it.key()) + u": "_s + it.value().join(u", "_s));
    }
    return clashes;
}

// Clashes among one menu's entries.
inline QStringList menuMnemonicClashes(QMenu *menu)
{
    QMap<QChar, QStringList> owners;
    const auto actions = menu->actions();
    for (QAction *a : actions) {
        const QChar m = mnemonicOf(a->text());
        if (!a->isSeparator() && a->isVisible() && !m.isNull())
            owners[m].append(a->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(menu->title() + u' ' + QString(it.key()) + u": "_s
                           + it.value().join(u", "_s));
    }
    return clashes;
}

} // namespace runai::test
