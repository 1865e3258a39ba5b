// SPDX-License-Identifier: MIT
#include "gui/review/AccessReviewPage.h"

#include "api/Session.h"
#include "core/AppSettings.h"
#include "gui/review/ReviewChangeFlow.h"
#include "gui/review/ReviewExportFlow.h"
#include "gui/widgets/CachedTextDelegate.h"
#include "gui/widgets/MessageBanner.h"
#include "models/AccessReviewModel.h"
#include "secrets/KeychainBridge.h"
#include "secrets/SecretKey.h"
#include "ui_AccessReviewPage.h"

#include "core/RunInPool.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
constexpr int kDefaultStaleDays = 90;

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}
} // namespace

AccessReviewPage::AccessReviewPage(KeychainBridge *keychain, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccessReviewPage>())
    , m_keychain(keychain)
    , m_model(new AccessReviewModel(this))
{
    m_ui->setupUi(this);
    m_proxy = new AccessReviewFilterModel(m_model, this);
    QTableView *table = m_ui->reviewTable;
    table->setModel(m_proxy);
    // Unsorted until the user clicks a header: rows then arrive in the console's order, which
    // costs the proxy nothing while 100,000 users come in.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The Users page's delegate: while 100,000 identities load, every appended page repaints the
    // visible rows, and laying their text out again each time was most of the GUI thread's work.
    table->setItemDelegate(new CachedTextDelegate(table));
    sizeColumns();

    m_ui->staleDaysSpin->setValue(AppSettings().reviewStaleDays(kDefaultStaleDays));
    m_model->setStaleDays(m_ui->staleDaysSpin->value());
    m_staleDaysTimer.setSingleShot(true);
    m_staleDaysTimer.setInterval(400);
    connect(m_ui->staleDaysSpin, &QSpinBox::valueChanged, this,
            [this] { m_staleDaysTimer.start(); });
    connect(&m_staleDaysTimer, &QTimer::timeout, this, &AccessReviewPage::staleDaysEdited);
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(250);
    connect(&m_summaryTimer, &QTimer::timeout, this, &AccessReviewPage::updateSummary);

    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this, &AccessReviewPage::applyFilter);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &AccessReviewPage::applyFilter);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &AccessReviewPage::load);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &AccessReviewPage::stop);
    auto *escape = new QShortcut(Qt::Key_Escape, this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AccessReviewPage::stop);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_summaryTimer,
            qOverload<>(&QTimer::start));

    m_changes = new ReviewChangeFlow({m_ui->reviewTable, m_ui->disableButton, m_ui->deleteButton,
                                      m_ui->actionNoteLabel, m_ui->banner},
                                     m_model, this);
    connect(m_changes, &ReviewChangeFlow::selectionChanged, &m_summaryTimer,
            qOverload<>(&QTimer::start));
    connect(m_changes, &ReviewChangeFlow::finished, this, &AccessReviewPage::recountFlagged);
    connect(m_model, &AccessReviewModel::flagsChanged, m_ui->reviewTable->viewport(),
            qOverload<>(&QWidget::update));
    m_exports = new ReviewExportFlow(
            m_ui->exportCsvButton, m_ui->exportHtmlButton, m_ui->banner,
            [this] { return snapshot(); }, this);
    retranslate();
    setLoading(false);
    updatePlaceholder();
}

AccessReviewPage::~AccessReviewPage() = default;

void AccessReviewPage::sizeColumns()
{
    // Wide enough for what the column holds (its header, the longest type name, a date in this
    // locale), measured once rather than from 100,000 rows.
    QTableView *table = m_ui->reviewTable;
    const QFontMetrics metrics = table->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const QString date = QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat);
    QStringList types;
    for (auto type : {ReviewEntry::Type::User, ReviewEntry::Type::Application,
                      ReviewEntry::Type::ServiceAccount, ReviewEntry::Type::AccessKey})
        types.append(ReviewFlags::typeName(type));
    const QMap<int, QStringList> samples{{AccessReviewModel::TypeColumn, types},
                                         {AccessReviewModel::CreatedColumn, {date}},
                                         {AccessReviewModel::LastLoginColumn, {date}},
                                         {AccessReviewModel::EnabledColumn, {tr("n/a")}},
                                         {AccessReviewModel::SecretHeldColumn, {tr("no")}}};
    for (int column = 0; column < AccessReviewModel::RulesColumn; ++column) {
        int width = metrics.horizontalAdvance(
                m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples.value(column))
            width = qMax(width, metrics.horizontalAdvance(sample));
        if (column == AccessReviewModel::NameColumn)
            width = qMax(width, 14 * em);
        if (column == AccessReviewModel::FlagsColumn)
            width = qMax(width, 18 * em);
        if (column == AccessReviewModel::CreatedByColumn)
            width = qMax(width, 10 * em);
        table->setColumnWidth(column, width + em * 2);
    }
}

