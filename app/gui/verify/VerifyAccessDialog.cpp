// SPDX-License-Identifier: MIT
#include "gui/verify/VerifyAccessDialog.h"
#include "ui_VerifyAccessDialog.h"

#include "api/Session.h"
#include "core/AccessKey.h"
#include "core/Application.h"
#include "core/LogCategories.h"
#include "core/SecretBytes.h"
#include "core/User.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/MessageBanner.h"
#include "secrets/KeychainBridge.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
QString iconFor(AccessCheck::Outcome outcome)
{
    switch (outcome) {
    case AccessCheck::Outcome::Allowed:
        return u"success"_s;
    case AccessCheck::Outcome::Denied:
        return u"error"_s;
    case AccessCheck::Outcome::NotOffered:
        return u"info"_s;
    case AccessCheck::Outcome::Failed:
        return u"warning"_s;
    case AccessCheck::Outcome::Pending:
    case AccessCheck::Outcome::NotRun:
        break;
    }
    return {};
}

VerifyAccessDialog *openOver(QWidget *page, Session *session, const AccessCheck::Subject &subject,
                             KeychainBridge *keychain, const SecretKey &held)
{
    auto *dialog = new VerifyAccessDialog(session, subject, keychain, held, page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
} // namespace

VerifyAccessDialog *VerifyAccessDialog::openForApplication(QWidget *page, Session *session,
                                                           KeychainBridge *keychain,
                                                           const Application &app)
{
    return openOver(page, session,
                    {AccessCheck::SubjectKind::Application, app.name, app.clientId, {}}, keychain,
                    ClientSecretSaver::keyFor(session, app.clientId));
}

VerifyAccessDialog *VerifyAccessDialog::openForAccessKey(QWidget *page, Session *session,
                                                         KeychainBridge *keychain,
                                                         const AccessKey &key, const QString &owner)
{
    const QString console = session ? session->baseUrl().toString() : QString();
    return openOver(page, session,
                    {AccessCheck::SubjectKind::AccessKey, key.name, key.clientId,
                     owner.isEmpty() && session ? session->identity() : owner},
                    keychain,
                    SecretKey{console, QString(SecretKind::AccessKeySecret), key.clientId});
}

VerifyAccessDialog *VerifyAccessDialog::openForUser(QWidget *page, Session *session,
                                                    KeychainBridge *keychain, const User &user)
{
    const QString console = session ? session->baseUrl().toString() : QString();
    return openOver(page, session, {AccessCheck::SubjectKind::User, user.username, {}, {}},
                    keychain,
                    SecretKey{console, QString(SecretKind::AdminPassword), user.username});
}

VerifyAccessDialog::VerifyAccessDialog(Session *session, const AccessCheck::Subject &subject,
                                       KeychainBridge *keychain, const SecretKey &heldSecret,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VerifyAccessDialog>())
    , m_session(session)
    , m_subject(subject)
    , m_keychain(keychain)
    , m_heldSecret(heldSecret)
    , m_held(keychain && heldSecret.isValid() && keychain->isKnown(heldSecret))
{
    m_ui->setupUi(this);
    m_ui->secretField->copyButton()->setVisible(false); // typed for the check, not to be copied
    QTableWidget *table = m_ui->resultsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
            {tr("Call"), tr("Result"), tr("Needs"), tr("Why / what would grant it")});
    table->verticalHeader()->setVisible(false);
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < WhyColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    setUpTexts();
    if (m_session)
        showPlan(AccessCheck::plan(m_session->capabilities()));

    connect(m_ui->runButton, &QPushButton::clicked, this, &VerifyAccessDialog::runCheck);
    connect(m_ui->heldRadio, &QRadioButton::toggled, this, &VerifyAccessDialog::updateControls);
    connect(m_ui->secretField, &SecretField::textChanged, this,
            &VerifyAccessDialog::updateControls);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_held ? m_ui->heldRadio : m_ui->pasteRadio)->setChecked(true);
    updateControls();
}

