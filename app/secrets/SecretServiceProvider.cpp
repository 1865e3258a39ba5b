// SPDX-License-Identifier: MIT
#include "secrets/SecretServiceProvider.h"

#include "core/LogCategories.h"
#include "secrets/SessionBus.h"

#include <QFile>
#include <QTimer>

#ifdef RUNAI_SECRETS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

namespace runai {

namespace {

constexpr int queryTimeoutMs = 3000;

QString processName(uint pid)
{
    // Linux only; elsewhere (or for a provider in another PID namespace) the file is missing.
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

} // namespace

QString SecretServiceProvider::displayName(const QString &processName)
{
    // /proc/PID/comm is cut to 15 characters: "gnome-keyring-daemon" reads "gnome-keyring-d".
    if (processName.startsWith("gnome-keyring"_L1))
        return u"gnome-keyring"_s;
    if (processName.startsWith("kwalletd"_L1) || processName == "ksecretd"_L1)
        return u"KWallet"_s;
    if (processName.startsWith("keepassxc"_L1, Qt::CaseInsensitive))
        return u"KeePassXC"_s;
    return processName;
}

void SecretServiceProvider::query(QObject *context, std::function<void(const QString &)> done)
{
#ifdef RUNAI_SECRETS_HAVE_DBUS
    if (SessionBus::isConfigured()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                    u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                    u"org.freedesktop.DBus"_s, u"GetConnectionUnixProcessID"_s);
            call << u"org.freedesktop.secrets"_s;
            auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, queryTimeoutMs),
                                                        context);
            QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                             [watcher, done = std::move(done)] {
                                 watcher->deleteLater();
                                 const QDBusPendingReply<uint> reply = *watcher;
                                 if (reply.isError()) {
                                     qCDebug(lcSecrets) << "Secret Service provider unknown:"
                                                        << reply.error().message();
                                     done(QString());
                                     return;
                                 }
                                 done(displayName(processName(reply.value())));
                             });
            return;
        }
    }
#endif
    QTimer::singleShot(0, context, [done = std::move(done)] { done(QString()); });
}

} // namespace runai