MessageBanner *AccessReviewPage::banner() const
{
    return m_ui->banner;
}

void AccessReviewPage::retranslate()
{
    const int index = qMax(0, m_ui->showCombo->currentIndex());
    QSignalBlocker block(m_ui->showCombo);
    m_ui->showCombo->clear();
    m_ui->showCombo->addItem(tr("All identities"));
    m_ui->showCombo->addItem(tr("Any flag"));
    for (int i = 0; i < ReviewFlags::FlagCount; ++i)
        m_ui->showCombo->addItem(
                ReviewFlags::name(ReviewFlags::flagAt(i), m_ui->staleDaysSpin->value()));
    m_ui->showCombo->setCurrentIndex(index);
    m_ui->actionNoteLabel->setText(
            tr("Run:ai's API cannot disable users or access keys: they can only be deleted."));
}

void AccessReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updatePlaceholder();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void AccessReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look at the page reads the review; after that only Load review / F5 does (a
    // long list is not read again behind the user's back).
    if (m_session && !m_loaded && !isLoading())
        load();
}

void AccessReviewPage::setSession(Session *session)
{
    if (session == m_session)
        return;
    stop();
    m_changes->setSession(session);
    m_session = session;
    m_loaded = false;
    m_complete = false;
    m_notes.clear();
    m_model->clear();
    m_ui->banner->clear();
    updatePlaceholder();
    if (m_session && isVisible())
        load();
}

bool AccessReviewPage::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

AccessReviewLoader::HeldSecrets AccessReviewPage::heldSecrets() const
{
    AccessReviewLoader::HeldSecrets held;
    if (!m_keychain || !m_session)
        return held;
    const QString console = m_session->baseUrl().toString();
    held.userEmails = asSet(
            m_keychain->knownIdentities(console, QString(SecretKind::AdminPassword)));
    held.applicationClientIds = asSet(
            m_keychain->knownIdentities(console, QString(SecretKind::ClientSecret)));
    held.accessKeyClientIds = asSet(
            m_keychain->knownIdentities(console, QString(SecretKind::AccessKeySecret)));
    return held;
}

void AccessReviewPage::load()
{
    if (!m_session || isLoading() || m_changes->isRunning())
        return;
    m_loaded = true;
    m_complete = false;
    m_notes.clear();
    m_ui->banner->clear();
    m_model->clear();
    m_flagged = -1;
    ++m_flaggedGeneration;
    m_loadedAt = m_model->now();
    if (m_loader)
        m_loader->deleteLater();
    m_loader = new AccessReviewLoader(m_session, this);
    m_loader->setHeldSecrets(heldSecrets());
    m_loader->setMaxUsers(AppSettings().maxListedUsers(1'000'000));
    connect(m_loader, &AccessReviewLoader::entriesLoaded, m_model, &AccessReviewModel::append);
    connect(m_loader, &AccessReviewLoader::progress, this, &AccessReviewPage::loaderProgress);
    connect(m_loader, &AccessReviewLoader::finished, this, &AccessReviewPage::loadFinished);
    setLoading(true);
    m_loader->start();
}

void AccessReviewPage::stop()
{
    if (isLoading())
        m_loader->cancel();
}

void AccessReviewPage::setLoading(bool loading)
{
    m_ui->stopButton->setVisible(loading);
    m_ui->progressBar->setVisible(loading);
    m_ui->progressLabel->setVisible(loading);
    m_ui->loadButton->setEnabled(!loading && m_session);
    m_ui->loadButton->setText(m_loaded ? tr("&Refresh") : tr("Load &review"));
    m_exports->setAvailable(!loading && m_model->rowCount() > 0);
    m_changes->setBusy(loading);
    updatePlaceholder();
}

void AccessReviewPage::loaderProgress(AccessReviewLoader::Stage stage, qint64 loaded, qint64 total)
{
    const QLocale locale;
    QString what;
    switch (stage) {
    case AccessReviewLoader::Stage::Rules:
        what = tr("Reading access rules…");
        break;
    case AccessReviewLoader::Stage::Applications:
        what = tr("Reading applications and service accounts…");
        break;
    case AccessReviewLoader::Stage::Users:
        what = total >= 0 ? tr("Reading users… %1 of %2")
                                    .arg(locale.toString(loaded), locale.toString(total))
                          : tr("Reading users… %1").arg(locale.toString(loaded));
        break;
    case AccessReviewLoader::Stage::AccessKeys:
        what = tr("Reading access keys…");
        break;
    case AccessReviewLoader::Stage::Idle:
        break;
    }
    m_ui->progressLabel->setText(what);
    if (stage == AccessReviewLoader::Stage::Users && total > 0)
        m_model->reserve(m_model->rowCount() - loaded + total + 64); // a few keys too
    if (total > 0) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(qMin<qint64>(1000, loaded * 1000 / total)));
    } else {
        m_ui->progressBar->setRange(0, 0); // busy
    }
    updatePlaceholder();
}

