// SPDX-License-Identifier: MIT
#include "gui/users/UserImportDialog.h"

#include "api/BulkUserCreator.h"
#include "api/ExistingUserCheck.h"
#include "api/InFlightController.h"
#include "api/Session.h"
#include "api/UserNameSupport.h"
#include "core/ApiError.h"
#include "core/AppSettings.h"
#include "core/BoundedFile.h"
#include "core/Csv.h"
#include "core/RunInPool.h"
#include "gui/users/UserImportReportSaver.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/MessageBanner.h"
#include "models/UserImportModel.h"
#include "ui_UserImportDialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

// Bigger files are refused before reading: 1,000,000 rows of addresses is about 40 MB.
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

UserImportModel::Tone toneOf(BulkUserCreator::Outcome o)
{
    using O = BulkUserCreator::Outcome;
    switch (o) {
    case O::Created:
        return UserImportModel::Tone::Good;
    case O::AlreadyExists:
    case O::Cancelled:
        return UserImportModel::Tone::Skipped;
    case O::Invalid:
    case O::Failed:
        return UserImportModel::Tone::Bad;
    case O::Pending:
    case O::InFlight:
        return UserImportModel::Tone::Ready;
    }
    return UserImportModel::Tone::Neutral;
}

} // namespace

UserImportDialog::UserImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_model = new UserImportModel(this);
    m_ui->table->setModel(m_model);
    auto *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(UserImportModel::DetailsColumn, QHeaderView::Stretch);
    m_ui->table->setColumnWidth(UserImportModel::LineColumn, 56);
    m_ui->table->setColumnWidth(UserImportModel::EmailColumn, 240);
    m_ui->table->setColumnWidth(UserImportModel::NameColumn, 160);
    m_ui->table->setColumnHidden(UserImportModel::NameColumn, true);
    m_ui->table->setColumnWidth(UserImportModel::StatusColumn, 150);
    m_ui->table->setColumnWidth(UserImportModel::PasswordColumn, 150);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->progressBar->setVisible(false);

    m_creator = new BulkUserCreator(session, this);
    connect(m_creator, &BulkUserCreator::rowChanged, this, &UserImportDialog::rowChanged);
    connect(m_creator, &BulkUserCreator::progress, this, &UserImportDialog::updateProgress);
    m_inFlightUpdate.setSingleShot(true);
    connect(&m_inFlightUpdate, &QTimer::timeout, this, &UserImportDialog::updateProgress);
    connect(m_creator, &BulkUserCreator::finished, this, &UserImportDialog::importDone);
    connect(m_creator, &BulkUserCreator::rateLimited, this, [this](int seconds) {
        m_ui->banner->showWarning(
                tr("The console asked to slow down: waiting %n second(s), then continuing with "
                   "fewer requests at a time.",
                   nullptr, seconds));
    });

    // The ceiling of requests in flight: remembered, and it may be lowered during an import.
    m_ui->maxInFlightSpin->setRange(1, InFlightController::MaxCeiling);
    m_ui->maxInFlightSpin->setValue(
            AppSettings().importMaxInFlight().value_or(InFlightController::DefaultCeiling));
    m_creator->setMaxInFlight(m_ui->maxInFlightSpin->value());
    connect(m_ui->maxInFlightSpin, &QSpinBox::valueChanged, this, [this](int requests) {
        m_creator->setMaxInFlight(requests);
        AppSettings().setImportMaxInFlight(requests);
        if (m_creator->isRunning())
            updateProgress();
    });

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &UserImportDialog::chooseFile);
    connect(m_ui->startButton, &QPushButton::clicked, this, &UserImportDialog::startImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] {
        if (m_check && m_check->isRunning())
            m_check->cancel();
        m_creator->cancel();
        updateButtons();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        m_ui->banner->clear();
        m_creator->retryFailed();
        updateButtons();
    });
    connect(m_ui->copyPasswordButton, &QPushButton::clicked, this, &UserImportDialog::copyPassword);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this,
            [this] { m_reportSaver->ask(m_ui->includePasswordsCheck->isChecked()); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &UserImportDialog::reject);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserImportDialog::updateButtons);
    connect(&m_loadWatcher, &QFutureWatcher<UserImportPlan>::finished, this,
            &UserImportDialog::planLoaded);
    m_reportSaver = new UserImportReportSaver(
            [this](bool withPasswords) { return reportCsv(withPasswords); }, this);
    connect(m_reportSaver, &UserImportReportSaver::started, this, &UserImportDialog::updateButtons);
    connect(m_reportSaver, &UserImportReportSaver::saved, this, [this](const QString &path) {
        m_ui->banner->showSuccess(tr("Report saved to %1.").arg(path));
        Q_EMIT reportSaved(path);
        updateButtons();
    });
    connect(m_reportSaver, &UserImportReportSaver::failed, this, [this](const QString &error) {
        m_ui->banner->showError(tr("Could not save the report: %1").arg(error));
        updateButtons();
    });
    updateButtons();
}

