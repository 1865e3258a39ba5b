// SPDX-License-Identifier: MIT
#include "secrets/CollectionLockQuery.h"

#include "core/LogCategories.h"
#include "secrets/SessionBus.h"

#include <QTimer>

#ifdef RUNAI_SECRETS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace runai {

namespace {

constexpr int queryTimeoutMs = 3000;

} // namespace

void CollectionLockQuery::start(QObject *context, std::function<void(State)> done)
{
#ifdef RUNAI_SECRETS_HAVE_DBUS
    if (SessionBus::isConfigured()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                    u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                    u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
            call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
            // Never start a keychain just to ask whether it is locked.
            call.setAutoStartService(false);
            auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, queryTimeoutMs),
                                                        context);
            QObject::connect(
                    watcher, &QDBusPendingCallWatcher::finished, context,
                    [watcher, done = std::move(done)] {
                        watcher->deleteLater();
                        const QDBusPendingReply<QDBusVariant> reply = *watcher;
                        if (reply.isError()) {
                            qCDebug(lcSecrets) << "lock state unknown:" << reply.error().message();
                            done(State::Unknown);
                            return;
                        }
                        done(reply.value().variant().toBool() ? State::Locked : State::Unlocked);
                    });
            return;
        }
    }
#endif
    // Same contract as the D-Bus path: the answer comes from the event loop.
    QTimer::singleShot(0, context, [done = std::move(done)] { done(State::Unknown); });
}

} // namespace runai