void AccessReviewPage::loadFinished(const ApiError &error)
{
    m_complete = !error.isError();
    m_notes = m_loader->coverageNotes();
    m_model->setComplete(m_complete);
    setLoading(false);
    recountFlagged();
    const QLocale locale;
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_ui->banner->showWarning(
                tr("Stopped after %1 identities: this review is incomplete, and creators are not "
                   "checked. Press Refresh to read it all.")
                        .arg(locale.toString(m_model->rowCount())));
    } else if (error.isError()) {
        m_ui->banner->showError(
                tr("The review could not be read completely: %1").arg(error.userMessage()));
        m_ui->banner->setAction(tr("Try again"), [this] { load(); });
    } else if (!m_notes.isEmpty()) {
        m_ui->banner->showWarning(
                tr("Not everything could be reviewed: %1").arg(m_notes.join(u' ')));
    }
    updateSummary();
}

void AccessReviewPage::applyFilter()
{
    ReviewFilter filter;
    const int index = m_ui->showCombo->currentIndex();
    if (index == 1) {
        filter.show = ReviewFilter::Show::AnyFlag;
    } else if (index >= 2) {
        filter.show = ReviewFilter::Show::OneFlag;
        filter.flag = ReviewFlags::flagAt(index - 2);
    }
    filter.text = m_ui->findEdit->text().trimmed();
    m_proxy->setFilter(filter);
    m_summaryTimer.start();
}

void AccessReviewPage::staleDaysEdited()
{
    const int days = m_ui->staleDaysSpin->value();
    AppSettings().setReviewStaleDays(days);
    m_model->setStaleDays(days);
    if (!isLoading())
        recountFlagged();
    m_ui->showCombo->setItemText(2 + 1, ReviewFlags::name(ReviewFlags::Stale, days));
    m_summaryTimer.start();
}

void AccessReviewPage::updateSummary()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    QString text = tr("%n identity(ies)", nullptr, total);
    if (!isLoading() && total > 0 && m_flagged >= 0)
        text += u" · "_s + tr("%1 flagged").arg(locale.toString(m_flagged));
    text += u" · "_s + tr("%1 shown").arg(locale.toString(m_proxy->rowCount()));
    const int selected = m_changes->selectedCount();
    if (selected > 0)
        text += u" · "_s + tr("%1 selected").arg(locale.toString(selected));
    if (m_loaded && !isLoading() && !m_complete)
        text += u" · "_s + tr("incomplete");
    m_ui->summaryLabel->setText(text);
    m_exports->setAvailable(!isLoading() && total > 0);
    updatePlaceholder();
}

void AccessReviewPage::recountFlagged()
{
    // Judging 100,000 rows takes tens of milliseconds: on a pool thread, from a snapshot (the
    // lists are implicitly shared, so the table may change meanwhile); a stale count is dropped.
    m_flagged = -1;
    const int generation = ++m_flaggedGeneration;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_flaggedGeneration)
            return;
        m_flagged = watcher->future().result();
        updateSummary();
    });
    watcher->setFuture(runInPool<int>([snapshot = snapshot()] {
        ReviewSnapshot all = snapshot;
        all.filter = {};
        const ReviewFlags::Context context = all.context();
        int flagged = 0;
        for (const ReviewEntry &entry : std::as_const(all.entries))
            flagged += ReviewFlags::of(entry, context) ? 1 : 0;
        return flagged;
    }));
}

void AccessReviewPage::updatePlaceholder()
{
    QString text;
    if (!m_session)
        text = tr("Sign in to review who can reach this console.");
    else if (!m_loaded)
        text = tr("Load review reads every identity and access rule of this console. Nothing is "
                  "changed.");
    else if (m_model->rowCount() == 0 && isLoading())
        text = tr("Reading the console's identities…");
    else if (m_model->rowCount() == 0)
        text = tr("No identity could be read.");
    m_ui->placeholderLabel->setText(text);
    m_ui->stack->setCurrentWidget(text.isEmpty() ? m_ui->tablePage : m_ui->placeholderPage);
}

ReviewSnapshot AccessReviewPage::snapshot() const
{
    ReviewSnapshot s;
    s.entries = m_model->entries();
    s.identities = m_model->identities();
    s.complete = m_complete;
    s.staleDays = m_model->staleDays();
    s.filter = m_proxy->filter();
    if (m_proxy->sortColumn() >= 0) {
        // Sorted by the user: the export keeps the table's order.
        s.order.reserve(m_proxy->rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            s.order.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    s.date = m_loadedAt.isValid() ? m_loadedAt : QDateTime::currentDateTimeUtc();
    if (m_session) {
        s.console = m_session->baseUrl().toString();
        s.reviewer = m_session->identity();
    }
    s.scopeNote = m_notes.join(u' ');
    return s;
}

} // namespace runai
