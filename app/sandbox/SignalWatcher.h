// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace runai::sandbox {

// Turns SIGINT/SIGTERM into a Qt signal with the self-pipe trick: the handler only writes a byte
// to a socketpair (async-signal-safe); a QSocketNotifier reads it in the event loop, where it is
// safe to save state and quit.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace runai::sandbox