VerifyAccessDialog::~VerifyAccessDialog()
{
    // Closing stops a check under way; the activity log records it as cancelled.
    if (m_check && m_check->isRunning()) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

MessageBanner *VerifyAccessDialog::banner() const
{
    return m_ui->banner;
}

void VerifyAccessDialog::setUpTexts()
{
    const QString name = m_subject.name.toHtmlEscaped();
    const bool user = m_subject.kind == AccessCheck::SubjectKind::User;
    setWindowTitle(tr("Verify access: %1").arg(m_subject.name));
    QString intro;
    if (user)
        intro = tr("What may <b>%1</b> do on this console? The check signs in as this user with "
                   "the password grant and tries a fixed set of read-only calls.")
                        .arg(name);
    else if (m_subject.kind == AccessCheck::SubjectKind::AccessKey)
        intro = tr("What may the access key <b>%1</b> do on this console? Its token acts as its "
                   "owner%2. The check gets one with the key's client secret and tries a fixed "
                   "set of read-only calls.")
                        .arg(name, m_subject.actsAs.isEmpty()
                                           ? QString()
                                           : u" (%1)"_s.arg(m_subject.actsAs.toHtmlEscaped()));
    else
        intro = tr("What may <b>%1</b> do on this console? The check gets its token with its "
                   "client secret and tries a fixed set of read-only calls.")
                        .arg(name);
    m_ui->introLabel->setText(intro + u' '
                              + tr("Nothing is created or changed; the activity log records that "
                                   "the check ran and what it found."));
    m_ui->heldRadio->setText(
            m_held ? (user ? tr("Use the &password this program keeps in the keychain")
                           : tr("Use the client &secret this program keeps in the keychain"))
                   : (user ? tr("This program does not hold this user's password")
                           : tr("This program does not hold this client secret")));
    m_ui->heldRadio->setEnabled(m_held);
    m_ui->pasteRadio->setText(user ? tr("&Type the password for this check")
                                   : tr("&Paste a client secret for this check"));
    m_ui->secretField->setLabelText(user ? tr("Password") : tr("Client secret"));
    m_ui->secretHint->setText(user ? tr("Used once for this check and never stored.")
                                   : tr("Used once for this check and not stored."));
}

void VerifyAccessDialog::showPlan(const QList<AccessCheck::Probe> &probes)
{
    m_ui->resultsTable->setRowCount(int(probes.size()));
    for (int row = 0; row < probes.size(); ++row)
        fillRow(row, probes[row]);
    m_ui->resultsTable->resizeRowsToContents();
}

void VerifyAccessDialog::fillRow(int row, const AccessCheck::Probe &probe)
{
    QTableWidget *table = m_ui->resultsTable;
    const auto set = [table, row](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        table->setItem(row, column, item);
        return item;
    };
    set(CallColumn, probe.title + u'\n' + probe.request())->setToolTip(probe.request());
    set(NeedsColumn, tr("%1: %2").arg(probe.requirement.permission, probe.requirement.action));
    const bool asked = probe.outcome != AccessCheck::Outcome::Pending || isChecking();
    QTableWidgetItem *result = set(ResultColumn, asked ? AccessCheck::outcomeName(probe.outcome)
                                                       : tr("Not checked yet"));
    if (const QString icon = iconFor(probe.outcome); !icon.isEmpty())
        result->setIcon(icons::icon(icon));
    QString details;
    if (probe.httpStatus > 0)
        details = tr("HTTP %1").arg(probe.httpStatus);
    if (!probe.serverMessage.isEmpty())
        details += u"\n"_s + tr("The server said: %1").arg(probe.serverMessage);
    result->setToolTip(details.trimmed());
    QTableWidgetItem *why = set(WhyColumn, probe.explanation);
    why->setToolTip(probe.explanation);
}

void VerifyAccessDialog::updateControls()
{
    const bool held = m_ui->heldRadio->isChecked();
    m_ui->secretField->setEnabled(!held && !isChecking());
    m_ui->heldRadio->setEnabled(m_held && !isChecking());
    m_ui->pasteRadio->setEnabled(!isChecking());
    const bool haveSecret = held || !m_ui->secretField->text().isEmpty();
    m_ui->runButton->setEnabled(m_session && m_session->isSignedIn() && haveSecret
                                && !isChecking());
    m_ui->runButton->setText(m_check ? tr("&Run again") : tr("&Run check"));
}

void VerifyAccessDialog::runCheck()
{
    if (!m_session || isChecking())
        return;
    if (!m_ui->heldRadio->isChecked()) {
        QString secret = m_ui->secretField->text();
        if (secret.isEmpty()) {
            m_ui->banner->showError(m_subject.kind == AccessCheck::SubjectKind::User
                                            ? tr("Type the user's password to run the check.")
                                            : tr("Paste the client secret to run the check."));
            return;
        }
        m_ui->secretField->clear(); // used once, as the sign-in page does with a password
        start(secret);
        SecretBytes::wipeOwned(secret);
        return;
    }
    if (!m_keychain)
        return;
    m_readingSecret = true;
    updateControls();
    m_ui->banner->showInfo(
            tr("Reading the secret of \"%1\" from the keychain…").arg(m_subject.name));
    m_keychain->read(m_heldSecret, this, [this](const QString &secret, const SecretDiagnosis &d) {
        m_readingSecret = false;
        if (!d.isOk() || secret.isEmpty()) {
            m_ui->banner->showError(tr("The secret of \"%1\" could not be read from the "
                                       "keychain: %2. Paste it instead.")
                                            .arg(m_subject.name, d.message()));
            m_ui->pasteRadio->setChecked(true);
            updateControls();
            return;
        }
        start(secret);
    });
}

void VerifyAccessDialog::start(const QString &secret)
{
    if (!m_session)
        return;
    if (m_check) {
        m_check->disconnect(this);
        m_check->deleteLater();
    }
    m_check = new AccessCheck(m_session, this);
    connect(m_check, &AccessCheck::tokenFinished, this, &VerifyAccessDialog::tokenFinished);
    connect(m_check, &AccessCheck::probeFinished, this, [this](int row) {
        fillRow(row, m_check->probes().at(row));
        m_ui->resultsTable->resizeRowToContents(row);
    });
    connect(m_check, &AccessCheck::finished, this, &VerifyAccessDialog::finished);
    m_ui->banner->showInfo(tr("Getting a token for \"%1\"…").arg(m_subject.name));
    m_ui->tokenLabel->clear();
    m_ui->summaryLabel->clear();
    m_check->start(m_subject, secret);
    showPlan(m_check->probes());
    updateControls();
}

void VerifyAccessDialog::tokenFinished()
{
    if (!m_check || m_check->tokenError().isError())
        return;
    m_ui->banner->showInfo(tr("Trying the calls as \"%1\"…").arg(m_subject.name));
    m_ui->tokenLabel->setText(
            tr("Token for this check only (dropped afterwards): %1").arg(m_check->tokenIssuer()));
}

void VerifyAccessDialog::finished()
{
    updateControls();
    const AccessCheck *check = m_check;
    showPlan(check->probes());
    if (const ApiError error = check->tokenError(); error.isError()) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        qCInfo(lcAccessRules) << "verify access: no token:" << error.logString();
        QString text = error.userMessage();
        if (error.kind() == ApiError::Kind::Unauthorized
            || error.kind() == ApiError::Kind::Validation) {
            text = m_subject.kind == AccessCheck::SubjectKind::User
                           ? tr("The console refused the password of \"%1\".").arg(m_subject.name)
                           : tr("The console refused the client secret of \"%1\": it is wrong, "
                                "or it was regenerated since.")
                                     .arg(m_subject.name);
            if (!error.serverMessage().isEmpty())
                text += u' ' + tr("The server said: %1").arg(error.serverMessage());
        }
        m_ui->banner->showError(tr("No token, so nothing was checked. %1").arg(text));
        Q_EMIT checkFinished();
        return;
    }
    using O = AccessCheck::Outcome;
    m_ui->summaryLabel->setText(tr("Allowed: %1 · Denied: %2 · Not offered by this console: %3 · "
                                   "Failed: %4")
                                        .arg(check->count(O::Allowed))
                                        .arg(check->count(O::Denied))
                                        .arg(check->count(O::NotOffered))
                                        .arg(check->count(O::Failed)));
    if (check->count(O::Failed) > 0)
        m_ui->banner->showWarning(tr("Some calls failed for another reason than access (see "
                                     "the table): their result says nothing about the rules."));
    else if (check->count(O::Denied) > 0)
        m_ui->banner->showInfo(tr("\"%1\" was refused %n call(s). Each row says which access "
                                  "rule would grant it.",
                                  "", check->count(O::Denied))
                                       .arg(m_subject.name));
    else
        m_ui->banner->showSuccess(
                tr("\"%1\" may make every call this console offers here.").arg(m_subject.name));
    Q_EMIT checkFinished();
}

} // namespace runai