UserImportDialog::~UserImportDialog() = default;

MessageBanner *UserImportDialog::banner() const
{
    return m_ui->banner;
}

bool UserImportDialog::isChecking() const
{
    return m_check && m_check->isRunning();
}

bool UserImportDialog::isImporting() const
{
    return m_creator->isRunning();
}

void UserImportDialog::chooseFile()
{
    // open(), not exec(): no nested event loop while the user picks a file.
    auto *dialog = new QFileDialog(this, tr("Choose a CSV File of Users"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &UserImportDialog::loadFile);
    dialog->open();
}

void UserImportDialog::loadFile(const QString &path)
{
    if (m_creator->isRunning() || m_loadWatcher.isRunning())
        return;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_ui->banner->clear();
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_checked = false;
    m_started = false;
    // Reading and parsing happen on a worker: a big file never freezes the window.
    m_loadWatcher.setFuture(runInPool<UserImportPlan>([path] {
        // Capped while reading (size() says 0 for a FIFO or /dev/zero), a FIFO or device
        // refused before it is read: it would hold this pool thread for ever.
        const auto read = BoundedFile::read(path, MaxFileBytes);
        if (!read)
            return UserImportPlan::fromError(read.error());
        return UserImportPlan::fromCsv(read.value());
    }));
    updateButtons();
}

void UserImportDialog::planLoaded()
{
    m_plan = m_loadWatcher.result();
    m_model->setRows(m_plan.rows());
    m_ui->table->setColumnHidden(UserImportModel::NameColumn, !m_plan.hasNameColumns());
    m_creator->setRequests({});
    m_creatorRowToModelRow.clear();
    m_modelRowToCreatorRow.clear();
    if (!m_plan.fileError().isEmpty()) {
        m_ui->banner->showError(m_plan.fileError());
        m_ui->summaryLabel->clear();
        updateButtons();
        return;
    }
    updateSummary();
    warnIfNamesDropped();
    const QStringList emails = m_plan.validEmails();
    if (emails.isEmpty() || !m_session) {
        m_checked = true;
        updateButtons();
        Q_EMIT previewReady();
        return;
    }
    // Which of them the console has already.
    delete m_check;
    m_check = new ExistingUserCheck(m_session, this);
    connect(m_check, &ExistingUserCheck::progress, this, [this](int done, int total) {
        m_ui->progressLabel->setText(tr("Checking the console: %1 of %2").arg(done).arg(total));
    });
    connect(m_check, &ExistingUserCheck::finished, this, &UserImportDialog::checkFinished);
    m_ui->progressLabel->setText(tr("Checking which users the console has already…"));
    m_check->start(emails);
    updateButtons();
}

void UserImportDialog::checkFinished(const QSet<QString> &existing, const ApiError &error)
{
    m_plan.markExisting(existing);
    if (!existing.isEmpty())
        m_model->setRows(m_plan.rows());
    m_ui->progressLabel->clear();
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled)
        m_ui->banner->showWarning(
                tr("Could not check which users exist already (%1). Those rows will be "
                   "reported as \"already exists\" when created.")
                        .arg(error.userMessage()));
    m_checked = true;
    updateSummary();
    updateButtons();
    Q_EMIT previewReady();
}

bool UserImportDialog::sendsNames() const
{
    return UserNameSupport::supported(m_session);
}

void UserImportDialog::warnIfNamesDropped()
{
    // Said before anything is sent, so nobody finds out later that the names are missing.
    const int withNames = m_plan.rowsWithNames();
    if (withNames == 0 || sendsNames())
        return;
    const auto *support = UserNameSupport::of(m_session);
    if (support && support->state() == UserNameSupport::State::Unknown)
        m_ui->banner->showWarning(
                tr("%n row(s) have a first or last name, but whether this console stores users' "
                   "names is not known yet (refresh the users list to find out). The users are "
                   "created without them.",
                   nullptr, withNames));
    else
        m_ui->banner->showWarning(
                tr("%n row(s) have a first or last name, but this console does not store users' "
                   "names (Run:ai 3.0 does). The users are created without them.",
                   nullptr, withNames));
}

