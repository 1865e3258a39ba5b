// SPDX-License-Identifier: MIT
#pragma once

// A widget of a page's or dialog's form (ui/**/*.ui), reached by its objectName through the
// widget tree, so the tests need neither the class's private form nor its generated ui_*.h:
//
//     typeInto(form<QLineEdit>(page, "consoleUrlEdit"), url);
//
// The class and the name are the ones the .ui file gives the widget. A name that is missing, or
// stands twice, stops the program at once naming it (qFatal: a Qt test reports it as a failure of
// the running test function), instead of a null pointer crashing somewhere later.

#include <QList>
#include <QObject>
#include <QString>
#include <QWidget>

namespace runai::test {

namespace detail {

// A dialog parented to a page is a child of the page, but its form is not the page's: a lookup
// stops at every other window between the widget and the root.
inline bool inSameWindow(const QObject *child, const QObject *root)
{
    for (const QObject *p = child->parent(); p && p != root; p = p->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(p);
        if (widget && widget->isWindow())
            return false;
    }
    return true;
}

} // namespace detail

template<typename T>
T *form(const QObject *root, const char *objectName)
{
    if (!root)
        qFatal("form<%s>: no page or dialog to look for \"%s\" in", T::staticMetaObject.className(),
               objectName);
    QList<T *> matches;
    const QList<T *> named = root->findChildren<T *>(QString::fromLatin1(objectName));
    for (T *child : named) {
        if (detail::inSameWindow(child, root))
            matches.append(child);
    }
    if (matches.size() != 1)
        qFatal("form<%s>: %s \"%s\" in %s \"%s\"", T::staticMetaObject.className(),
               matches.isEmpty() ? "no" : "more than one", objectName,
               root->metaObject()->className(), qPrintable(root->objectName()));
    return matches.first();
}

} // namespace runai::test
