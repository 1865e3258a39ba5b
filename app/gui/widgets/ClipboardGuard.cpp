// SPDX-License-Identifier: MIT
#include "gui/widgets/ClipboardGuard.h"

#include "core/AppSettings.h"
#include "core/LogCategories.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#ifdef Q_OS_WIN
#include <QDataStream>
#endif

using namespace Qt::StringLiterals;

namespace runai {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the countdown promised "N s", so keep to it.
    m_clearTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT countdownChanged(secondsLeft()); });
    // aboutToQuit still has a working clipboard; the destructor may run too late for that.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    if (qApp)
        clearNow();
}

ClipboardGuard *ClipboardGuard::shared()
{
    static QPointer<ClipboardGuard> instance;
    if (!instance) {
        instance = new ClipboardGuard(qApp);
        instance->loadClearDelay();
    }
    return instance;
}

namespace {

// The formats password managers use to keep a copy out of clipboard histories (model: KeePassXC
// Clipboard::setText). Built afresh for each mode: a QMimeData belongs to the clipboard it is set
// on.
QMimeData *secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
#ifdef Q_OS_MACOS
    // NSPasteboard's concealed type: clipboard managers that honour it skip the entry.
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, secret.toUtf8());
#endif
    mime->setText(secret);
#if defined(Q_OS_WIN)
    // Windows: no clipboard history (Win+V), no cloud sync, no monitoring tools.
    QByteArray zero;
    QDataStream(&zero, QIODevice::WriteOnly) << quint32(0);
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    mime->setData(u"CanIncludeInClipboardHistory"_s, zero);
    mime->setData(u"CanUploadToCloudClipboard"_s, zero);
#elif defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // KDE Klipper and other history managers skip entries carrying this hint.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
#endif
    return mime;
}

} // namespace

void ClipboardGuard::copySecret(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    // X11 also has the selection (middle-click paste); it gets the same hints and the same wipe.
    if (clipboard->supportsSelection())
        clipboard->setMimeData(secretMimeData(secret), QClipboard::Selection);
    m_guarded = SecretBytes::fromString(secret);
    m_clearTimer.start(m_clearDelayMs);
    m_tick.start();
    qCDebug(lcClipboard) << "secret copied; clipboard clears in" << m_clearDelayMs << "ms";
    Q_EMIT countdownChanged(secondsLeft());
}

void ClipboardGuard::copyPlain(const QString &text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

void ClipboardGuard::setClearDelay(int milliseconds)
{
    m_clearDelayMs = qMax(0, milliseconds);
}

void ClipboardGuard::loadClearDelay()
{
    const std::optional<int> seconds = AppSettings().clipboardClearSeconds();
    setClearDelay(seconds ? qBound(MinClearSeconds, *seconds, MaxClearSeconds) * 1000
                          : DefaultClearDelayMs);
}

void ClipboardGuard::saveClearDelay(int seconds)
{
    seconds = qBound(MinClearSeconds, seconds, MaxClearSeconds);
    AppSettings().setClipboardClearSeconds(seconds);
    setClearDelay(seconds * 1000);
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_clearTimer.isActive())
        return 0;
    // Coarse timers may fire up to 5% late; the countdown never shows more than the delay.
    return qMin((m_clearTimer.remainingTime() + 999) / 1000, (m_clearDelayMs + 999) / 1000);
}

bool ClipboardGuard::holdsOurSecret(int mode) const
{
    if (m_guarded.isEmpty())
        return false;
    // The clipboard's text is a QString (Qt's API); when it is our secret, this copy is one
    // more to wipe, which only works while nobody else shares its buffer (wipeOwned()).
    QString text = QGuiApplication::clipboard()->text(QClipboard::Mode(mode));
    const bool ours = SecretBytes::fromString(text).sameAs(m_guarded);
    SecretBytes::wipeOwned(text);
    return ours;
}

void ClipboardGuard::clearNow()
{
    const bool pending = !m_guarded.isEmpty();
    m_clearTimer.stop();
    m_tick.stop();
    // Each one only while it still holds our text: never erase what the user copied since.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (holdsOurSecret(QClipboard::Clipboard)) {
        clipboard->clear(QClipboard::Clipboard);
        qCDebug(lcClipboard) << "clipboard cleared";
    }
    if (clipboard->supportsSelection() && holdsOurSecret(QClipboard::Selection)) {
        clipboard->clear(QClipboard::Selection);
        qCDebug(lcClipboard) << "selection cleared";
    }
    // Forget our copy of the secret either way: it is no longer needed to compare.
    m_guarded.clear();
    if (pending) {
        Q_EMIT countdownChanged(0);
        Q_EMIT cleared();
    }
}

} // namespace runai
