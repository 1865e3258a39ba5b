// SPDX-License-Identifier: MIT
#include "gui/review/ReviewExportFlow.h"

#include "core/RunInPool.h"
#include "gui/widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
struct Written
{
    int rows = 0;
    QString error;
};

Written write(ReviewExportFlow::Format format, const ReviewSnapshot &snapshot, const QString &path)
{
    int rows = 0;
    const QByteArray bytes = format == ReviewExportFlow::Format::Csv
                                     ? ReviewReport::csv(snapshot, &rows)
                                     : ReviewReport::html(snapshot, &rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {0, file.errorString()};
    return {rows, {}};
}
} // namespace

ReviewExportFlow::ReviewExportFlow(QPushButton *csvButton, QPushButton *htmlButton,
                                   MessageBanner *banner, SnapshotSource snapshot, QWidget *page)
    : QObject(page)
    , m_page(page)
    , m_csv(csvButton)
    , m_html(htmlButton)
    , m_banner(banner)
    , m_snapshot(std::move(snapshot))
{
    connect(m_csv, &QPushButton::clicked, this, [this] { start(Format::Csv); });
    connect(m_html, &QPushButton::clicked, this, [this] { start(Format::Html); });
    updateButtons();
}

void ReviewExportFlow::setAvailable(bool available)
{
    m_available = available;
    updateButtons();
}

void ReviewExportFlow::updateButtons()
{
    m_csv->setEnabled(m_available && !m_running);
    m_html->setEnabled(m_available && !m_running);
}

void ReviewExportFlow::start(Format format)
{
    if (m_dialog || m_running || !m_available)
        return;
    const bool csv = format == Format::Csv;
    const QString name = u"access-review-%1.%2"_s.arg(QDate::currentDate().toString(Qt::ISODate),
                                                      csv ? u"csv"_s : u"html"_s);
    // open(), not exec(): no nested event loop while the user picks a file.
    auto *dialog = new QFileDialog(
            m_page, csv ? tr("Export Review to CSV") : tr("Export Review Report"),
            QDir::home().filePath(name), csv ? tr("CSV files (*.csv)") : tr("HTML files (*.html)"));
    dialog->setObjectName(u"reviewExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? u"csv"_s : u"html"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(format, path); });
    m_dialog = dialog;
    dialog->open();
}

void ReviewExportFlow::exportTo(Format format, const QString &path)
{
    if (m_running || path.isEmpty())
        return;
    m_running = true;
    updateButtons();
    m_banner->showInfo(tr("Writing the review to %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Written result = watcher->future().result();
        watcher->deleteLater();
        done(path, result.rows, result.error);
    });
    watcher->setFuture(runInPool<Written>(
            [format, snapshot = m_snapshot(), path] { return write(format, snapshot, path); }));
}

void ReviewExportFlow::done(const QString &path, int rows, const QString &error)
{
    m_running = false;
    updateButtons();
    const QString shown = QDir::toNativeSeparators(path);
    if (!error.isEmpty())
        m_banner->showError(tr("The review could not be written to %1: %2").arg(shown, error));
    else
        m_banner->showSuccess(
                tr("Review of %n identity(ies) written to %1.", nullptr, rows).arg(shown));
    Q_EMIT finished(path, error);
}

} // namespace runai
