// SPDX-License-Identifier: MIT
#include "gui/activity/ActivityLogPage.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/TableExportFlow.h"
#include "models/ActivityLog.h"
#include "models/TableCsvExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

ActivityLogPage::ActivityLogPage(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(u"activityLogPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"activityBanner"_s);
    layout->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"activityFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Action, object, profile, outcome…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the activity log"));
    filterLabel->setBuddy(m_filter);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(u"exportCsvButton"_s);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(log);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole); // the time as a QDateTime, not its display text
    m_view = new QTableView(this);
    m_view->setObjectName(u"activityView"_s);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActivityLog::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font, not from the rows: a long log must not be scanned to lay out.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_view->setColumnWidth(ActivityLog::TimeColumn, width(u"8888-88-88 88:88:88"_s));
    m_view->setColumnWidth(ActivityLog::ProfileColumn, width(u"Production"_s));
    m_view->setColumnWidth(ActivityLog::IdentityColumn, width(u"admin@example.com"_s));
    // The longest action (2.24+ consoles say "service account", see ObjectNoun).
    m_view->setColumnWidth(ActivityLog::ActionColumn, width(u"Get service account token"_s));
    m_view->setColumnWidth(ActivityLog::ObjectColumn, width(u"https://console.example.com"_s));
    m_view->setColumnWidth(ActivityLog::OutcomeColumn, width(u"succeeded"_s));
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"activitySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_export, &QPushButton::clicked, this, &ActivityLogPage::exportCsv);
    m_exporter = new TableCsvExport(this);
    connect(m_exporter, &TableCsvExport::finished, this, &ActivityLogPage::exported);
    connect(log, &QAbstractItemModel::rowsInserted, this, &ActivityLogPage::updateSummary);
    connect(log, &QAbstractItemModel::modelReset, this, &ActivityLogPage::updateSummary);
    updateSummary();
}

ActivityLogPage::~ActivityLogPage() = default;

void ActivityLogPage::updateSummary()
{
    if (!m_log)
        return;
    QString text = tr("Actions recorded: %1. Kept in %2, without any password, secret or token.")
                           .arg(m_log->rowCount())
                           .arg(QDir::toNativeSeparators(m_log->filePath()));
    if (m_log->skippedLines() > 0)
        text += u' ' + tr("Unreadable lines skipped: %1.").arg(m_log->skippedLines());
    m_summary->setText(text);
    m_export->setEnabled(m_log->rowCount() > 0 && !m_exporter->isRunning());
    if (!m_log->writeError().isEmpty())
        m_banner->showError(tr("The activity log could not be saved: %1").arg(m_log->writeError()));
}

void ActivityLogPage::exportCsv()
{
    if (!m_log || m_dialog || m_exporter->isRunning())
        return;
    m_dialog = new QFileDialog(this, tr("Export the activity log"),
                               QDir::home().filePath(u"runai-activity.csv"_s),
                               tr("CSV files (*.csv)"));
    m_dialog->setObjectName(u"exportCsvDialog"_s);
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(u"csv"_s);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, &ActivityLogPage::exportTo);
    m_dialog->open();
}

void ActivityLogPage::exportTo(const QString &path)
{
    // What the page shows, like the other tables' exports: the filter, the order (newest first
    // unless re-sorted) and the visible columns.
    if (!m_log || !m_exporter->start(m_proxy, TableExportFlow::shownColumns(m_view), path))
        return;
    m_export->setEnabled(false);
    m_banner->showInfo(tr("Exporting %n action(s) to %1…", nullptr, m_proxy->rowCount())
                               .arg(QDir::toNativeSeparators(path)));
}

void ActivityLogPage::exported(const QString &path, int rows, const QString &error)
{
    updateSummary();
    if (!error.isEmpty()) {
        m_banner->showError(tr("The CSV file %1 could not be written: %2")
                                    .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_banner->showSuccess(tr("Activity log exported to %1 (%2 rows).")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(rows));
}

} // namespace runai
