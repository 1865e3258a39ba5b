// SPDX-License-Identifier: MIT
// A child process for tst_keychainfailures: runs one KeychainSecretStore operation in whatever
// D-Bus / keyring environment the test built for it, and prints the outcome as one line:
//   RESULT kind=<SecretDiagnosis::Kind> attempts=<n> elapsedMs=<n> slow=<0|1>
//   MESSAGE <user-facing message>
//   BACKEND <backend message>
// It never prints a secret. With --delete-after MS it deletes the job while the keychain works
// on it, waits --linger MS for the orphaned request to come back, and prints "SURVIVED".
// With --abandon-after MS it abandons the job (the GUI's Cancel while the keychain is slow);
// with --linger too, it then waits for the keychain's late answer and prints "SURVIVED".

#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace runai;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addPositionalArgument(u"operation"_s, u"read, write or remove"_s);
    const QCommandLineOption index(u"index"_s, u"index settings file"_s, u"file"_s);
    const QCommandLineOption deleteAfter(u"delete-after"_s, u"delete the job after MS"_s, u"ms"_s);
    const QCommandLineOption linger(u"linger"_s, u"then keep running MS"_s, u"ms"_s, u"3000"_s);
    const QCommandLineOption waitingDelay(u"still-waiting"_s, u"stillWaiting delay"_s, u"ms"_s,
                                          u"1000"_s);
    const QCommandLineOption retryDelay(u"retry-delay"_s, u"delay before the one retry"_s, u"ms"_s,
                                        u"500"_s);
    const QCommandLineOption abandonAfter(u"abandon-after"_s, u"abandon the job after MS"_s,
                                          u"ms"_s);
    parser.addOptions({index, deleteAfter, linger, waitingDelay, retryDelay, abandonAfter});
    parser.process(app);
    const QString operation = parser.positionalArguments().value(0);

    KeychainSecretStore store(parser.value(index));
    store.setStillWaitingDelayMs(parser.value(waitingDelay).toInt());
    store.setRetryDelayMs(parser.value(retryDelay).toInt());
    const SecretKey key{u"https://probe.example.com"_s, QString(SecretKind::ClientSecret),
                        u"probe-app"_s};

    SecretJob *job = nullptr;
    if (operation == "read"_L1)
        job = store.read(key);
    else if (operation == "write"_L1)
        job = store.write(key, u"probe-secret-value"_s);
    else if (operation == "remove"_L1)
        job = store.remove(key);
    else
        parser.showHelp(2);

    QTextStream out(stdout);
    QElapsedTimer clock;
    clock.start();
    bool slow = false;
    QObject::connect(job, &SecretJob::stillWaiting, &app, [&] {
        slow = true;
        out << "STILL_WAITING elapsedMs=" << clock.elapsed() << Qt::endl;
    });
    QObject::connect(job, &SecretJob::finished, &app, [&](SecretJob *done) {
        out << "RESULT kind=" << done->diagnosis().kindName() << " attempts=" << done->attempts()
            << " elapsedMs=" << clock.elapsed() << " slow=" << (slow ? 1 : 0) << Qt::endl;
        out << "MESSAGE " << done->diagnosis().message() << Qt::endl;
        out << "BACKEND " << done->diagnosis().backendMessage() << Qt::endl;
        if (parser.isSet(abandonAfter) && parser.isSet(linger)) {
            // Stay for the keychain's late answer: it must not produce a second RESULT.
            QTimer::singleShot(parser.value(linger).toInt(), &app, [&] {
                out << "SURVIVED" << Qt::endl;
                QCoreApplication::exit(0);
            });
            return;
        }
        QCoreApplication::exit(0);
    });

    if (parser.isSet(abandonAfter)) {
        // What the GUI's "Cancel" next to "Waiting for the keychain…" does.
        QPointer<SecretJob> guard(job);
        QTimer::singleShot(parser.value(abandonAfter).toInt(), &app, [guard] {
            if (guard)
                guard->abandon();
        });
    }
    if (parser.isSet(deleteAfter)) {
        QPointer<SecretJob> guard(job);
        QTimer::singleShot(parser.value(deleteAfter).toInt(), &app, [&, guard] {
            out << "DELETING finished=" << (guard ? 0 : 1) << Qt::endl;
            delete guard.data();
            QTimer::singleShot(parser.value(linger).toInt(), &app, [&] {
                out << "SURVIVED" << Qt::endl;
                QCoreApplication::exit(0);
            });
        });
    }
    return app.exec();
}