void UserImportDialog::updateSummary()
{
    using S = UserImportRow::Status;
    const QLocale l;
    QString text = tr("%1 rows: <b>%2 to create</b>, %3 invalid, %4 duplicates in the file, %5 "
                      "already on the console.")
                           .arg(l.toString(m_plan.rows().size()),
                                l.toString(m_plan.count(S::Valid)),
                                l.toString(m_plan.count(S::Invalid)),
                                l.toString(m_plan.count(S::DuplicateInFile)),
                                l.toString(m_plan.count(S::AlreadyOnConsole)));
    if (m_started) {
        using O = BulkUserCreator::Outcome;
        text = tr("<b>%1 created</b>, %2 already existed, %3 invalid, %4 failed, %5 not sent.")
                       .arg(l.toString(m_creator->count(O::Created)),
                            l.toString(m_creator->count(O::AlreadyExists)
                                       + m_plan.count(S::AlreadyOnConsole)),
                            l.toString(m_creator->count(O::Invalid) + m_plan.count(S::Invalid)),
                            l.toString(m_creator->count(O::Failed)),
                            l.toString(m_creator->count(O::Cancelled)));
    }
    // An export of another console's users table carries its SSO users (see UserImportPlan).
    if (const int sso = m_plan.count(S::NotLocal); sso > 0)
        text += u' '
                + tr("%n SSO user(s) left out: they sign in through the identity provider.",
                     nullptr, sso);
    m_ui->summaryLabel->setText(text);
}

