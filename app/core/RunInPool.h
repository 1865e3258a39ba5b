// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace runai {

// Runs `work` (returning a T) on the global thread pool; its result arrives through the future,
// e.g. to a QFutureWatcher on the GUI thread. For file reads and writes a window must not wait
// for (Qt Concurrent would do the same, at the price of one more module).
template<typename T, typename F>
QFuture<T> runInPool(F work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace runai
