// SPDX-License-Identifier: MIT
#include "gui/activity/NetworkLogDialog.h"

#include "api/NetworkLog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/NetworkLogModel.h"
#include "models/NetworkLogReport.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

NetworkLogDialog::NetworkLogDialog(NetworkLog *log, ConsoleHost consoleHost, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_consoleHost(std::move(consoleHost))
{
    setObjectName(u"networkLogDialog"_s);
    setWindowTitle(tr("Network log"));
    setAccessibleName(tr("Network log"));
    setModal(false);
    resize(1000, 520);

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"networkLogBanner"_s);
    layout->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"networkLogFilterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Path, status, message…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the network log"));
    filterLabel->setBuddy(m_filterEdit);
    m_errorsOnly = new QCheckBox(tr("&Errors only"), this);
    m_errorsOnly->setObjectName(u"networkLogErrorsOnly"_s);
    m_errorsOnly->setAccessibleName(tr("Show failed calls only"));
    bar->addWidget(filterLabel);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_errorsOnly);
    layout->addLayout(bar);

    m_model = new NetworkLogModel(log ? log->capacity() : NetworkLog::DefaultCapacity, this);
    if (log)
        m_model->setEntries(log->entries());
    m_filter = new NetworkLogFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(u"networkLogView"_s);
    m_view->setAccessibleName(tr("Calls to the console"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // A log reads best dense, one line per call, like a terminal.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font, not from the rows: a full log must not be scanned to lay out.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_view->setColumnWidth(NetworkLogModel::TimeColumn, width(u"88:88:88.888"_s));
    m_view->setColumnWidth(NetworkLogModel::MethodColumn, width(u"DELETE"_s));
    m_view->setColumnWidth(NetworkLogModel::PathColumn,
                           width(u"/api/v1/authorization/access-rules?limit=500"_s));
    m_view->setColumnWidth(NetworkLogModel::StatusColumn, width(u"503 (try 2)"_s));
    m_view->setColumnWidth(NetworkLogModel::DurationColumn, width(u"88,888 ms"_s));
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"networkLogSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save for a bug report…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"networkLogSaveButton"_s);
    m_save->setAccessibleName(tr("Save the network log for a bug report"));
    m_clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    m_clear->setObjectName(u"networkLogClearButton"_s);
    m_clear->setAccessibleName(tr("Clear the network log"));
    // Enter in the filter must not close the window or save.
    m_save->setAutoDefault(false);
    m_clear->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    m_report = new NetworkLogReport(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_errorsOnly, &QCheckBox::toggled, m_filter, &NetworkLogFilterModel::setErrorsOnly);
    connect(m_save, &QPushButton::clicked, this, &NetworkLogDialog::askWhereToSave);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_log)
            m_log->clear();
        m_banner->clear();
    });
    connect(m_report, &NetworkLogReport::finished, this, &NetworkLogDialog::saved);
    if (log) {
        connect(log, &NetworkLog::recorded, this, [this](const NetworkLogEntry &entry) {
            // Follow new calls only while the reader is at the bottom, not while reading.
            QScrollBar *scroll = m_view->verticalScrollBar();
            const bool atBottom = scroll->value() == scroll->maximum();
            m_model->append(entry);
            if (atBottom)
                m_view->scrollToBottom();
            updateSummary();
        });
        connect(log, &NetworkLog::cleared, this, [this] {
            m_model->clear();
            updateSummary();
        });
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NetworkLogDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &NetworkLogDialog::updateSummary);
    m_view->scrollToBottom();
    updateSummary();
}

NetworkLogDialog::~NetworkLogDialog() = default;

void NetworkLogDialog::updateSummary()
{
    const int all = m_model->rowCount();
    QString text = tr("Calls in this run: %1 (the last %2 are kept). No request or answer "
                      "bodies, no headers, no password, secret or token are recorded.")
                           .arg(QLocale().toString(all), QLocale().toString(m_model->capacity()));
    if (m_filter->rowCount() != all)
        text += u' ' + tr("Shown: %1.").arg(QLocale().toString(m_filter->rowCount()));
    m_summary->setText(text);
    m_clear->setEnabled(all > 0);
    m_save->setEnabled(all > 0 && !m_report->isRunning());
}

void NetworkLogDialog::askWhereToSave()
{
    if (m_fileDialog || m_report->isRunning())
        return;
    const QString name = u"runai-network-log-%1.jsonl"_s.arg(
            QDate::currentDate().toString(Qt::ISODate));
    m_fileDialog = new QFileDialog(this, tr("Save the network log for a bug report"),
                                   QDir::home().filePath(name),
                                   tr("JSON lines (*.jsonl);;All files (*)"));
    m_fileDialog->setObjectName(u"networkLogFileDialog"_s);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(u"jsonl"_s);
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &NetworkLogDialog::saveTo);
    m_fileDialog->open();
}

void NetworkLogDialog::saveTo(const QString &path)
{
    if (!m_log || m_report->isRunning())
        return;
    NetworkLogReport::Header header;
    header.consoleHost = m_consoleHost ? m_consoleHost() : QString();
    header.dropped = m_log->dropped();
    if (m_report->start(path, header, m_log->entries())) {
        m_save->setEnabled(false);
        m_banner->showInfo(tr("Saving the network log to %1…").arg(QDir::toNativeSeparators(path)));
    }
}

void NetworkLogDialog::saved(const QString &path, int entries, const QString &error)
{
    updateSummary();
    if (!error.isEmpty()) {
        m_banner->showError(tr("The network log could not be saved to %1: %2")
                                    .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_banner->showSuccess(tr("Network log saved to %1 (%2 calls), readable only by you. It holds "
                             "no bodies, headers, passwords, secrets or tokens; its paths and "
                             "messages may name users and applications, so read it before you "
                             "attach it to a bug report.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(entries));
}

} // namespace runai
