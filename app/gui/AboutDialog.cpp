// SPDX-License-Identifier: MIT
#include "gui/AboutDialog.h"

#include "gui/widgets/Icons.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

// Set by app/gui/CMakeLists.txt from find_package(Qt6Keychain): QtKeychain's header has no
// usable version macro (QTKEYCHAIN_VERSION says 0.1.0 in 0.13.2).
#ifndef RUNAI_QTKEYCHAIN_VERSION
#define RUNAI_QTKEYCHAIN_VERSION "unknown"
#endif

namespace runai {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Run:ai Access Console"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    // Rendered from the SVG at the screen's pixel ratio, so it stays sharp on HiDPI screens.
    const qreal ratio = parent ? parent->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap pixmap = icons::appIcon().pixmap(QSize(72, 72), ratio);
    icon->setPixmap(pixmap);
    icon->setFixedSize(72, 72);
    icon->setAccessibleName(tr("Program icon"));

    auto *title = new QLabel(
            u"<h2 style=\"margin:0\">%1</h2>"_s.arg(tr("Run:ai Access Console").toHtmlEscaped()),
            this);
    title->setObjectName(u"aboutTitle"_s);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(RUNAI_VERSION_STRING)), this);
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *description = new QLabel(
            tr("Set up NVIDIA Run:ai API access: sign in, register applications, get tokens and "
               "create users. Secrets stay in your system's keychain."),
            this);
    description->setWordWrap(true);

    auto *license = new QLabel(tr("Copyright © 2026 The Run:ai Access Console authors.<br>"
                                  "Distributed under the MIT License. This program comes with "
                                  "ABSOLUTELY NO WARRANTY."),
                               this);
    license->setObjectName(u"aboutLicense"_s);
    license->setWordWrap(true);

    m_versions = new QLabel(componentVersions(), this);
    m_versions->setObjectName(u"aboutVersions"_s);
    m_versions->setWordWrap(true);
    // Selectable: people paste it into bug reports.
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setAccessibleName(tr("Component versions"));
    m_versions->setFocusPolicy(Qt::NoFocus);
    version->setFocusPolicy(Qt::NoFocus);
    m_console = new QLabel(this);
    m_console->setObjectName(u"aboutConsole"_s);
    m_console->setWordWrap(true);
    m_console->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_console->setFocusPolicy(Qt::NoFocus);
    m_console->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setAccessibleName(tr("Close"));

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(4);
    text->addWidget(description);
    text->addWidget(license);
    text->addWidget(m_versions);
    text->addWidget(m_console);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 12);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    close->setFocus();
}

void AboutDialog::setConsole(const QString &consoleUrl, const QString &description)
{
    m_console->setText(tr("Console: %1\n%2").arg(consoleUrl, description));
    m_console->setVisible(!consoleUrl.isEmpty());
}

QString AboutDialog::componentVersions()
{
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    const QString runningQt = QString::fromLatin1(qVersion());
    const QString qt = builtQt == runningQt ? tr("Qt %1").arg(runningQt)
                                            : tr("Qt %1 (built with %2)").arg(runningQt, builtQt);
    return tr("%1 · QtKeychain %2 · %3")
            .arg(qt, QStringLiteral(RUNAI_QTKEYCHAIN_VERSION), QGuiApplication::platformName());
}

} // namespace runai
