// SPDX-License-Identifier: MIT
#include "api/ConnectionSettings.h"
#include "core/BoundedFile.h"
#include "core/CrashDumpGuard.h"
#include "core/PemBlocks.h"
#include "gui/ApplicationSetup.h"
#include "gui/MainWindow.h"
#include "gui/session/SignInPage.h"
#include "sandbox/LocalSandbox.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "runai-access: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else: no secret may be read while the process can still dump core or be
    // attached to. RUNAI_ACCESS_ALLOW_CORE_DUMPS=1 keeps cores for developers.
    if (runai::CrashDumpGuard::apply() == runai::CrashDumpGuard::Outcome::Failed)
        std::fprintf(stderr, "runai-access: warning: core dumps could not be disabled\n");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"runai-access-console"_s);
    QApplication::setApplicationName(u"runai-access"_s);
    runai::setUpApplication(app); // settings file, translations, names, icon

    // Secrets are never accepted here: a command line ends up in shell history and `ps`.
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::tr("Set up NVIDIA Run:ai API access: sign in, register applications, "
                             "get tokens and create users."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            u"sandbox"_s,
            QApplication::tr("Start the built-in Run:ai-compatible sandbox console and fill in "
                             "its address and administrator account."));
    const QCommandLineOption consoleUrl(u"console-url"_s,
                                        QApplication::tr("Console address to sign in to."),
                                        QApplication::tr("URL"));
    const QCommandLineOption caFile(
            u"ca-file"_s,
            QApplication::tr("PEM file with CA certificates to trust for this console, in "
                             "addition to the system's."),
            QApplication::tr("PEM"));
    const QCommandLineOption email(u"email"_s,
                                   QApplication::tr("Email of the administrator account."),
                                   QApplication::tr("ADDRESS"));
    const QCommandLineOption sandboxVersion(
            u"sandbox-version"_s,
            QApplication::tr("With --sandbox: the Run:ai version the sandbox imitates (2.18 to "
                             "2.26, or 3.0; default 2.20)."),
            QApplication::tr("VERSION"));
    parser.addOptions({sandbox, sandboxVersion, consoleUrl, caFile, email});
    parser.process(app);

    QByteArray caBundle;
    if (parser.isSet(caFile)) {
        const QString path = parser.value(caFile);
        // Capped, and a FIFO or device refused: the window is not up yet, nothing would show why
        // the program hangs.
        const auto read = runai::BoundedFile::read(path,
                                                   runai::ConnectionSettings::MaxCaBundleBytes);
        if (!read) {
            fail(read.error());
            return 2;
        }
        const auto parsed = runai::ConnectionSettings::parseCaBundle(read.value());
        if (!parsed) {
            fail(QApplication::tr("%1: %2").arg(path, parsed.error()));
            return 2;
        }
        // Only the certificates: a private key in the same file is never carried further.
        caBundle = runai::PemBlocks::certificatesOnly(read.value());
    }

    runai::KeychainSecretStore store;
    runai::MainWindow window(&store);
    if (parser.isSet(sandboxVersion)
        && !window.sandbox()->setApiVersion(parser.value(sandboxVersion))) {
        fail(QApplication::tr("unknown sandbox version %1: use 2.18 to 2.26, or 3.0")
                     .arg(parser.value(sandboxVersion)));
        return 2;
    }
    runai::SignInPage *signIn = window.signInPage();
    signIn->setCaBundle(caBundle);
    if (parser.isSet(consoleUrl))
        signIn->setConsoleUrl(parser.value(consoleUrl));
    if (parser.isSet(email))
        signIn->setEmail(parser.value(email));
    window.show();
    if (parser.isSet(sandbox))
        signIn->useSandbox();
    return QApplication::exec();
}
