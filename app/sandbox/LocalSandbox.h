// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

namespace runai {

namespace sandbox {
class SandboxServer;
}

// The built-in Run:ai-compatible console, started in this process on loopback for
// "Try the local sandbox" and --sandbox. Starting is a non-blocking listen(); the server then
// answers from this thread's event loop. It lives as long as the main window.
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // The Run:ai generation the sandbox imitates ("2.18" … "2.26", "3.0"; the sandbox's default
    // otherwise). Takes effect at the next start. False for a version the sandbox does not know.
    bool setApiVersion(const QString &version);

    // Starts the server unless it already runs. False (and errorString()) when it cannot listen.
    bool ensureRunning();
    bool isRunning() const;
    // Stops listening (the console goes away, as when a server is down).
    void stop();
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    // The sandbox's built-in administrator. This is a published demo account on a server that
    // only listens on loopback, not a user secret.
    QString adminEmail() const;
    QString adminPassword() const;

    sandbox::SandboxServer *server() const { return m_server; }

private:
    sandbox::SandboxServer *m_server = nullptr;
    QString m_apiVersion; // empty: the sandbox's default
    QString m_error;
};

} // namespace runai
