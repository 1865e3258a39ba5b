// SPDX-License-Identifier: MIT
#include "gui/tokens/TokenInspectorDialog.h"

#include "api/ApiPaths.h"
#include "api/RecentTokens.h"
#include "api/Session.h"
#include "core/JwtClaims.h"
#include "core/ObjectNoun.h"
#include "core/TokenFormat.h"
#include "gui/widgets/ClipboardGuard.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "gui/widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QTableWidget *claimTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(
            {TokenInspectorDialog::tr("Name"), TokenInspectorDialog::tr("Value")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void fillTable(QTableWidget *table, const QList<JwtClaims::Readable> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).name));
        auto *value = new QTableWidgetItem(rows.at(row).text);
        value->setToolTip(value->text());
        table->setItem(row, 1, value);
    }
}
} // namespace

TokenInspectorDialog::TokenInspectorDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"tokenInspector"_s);
    setWindowTitle(tr("Token inspector"));
    resize(680, 600);
    m_consoleUrl = session ? session->baseUrl() : RecentTokens::shared()->consoleUrl();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("Paste an access token or pick one to read what it says. The "
                                "claims are decoded without checking the signature: for reading "
                                "only."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"inspectorBanner"_s);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"tokenSourceCombo"_s);
    m_source->setAccessibleName(tr("Token source"));
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);

    m_token = new SecretField(this);
    m_token->setObjectName(u"inspectedTokenField"_s);
    m_token->setLabelText(tr("Token"));
    m_token->setPlaceholderText(tr("Paste a token (eyJ…)"));
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);

    m_algorithm = valueLabel(this, u"algorithmValue"_s);
    m_issuer = valueLabel(this, u"issuerValue"_s);
    m_subject = valueLabel(this, u"subjectValue"_s);
    m_audience = valueLabel(this, u"audienceValue"_s);
    m_issued = valueLabel(this, u"issuedValue"_s);
    m_expiry = valueLabel(this, u"expiryValue"_s);
    form->addRow(tr("Type:"), m_algorithm);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Audience:"), m_audience);
    form->addRow(tr("Issued at:"), m_issued);
    form->addRow(tr("Expires:"), m_expiry);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"inspectorTabs"_s);
    m_tabs->setAccessibleName(tr("Decoded token"));
    m_claims = claimTable(this, u"claimsTable"_s, tr("Token claims"));
    m_header = claimTable(this, u"headerTable"_s, tr("Token header"));
    m_tabs->addTab(m_claims, tr("&Claims"));
    m_tabs->addTab(m_header, tr("&Header"));
    layout->addWidget(m_tabs, 1);

    auto *copyRow = new QHBoxLayout;
    auto *copyLabel = new QLabel(tr("Copy as:"), this);
    copyRow->addWidget(copyLabel);
    m_copyHeader = new QPushButton(icons::icon(u"copy"_s), tr("Authorization &header"), this);
    m_copyHeader->setObjectName(u"copyHeaderButton"_s);
    m_copyHeader->setToolTip(tr("Authorization: Bearer <token>"));
    m_copyCurl = new QPushButton(icons::icon(u"copy"_s), tr("c&url command"), this);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyEnv = new QPushButton(icons::icon(u"copy"_s), tr("&Environment variables"), this);
    m_copyEnv->setObjectName(u"copyEnvButton"_s);
    m_copyEnv->setToolTip(tr("export RUNAI_CONSOLE_URL=… and export RUNAI_TOKEN=… lines"));
    for (QPushButton *b : {m_copyHeader, m_copyCurl, m_copyEnv}) {
        b->setAutoDefault(false);
        copyRow->addWidget(b);
    }
    copyRow->addStretch();
    layout->addLayout(copyRow);
    // Issue 12 item 7: what each shape does about command lines, and what it cannot avoid.
    auto *copyNote = new QLabel(
            tr("The curl command passes the token on its input and export is a shell builtin, so "
               "no process list shows the token. Pasted into a terminal, a line stays out of the "
               "shell history only if the shell skips lines starting with a space (bash: "
               "HISTCONTROL=ignorespace); exported, the token reaches every program started from "
               "that shell."),
            this);
    copyNote->setObjectName(u"copyNoteLabel"_s);
    copyNote->setWordWrap(true);
    layout->addWidget(copyNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::activated, this, &TokenInspectorDialog::sourceChosen);
    connect(m_token, &SecretField::textChanged, this, [this] {
        if (!m_filling && m_source->currentIndex() != 0)
            m_source->setCurrentIndex(0); // edited by hand: it is a pasted token now
        decode();
    });
    connect(m_copyHeader, &QPushButton::clicked, this,
            [this] { copyAs(TokenFormat::bearerHeader(token()), tr("The Authorization header")); });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        copyAs(TokenFormat::curlCommand(m_consoleUrl, token(), ApiPaths::users()),
               tr("The curl command"));
    });
    connect(m_copyEnv, &QPushButton::clicked, this, [this] {
        copyAs(TokenFormat::environmentVariables(m_consoleUrl, token()),
               tr("The environment variables"));
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TokenInspectorDialog::updateCountdown);
    connect(RecentTokens::shared(), &RecentTokens::changed, this,
            &TokenInspectorDialog::fillSources);

    fillSources();
    // Open on the most useful token: the session's, when there is one.
    if (m_source->count() > 1) {
        m_source->setCurrentIndex(1);
        sourceChosen(1);
    } else {
        decode();
    }
}

