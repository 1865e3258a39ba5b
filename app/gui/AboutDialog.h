// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace runai {

// Help → About: name, version, what the program does, its license, and the versions of Qt (built
// against and running) and QtKeychain it was built with — what a bug report needs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The "Qt … · QtKeychain …" line, also for tests.
    static QString componentVersions();
    // While signed in: which console and what it offers (ConsoleCapabilities::summary()), also
    // what a bug report needs.
    void setConsole(const QString &consoleUrl, const QString &description);

private:
    QLabel *m_versions = nullptr;
    QLabel *m_console = nullptr;
};

} // namespace runai
