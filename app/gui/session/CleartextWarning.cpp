// SPDX-License-Identifier: MIT
#include "gui/session/CleartextWarning.h"

#include "api/ConnectionSettings.h"
#include "core/InputValidation.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/Theme.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace runai {

QString CleartextWarning::fieldWarning(const QUrl &url)
{
    if (!ConnectionSettings::travelsInClear(url))
        return {};
    return tr("Not encrypted: with http:// your password, access tokens, client secrets and "
              "temporary passwords would cross the network to %1 in clear text. Use https:// if "
              "the "
              "console offers it.")
            .arg(url.host());
}

bool CleartextWarning::showFor(QLabel *label, const QString &typed)
{
    const auto parsed = InputValidation::consoleUrl(typed.trimmed());
    const QString text = parsed ? fieldWarning(parsed.value()) : QString();
    if (text.isEmpty()) {
        label->clear();
        label->setVisible(false);
        return false;
    }
    label->setText(text);
    label->setStyleSheet(theme::hintStyle(label, true));
    label->setVisible(true);
    return true;
}

ConfirmationDialog *CleartextWarning::ask(QWidget *parent, const QUrl &url,
                                          const QString &profileName,
                                          std::function<void()> onAccept)
{
    const QString host = url.host().toHtmlEscaped();
    QString text
            = tr("<p><b>%1 is a plain http:// address: the connection is not encrypted.</b></p>"
                 "<p>Anyone on the network between you and %2 can read (and change) what is "
                 "sent:</p><ul>"
                 "<li>your administrator password, when you sign in</li>"
                 "<li>access tokens, which act as you until they expire</li>"
                 "<li>client secrets of applications and service accounts</li>"
                 "<li>temporary passwords of new users</li></ul>"
                 "<p>Use an https:// address if the console offers one.</p>")
                      .arg(url.toDisplayString().toHtmlEscaped(), host);
    text += profileName.isEmpty()
                    ? tr("<p>A password saved in the keychain is never sent over this "
                         "connection automatically.</p>")
                    : tr("<p>Your choice is remembered for profile “%1”. A password saved in "
                         "the keychain is never sent over this connection "
                         "automatically.</p>")
                              .arg(profileName.toHtmlEscaped());
    auto *dialog = ConfirmationDialog::ask(parent, tr("Connect without encryption?"), text,
                                           tr("Connect &without encryption"), std::move(onAccept));
    dialog->setObjectName(u"cleartextConfirmation"_s);
    return dialog;
}

} // namespace runai
