// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QLabel;
class QWidget;

namespace runai {

class ConfirmationDialog;

// What the program says about a console reached over plain http:// to a host that is not known
// to be this machine (ConnectionSettings::travelsInClear()): the warning beside the console URL
// field, as soon as such an address is typed, and the question asked before the first request
// goes to it. One place, so the sign-in page and the Profiles dialog say the same thing.
class CleartextWarning
{
    Q_DECLARE_TR_FUNCTIONS(CleartextWarning)
public:
    // The warning for `url`, empty when it is https:// or loopback.
    static QString fieldWarning(const QUrl &url);
    // Shows the warning in `label` (warning colours) for the address `typed`, or hides the label
    // when there is nothing to warn about. Returns whether it warned.
    static bool showFor(QLabel *label, const QString &typed);
    // Asks (window-modal, open(), no nested event loop) before anything is sent to `url`;
    // `onAccept` runs only if the user chooses to connect anyway. `profileName` names where
    // the choice is remembered.
    static ConfirmationDialog *ask(QWidget *parent, const QUrl &url, const QString &profileName,
                                   std::function<void()> onAccept);
};

} // namespace runai