void UserImportDialog::startImport()
{
    if (m_creator->isRunning() || !m_checked || m_started)
        return;
    QList<BulkUserCreator::Request> requests;
    // Never sent to a console without names (see warnIfNamesDropped()).
    const bool names = sendsNames();
    m_creatorRowToModelRow.clear();
    m_modelRowToCreatorRow.fill(-1, m_plan.rows().size());
    for (int i = 0; i < m_plan.rows().size(); ++i) {
        const auto &r = m_plan.rows().at(i);
        if (r.status != UserImportRow::Status::Valid)
            continue;
        m_modelRowToCreatorRow[i] = int(m_creatorRowToModelRow.size());
        BulkUserCreator::Request request{r.email, r.resetPassword, r.notify, {}, {}};
        if (names) {
            request.firstName = r.firstName;
            request.lastName = r.lastName;
        }
        requests.append(request);
        m_creatorRowToModelRow.append(i);
    }
    if (requests.isEmpty())
        return;
    m_started = true;
    m_ui->banner->clear();
    warnIfNamesDropped();
    m_creator->setRequests(requests);
    m_ui->progressBar->setRange(0, int(requests.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_creator->start();
    updateProgress();
    updateButtons();
}

void UserImportDialog::rowChanged(int creatorRow)
{
    const auto &r = m_creator->row(creatorRow);
    const int modelRow = m_creatorRowToModelRow.value(creatorRow, -1);
    if (modelRow < 0)
        return;
    m_model->setOutcome(modelRow, BulkUserCreator::outcomeName(r.outcome), r.message,
                        toneOf(r.outcome), !r.tempPassword.isEmpty());
    if (r.outcome == BulkUserCreator::Outcome::Created)
        Q_EMIT userCreated(r.request.email);
    if (r.outcome == BulkUserCreator::Outcome::InFlight && !m_inFlightUpdate.isActive())
        m_inFlightUpdate.start(0); // once for all the requests sent in this turn
}

void UserImportDialog::updateProgress()
{
    const int done = m_creator->doneCount();
    const int total = m_creator->total();
    m_ui->progressBar->setValue(done);
    const QLocale l;
    QString text = tr("%1 of %2").arg(l.toString(done), l.toString(total));
    const double rate = m_creator->rate();
    if (rate > 0)
        text += tr(" · %1 users/s").arg(l.toString(rate, 'f', rate < 10 ? 1 : 0));
    if (m_creator->isRunning() && !m_creator->isCancelling())
        text += tr(" · %n in flight", nullptr, m_creator->inFlight());
    const qint64 left = m_creator->msLeft();
    if (m_creator->isRunning() && left >= 0)
        text += tr(" · about %n second(s) left", nullptr, int((left + 999) / 1000));
    if (m_creator->isCancelling())
        text += tr(" · stopping after the requests already sent");
    m_ui->progressLabel->setText(text);
}

void UserImportDialog::importDone()
{
    updateProgress();
    updateSummary();
    using O = BulkUserCreator::Outcome;
    const int failed = m_creator->count(O::Failed) + m_creator->count(O::Cancelled);
    if (failed > 0)
        m_ui->banner->showWarning(
                tr("%n row(s) could not be created. Retry them, or save the report.", nullptr,
                   failed));
    else
        m_ui->banner->showSuccess(
                tr("Import finished: %n user(s) created.", nullptr, m_creator->count(O::Created)));
    updateButtons();
    Q_EMIT importFinished();
}

void UserImportDialog::copyPassword()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int creatorRow = m_modelRowToCreatorRow.value(rows.first().row(), -1);
    if (creatorRow < 0)
        return;
    const QString password = m_creator->row(creatorRow).tempPassword;
    if (password.isEmpty())
        return;
    ClipboardGuard::shared()->copySecret(password);
    m_ui->banner->showInfo(tr("Temporary password of %1 copied; the clipboard is cleared soon.")
                                   .arg(m_creator->row(creatorRow).request.email));
}

QString UserImportDialog::reportCsv(bool withPasswords) const
{
    QStringList header{u"line"_s, u"email"_s, u"result"_s, u"details"_s, u"userId"_s};
    const bool names = m_plan.hasNameColumns();
    if (names)
        header << u"firstName"_s << u"lastName"_s;
    // The passwords are written exactly as issued (in quotes, never formula-guarded: an altered
    // password is a wrong one); the column's name says so, for whoever opens the file.
    QList<qsizetype> verbatim;
    if (withPasswords) {
        verbatim << header.size();
        header << QString::fromLatin1(TemporaryPasswordColumn);
    }
    QString out = Csv::row(header);
    for (int i = 0; i < m_plan.rows().size(); ++i) {
        const auto &r = m_plan.rows().at(i);
        const int creatorRow = m_modelRowToCreatorRow.value(i, -1);
        QStringList fields{QString::number(r.line), r.email};
        if (creatorRow >= 0) {
            const auto &c = m_creator->row(creatorRow);
            fields << UserImportReportSaver::resultKey(c.outcome) << c.message << c.userId;
        } else {
            fields << UserImportReportSaver::resultKey(r.status) << r.problem << QString();
        }
        if (names)
            fields << r.firstName << r.lastName;
        if (withPasswords)
            fields << (creatorRow >= 0 ? m_creator->row(creatorRow).tempPassword : QString());
        out += Csv::row(fields, u',', verbatim);
    }
    return out;
}

void UserImportDialog::saveReport(const QString &path, bool withPasswords)
{
    m_reportSaver->save(path, withPasswords);
}

void UserImportDialog::updateButtons()
{
    const bool loading = m_loadWatcher.isRunning();
    const bool running = m_creator->isRunning();
    const bool checking = isChecking();
    m_ui->chooseButton->setEnabled(!loading && !running);
    m_ui->startButton->setEnabled(!loading && !checking && !running && m_checked && !m_started
                                  && m_plan.count(UserImportRow::Status::Valid) > 0 && m_session);
    m_ui->cancelImportButton->setEnabled((running && !m_creator->isCancelling()) || checking);
    using O = BulkUserCreator::Outcome;
    m_ui->retryButton->setEnabled(!running && m_started
                                  && m_creator->count(O::Failed) + m_creator->count(O::Cancelled)
                                             > 0);
    m_ui->saveReportButton->setEnabled(!running && m_started && !m_reportSaver->isSaving());
    m_ui->includePasswordsCheck->setEnabled(!running && m_creator->count(O::Created) > 0);
    bool canCopy = false;
    const auto selected = m_ui->table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        const int creatorRow = m_modelRowToCreatorRow.value(selected.first().row(), -1);
        canCopy = creatorRow >= 0 && !m_creator->row(creatorRow).tempPassword.isEmpty();
    }
    m_ui->copyPasswordButton->setEnabled(canCopy);
}

void UserImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_creator->isRunning()) {
        // Closing mid-import would leave rows unknown: stop first, close when it has.
        event->ignore();
        m_creator->cancel();
        connect(m_creator, &BulkUserCreator::finished, this, &QDialog::close,
                Qt::SingleShotConnection);
        return;
    }
    QDialog::closeEvent(event);
}

void UserImportDialog::reject()
{
    if (m_creator->isRunning()) {
        m_creator->cancel();
        connect(m_creator, &BulkUserCreator::finished, this, &QDialog::reject,
                Qt::SingleShotConnection);
        updateButtons();
        return;
    }
    QDialog::reject();
}

} // namespace runai