TokenInspectorDialog::~TokenInspectorDialog() = default;

void TokenInspectorDialog::done(int result)
{
    // Tokens are secrets: do not leave them in a hidden widget.
    m_filling = true;
    m_token->clear();
    m_filling = false;
    m_source->clear();
    QDialog::done(result);
}

QString TokenInspectorDialog::token() const
{
    return m_token->text().trimmed();
}

bool TokenInspectorDialog::isExpired() const
{
    return m_expiresAt.isValid() && m_expiresAt <= QDateTime::currentDateTimeUtc();
}

void TokenInspectorDialog::fillSources()
{
    // The combo holds labels only; tokens are fetched again when picked, so that a stale list
    // never copies an old token.
    const QString current = m_source->currentData(Qt::UserRole).toString();
    m_source->clear();
    m_source->addItem(tr("Pasted token"), QString());
    if (m_session && m_session->isSignedIn())
        m_source->addItem(m_session->tokenIssuer().isEmpty()
                                  ? tr("This session's token (%1)").arg(m_session->identity())
                                  : tr("This session's token (%1, %2)")
                                            .arg(m_session->identity(), m_session->tokenIssuer()),
                          u"session"_s);
    // Labels only: listing the sources copies no token.
    for (const QString &label : RecentTokens::shared()->labels())
        m_source->addItem(ObjectNoun::of(m_session)
                                  .pick(tr("Last token of application %1"),
                                        tr("Last token of service account %1"))
                                  .arg(label),
                          u"app:"_s + label);
    const int index = m_source->findData(current, Qt::UserRole);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

void TokenInspectorDialog::sourceChosen(int index)
{
    const QString source = m_source->itemData(index, Qt::UserRole).toString();
    QString chosen;
    if (source == "session"_L1 && m_session)
        chosen = m_session->revealAccessToken();
    else if (source.startsWith("app:"_L1)) {
        chosen = RecentTokens::shared()->revealToken(source.mid(4));
    } else {
        m_token->setReadOnly(false);
        m_token->setFocus();
        return;
    }
    m_filling = true;
    m_token->setText(chosen);
    m_filling = false;
    decode();
}

void TokenInspectorDialog::inspect(const QString &text, const QString &sourceLabel)
{
    m_filling = true;
    m_token->setText(text);
    m_filling = false;
    const int index = m_source->findData(u"app:"_s + sourceLabel, Qt::UserRole);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
    decode();
}

void TokenInspectorDialog::clearDetails()
{
    for (QLabel *l : {m_algorithm, m_issuer, m_subject, m_audience, m_issued, m_expiry})
        l->clear();
    m_expiry->setStyleSheet({});
    m_claims->setRowCount(0);
    m_header->setRowCount(0);
    m_expiresAt = {};
    m_tick.stop();
}

void TokenInspectorDialog::decode()
{
    clearDetails();
    const QString text = token();
    const bool has = !text.isEmpty();
    for (QPushButton *b : {m_copyHeader, m_copyCurl, m_copyEnv})
        b->setEnabled(has);
    // "<console>" stands for the URL not known yet, as "<token>" does for the token.
    m_copyCurl->setToolTip(
            tr("printf 'Authorization: Bearer <token>' | curl -H @- %1 (the token "
               "stays off curl's command line)")
                    .arg(m_consoleUrl.isEmpty()
                                 ? u"<console>"_s + ApiPaths::users()
                                 : TokenFormat::apiUrl(m_consoleUrl, ApiPaths::users())));
    if (!has) {
        m_banner->clear();
        return;
    }
    const auto parsed = JwtClaims::decode(text);
    if (!parsed) {
        m_banner->showWarning(tr("This is not a JWT, so there is nothing to decode (%1). It "
                                 "can still be copied.")
                                      .arg(parsed.error()));
        return;
    }
    m_banner->clear();
    const JwtClaims &claims = parsed.value();
    m_algorithm->setText(claims.type.isEmpty()
                                 ? claims.algorithm
                                 : tr("%1, signed with %2").arg(claims.type, claims.algorithm));
    m_issuer->setText(claims.issuer.isEmpty() ? tr("(none)") : claims.issuer);
    QString subject = claims.subject.isEmpty() ? tr("(none)") : claims.subject;
    const QString who = !claims.email.isEmpty()               ? claims.email
                        : !claims.preferredUsername.isEmpty() ? claims.preferredUsername
                                                              : claims.clientId;
    if (!who.isEmpty() && who != claims.subject)
        subject = tr("%1 (%2)").arg(subject, who);
    m_subject->setText(subject);
    m_audience->setText(claims.audience.isEmpty() ? tr("(none)") : claims.audience.join(u", "_s));
    m_issued->setText(claims.issuedAt.isValid() ? QLocale().toString(claims.issuedAt.toLocalTime(),
                                                                     QLocale::LongFormat)
                                                : tr("(not stated)"));
    m_expiresAt = claims.expiresAt;
    fillTable(m_claims, claims.readablePayload());
    fillTable(m_header, claims.readableHeader());
    updateCountdown();
    if (m_expiresAt.isValid() && !isExpired())
        m_tick.start();
}

void TokenInspectorDialog::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_expiry->setText(tr("Never: the token has no expiry (exp) claim"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    const QString when = QLocale().toString(m_expiresAt.toLocalTime(), QLocale::LongFormat);
    if (left <= 0) {
        m_tick.stop();
        m_expiry->setText(tr("EXPIRED — %1 (%2)").arg(when, TokenFormat::countdown(left)));
        m_expiry->setStyleSheet(theme::hintStyle(m_expiry, true) + u" font-weight: bold;"_s);
        m_expiry->setAccessibleName(tr("Expired"));
        return;
    }
    m_expiry->setText(tr("%1 (%2)").arg(when, TokenFormat::countdown(left)));
    m_expiry->setStyleSheet({});
}

void TokenInspectorDialog::copyAs(const QString &text, const QString &what)
{
    if (token().isEmpty())
        return;
    ClipboardGuard *guard = ClipboardGuard::shared();
    guard->copySecret(text);
    m_banner->showSuccess(tr("%1 is on the clipboard; it is cleared in %n s.", nullptr,
                             guard->clearDelay() / 1000)
                                  .arg(what));
    if (isExpired())
        m_banner->showWarning(tr("%1 is on the clipboard, but the token has expired: the "
                                 "console will refuse it.")
                                      .arg(what));
}

} // namespace runai
