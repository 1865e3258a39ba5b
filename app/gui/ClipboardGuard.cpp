#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClipboard, "runai.gui.clipboard")

namespace runai {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
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
    if (!instance)
        instance = new ClipboardGuard(qApp);
    return instance;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and other history managers skip entries carrying this hint.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_guarded = secret;
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

int ClipboardGuard::secondsLeft() const
{
    if (!m_clearTimer.isActive())
        return 0;
    // Coarse timers may fire up to 5% late; the countdown never shows more than the delay.
    return qMin((m_clearTimer.remainingTime() + 999) / 1000, (m_clearDelayMs + 999) / 1000);
}

bool ClipboardGuard::clipboardHoldsOurSecret() const
{
    if (m_guarded.isEmpty())
        return false;
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard) == m_guarded;
}

void ClipboardGuard::clearNow()
{
    const bool pending = !m_guarded.isEmpty();
    m_clearTimer.stop();
    m_tick.stop();
    if (clipboardHoldsOurSecret()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        qCDebug(lcClipboard) << "clipboard cleared";
    }
    // Forget our copy of the secret either way: it is no longer needed to compare.
    m_guarded.fill(QChar(0));
    m_guarded.clear();
    if (pending) {
        Q_EMIT countdownChanged(0);
        Q_EMIT cleared();
    }
}

} // namespace runai
