// SPDX-License-Identifier: MIT
#include "gui/tokens/TokenDialog.h"
#include "ui_TokenDialog.h"

#include "api/RecentTokens.h"
#include "core/JwtClaims.h"
#include "gui/session/SessionStatusBar.h"
#include "gui/tokens/TokenInspectorDialog.h"
#include "gui/widgets/Icons.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace runai {

TokenDialog::TokenDialog(const QString &applicationName, const TokenSet &tokens, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TokenDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Access token for %1").arg(applicationName));
    m_ui->introLabel->setText(
            tr("The console issued this token to <b>%1</b> (%2). Send it as "
               "<tt>Authorization: Bearer &lt;token&gt;</tt>.")
                    .arg(applicationName.toHtmlEscaped(),
                         // Which endpoint and grant, e.g. "POST /api/v2/token ·
                         // client_credentials".
                         tokens.issuer().isEmpty()
                                 ? tr("client credentials")
                                 : u"<tt>%1</tt>"_s.arg(tokens.issuer().toHtmlEscaped())));

    m_ui->accessTokenField->setLabelText(tr("Access token"));
    m_ui->accessTokenField->setReadOnly(true);
    // The fields are QLineEdits: Qt keeps a QString copy of each token while the dialog is
    // open; they are cleared when it closes (see the destructor).
    m_ui->accessTokenField->setText(tokens.accessToken.revealAsQString());

    const bool hasId = !tokens.idToken.isEmpty();
    m_ui->idTokenField->setLabelText(tr("ID token"));
    m_ui->idTokenField->setReadOnly(true);
    m_ui->idTokenField->setText(tokens.idToken.revealAsQString());
    m_ui->idTokenField->setVisible(hasId);
    m_ui->idTokenLabel->setVisible(hasId);

    const bool hasRefresh = !tokens.refreshToken.isEmpty();
    m_ui->refreshTokenField->setLabelText(tr("Refresh token"));
    m_ui->refreshTokenField->setReadOnly(true);
    m_ui->refreshTokenField->setText(tokens.refreshToken.revealAsQString());
    m_ui->refreshTokenField->setVisible(hasRefresh);
    m_ui->refreshTokenLabel->setVisible(hasRefresh);

    const QDateTime expires = tokens.expiresAt();
    if (expires.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
        m_ui->expiresValue->setText(
                tr("%1 (in %2)")
                        .arg(QLocale().toString(expires.toLocalTime(), QLocale::LongFormat),
                             SessionStatusBar::formatRemaining(left)));
    } else {
        m_ui->expiresValue->setText(tr("Unknown: the console did not say"));
    }

    m_ui->claimsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fillClaims(tokens.accessToken);

    connect(m_ui->useIdentityButton, &QPushButton::clicked, this,
            &TokenDialog::useIdentityRequested);

    // The token inspector can pick this token later ("Last token of application …").
    RecentTokens::shared()->remember(applicationName, tokens.accessToken);
    auto *inspect = new QPushButton(icons::icon(u"token"_s), tr("&Inspect…"), this);
    inspect->setObjectName(u"inspectButton"_s);
    inspect->setToolTip(tr("Open the token inspector: claims, live expiry, copy as header, curl "
                           "or environment variables"));
    inspect->setAutoDefault(false);
    m_ui->buttonLayout->insertWidget(1, inspect);
    connect(inspect, &QPushButton::clicked, this,
            [this, applicationName, token = tokens.accessToken.revealAsQString()] {
                // Parented like this dialog, so it stays open when this dialog closes.
                auto *inspector = new TokenInspectorDialog(nullptr, parentWidget());
                inspector->inspect(token, applicationName);
                inspector->setAttribute(Qt::WA_DeleteOnClose);
                inspector->show();
            });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TokenDialog::~TokenDialog() = default;

void TokenDialog::setIntroText(const QString &text)
{
    m_ui->introLabel->setText(text);
}

void TokenDialog::setUseIdentityVisible(bool visible)
{
    m_ui->useIdentityButton->setVisible(visible);
}

void TokenDialog::done(int result)
{
    m_ui->accessTokenField->clear();
    m_ui->idTokenField->clear();
    m_ui->refreshTokenField->clear();
    QDialog::done(result);
}

void TokenDialog::fillClaims(const SecretBytes &accessToken)
{
    const auto claims = JwtClaims::decode(accessToken);
    if (!claims) {
        m_ui->claimsTable->setVisible(false);
        m_ui->claimsLabel->setText(tr("The access token is not a JWT, so there are no claims to "
                                      "show (%1).")
                                           .arg(claims.error()));
        return;
    }
    const QList<JwtClaims::Readable> rows = claims.value().readablePayload();
    m_ui->claimsTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->claimsTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).name));
        m_ui->claimsTable->setItem(row, 1, new QTableWidgetItem(rows.at(row).text));
    }
}

void TokenDialog::setUseIdentityToolTip(const QString &text)
{
    m_ui->useIdentityButton->setToolTip(text);
}

} // namespace runai
