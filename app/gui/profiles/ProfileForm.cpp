// SPDX-License-Identifier: MIT
#include "gui/profiles/ProfileForm.h"

#include "api/ConnectionSettings.h"
#include "api/ConsoleCapabilities.h"
#include "core/BoundedFile.h"
#include "core/InputValidation.h"
#include "core/PemBlocks.h"
#include "gui/session/CleartextWarning.h"
#include "gui/widgets/SecretField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setPlaceholderText(tr("Production"));
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"profileUrlEdit"_s);
    m_url->setPlaceholderText(tr("https://console.example.com"));
    m_urlWarning = new QLabel(this);
    m_urlWarning->setObjectName(u"profileUrlWarning"_s);
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setVisible(false);
    auto *urlColumn = new QVBoxLayout; // the warning sits right under the field it is about
    urlColumn->setContentsMargins(0, 0, 0, 0);
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlWarning);
    form->addRow(buddyLabel(tr("Console &URL:"), m_url), urlColumn);
    connect(m_url, &QLineEdit::textChanged, this,
            [this](const QString &text) { CleartextWarning::showFor(m_urlWarning, text); });

    auto *caRow = new QHBoxLayout;
    m_caPath = new QLineEdit(this);
    m_caPath->setObjectName(u"profileCaPathEdit"_s);
    m_caPath->setPlaceholderText(tr("Optional: a PEM file of CA certificates"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(u"browseCaButton"_s);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose a CA bundle file"));
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(browse);
    form->addRow(buddyLabel(tr("CA &file:"), m_caPath), caRow);
    m_caPem = new QPlainTextEdit(this);
    m_caPem->setObjectName(u"profileCaPemEdit"_s);
    m_caPem->setPlaceholderText(tr("Or paste -----BEGIN CERTIFICATE----- … here"));
    m_caPem->setTabChangesFocus(true);
    m_caPem->setFixedHeight(m_caPem->fontMetrics().lineSpacing() * 4 + 12);
    m_caPem->setAccessibleName(tr("CA certificates (PEM)"));
    form->addRow(buddyLabel(tr("CA &PEM:"), m_caPem), m_caPem);

    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(u"profileProxyCombo"_s);
    m_proxy->addItem(tr("System settings (honours HTTPS_PROXY / NO_PROXY)"),
                     int(Profile::Proxy::System));
    m_proxy->addItem(tr("No proxy (connect directly)"), int(Profile::Proxy::None));
    m_proxy->addItem(tr("Manual HTTP proxy"), int(Profile::Proxy::Manual));
    form->addRow(buddyLabel(tr("Pro&xy:"), m_proxy), m_proxy);
    auto *hostRow = new QHBoxLayout;
    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(u"proxyHostEdit"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setObjectName(u"proxyPortSpin"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    hostRow->addWidget(m_proxyHost, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_proxyPort);
    form->addRow(buddyLabel(tr("Proxy &host:"), m_proxyHost), hostRow);
    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(u"proxyUserEdit"_s);
    m_proxyUser->setPlaceholderText(tr("Optional"));
    form->addRow(buddyLabel(tr("Proxy us&er:"), m_proxyUser), m_proxyUser);
    m_proxyPassword = new SecretField(this);
    m_proxyPassword->setObjectName(u"proxyPasswordField"_s);
    m_proxyPassword->setLabelText(tr("Proxy password"));
    m_proxyPassword->copyButton()->setVisible(false); // typed here, never needed elsewhere
    form->addRow(buddyLabel(tr("Proxy pass&word:"), m_proxyPassword), m_proxyPassword);

    m_rememberEmail = new QCheckBox(tr("Remember the email"), this);
    m_rememberEmail->setObjectName(u"profileRememberEmailCheck"_s);
    form->addRow(QString(), m_rememberEmail);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"profileEmailEdit"_s);
    m_email->setPlaceholderText(tr("admin@example.com"));
    form->addRow(buddyLabel(tr("E&mail:"), m_email), m_email);
    m_apiGeneration = new QComboBox(this);
    m_apiGeneration->setObjectName(u"apiGenerationCombo"_s);
    m_apiGeneration->addItem(tr("Detect automatically"), QString());
    for (auto g : {ConsoleCapabilities::Generation::V218, ConsoleCapabilities::Generation::V220,
                   ConsoleCapabilities::Generation::V224, ConsoleCapabilities::Generation::V300})
        m_apiGeneration->addItem(tr("Run:ai %1").arg(ConsoleCapabilities::generationName(g)),
                                 ConsoleCapabilities::generationKey(g));
    m_apiGeneration->setToolTip(
            tr("Which Run:ai API the console speaks. Detected after each sign-in by asking which "
               "endpoints exist; pin a generation only when detection goes wrong, for example "
               "behind a gateway that answers every path."));
    form->addRow(buddyLabel(tr("&API generation:"), m_apiGeneration), m_apiGeneration);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveProfileButton"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    connect(browse, &QToolButton::clicked, this, &ProfileForm::browseCaFile);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &ProfileForm::updateProxyFields);
    connect(m_rememberEmail, &QCheckBox::toggled, m_email, &QWidget::setEnabled);
}

void ProfileForm::setProfile(const Profile &profile, bool passwordStored)
{
    m_name->setText(profile.name);
    m_url->setText(profile.consoleUrl);
    m_caPath->setText(profile.caBundlePath);
    m_caPem->setPlainText(QString::fromUtf8(profile.caBundlePem));
    m_proxy->setCurrentIndex(m_proxy->findData(int(profile.proxy)));
    m_proxyHost->setText(profile.proxyHost);
    if (profile.proxyPort > 0)
        m_proxyPort->setValue(profile.proxyPort);
    m_proxyUser->setText(profile.proxyUser);
    m_proxyPassword->clear();
    m_proxyPassword->setPlaceholderText(passwordStored
                                                ? tr("Saved in the keychain; type to replace")
                                                : tr("Optional; kept in the system keychain"));
    m_rememberEmail->setChecked(profile.rememberEmail);
    m_email->setText(profile.email);
    m_email->setEnabled(profile.rememberEmail);
    m_apiGeneration->setCurrentIndex(std::max(0, m_apiGeneration->findData(profile.apiGeneration)));
    // Say what detection found last time, for the console the cache belongs to.
    const auto cached = ConsoleCapabilities::fromSettingsString(profile.capabilitiesCache);
    m_apiGeneration->setItemText(
            0, cached.generation() == ConsoleCapabilities::Generation::Unknown
                       ? tr("Detect automatically")
                       : tr("Detect automatically (last found: Run:ai %1)")
                                 .arg(ConsoleCapabilities::generationName(cached.generation())));
    updateProxyFields();
}

void ProfileForm::updateProxyFields()
{
    const bool manual = m_proxy->currentData().toInt() == int(Profile::Proxy::Manual);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        w->setEnabled(manual);
}

Profile ProfileForm::edited(Profile p) const
{
    p.name = m_name->text().trimmed();
    p.consoleUrl = m_url->text().trimmed();
    p.caBundlePath = m_caPath->text().trimmed();
    p.caBundlePem = m_caPem->toPlainText().trimmed().toUtf8();
    if (!p.caBundlePem.isEmpty())
        p.caBundlePem += '\n';
    p.proxy = Profile::Proxy(m_proxy->currentData().toInt());
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = quint16(m_proxyPort->value());
    p.proxyUser = m_proxyUser->text().trimmed();
    p.rememberEmail = m_rememberEmail->isChecked();
    p.email = p.rememberEmail ? m_email->text().trimmed() : QString();
    p.apiGeneration = m_apiGeneration->currentData().toString();
    return p;
}

QString ProfileForm::problem(const Profile &p)
{
    if (!p.consoleUrl.isEmpty()) {
        const auto url = InputValidation::consoleUrl(p.consoleUrl);
        if (!url) {
            m_url->setFocus();
            return tr("The console URL is not valid: %1").arg(url.error());
        }
    }
    if (!p.caBundlePath.isEmpty()) {
        // Read as it will be used: capped, and a FIFO or device refused without waiting on it.
        const auto read = BoundedFile::read(p.caBundlePath, ConnectionSettings::MaxCaBundleBytes);
        if (!read) {
            m_caPath->setFocus();
            return tr("The CA file cannot be used: %1").arg(read.error());
        }
    }
    // A private key (or anything but certificates) pasted here would be saved with the profile:
    // refused, and left in the field for the user to remove.
    if (const QStringList other = PemBlocks::otherLabels(p.caBundlePem); !other.isEmpty()) {
        m_caPem->setFocus();
        return tr("The pasted CA PEM holds a %1 block. Only CERTIFICATE blocks belong here: "
                  "remove the rest (a private key is never saved with a profile).")
                .arg(other.join(u", "_s));
    }
    if (!p.caBundlePem.isEmpty()) {
        const auto certs = ConnectionSettings::parseCaBundle(p.caBundlePem);
        if (!certs) {
            m_caPem->setFocus();
            return tr("The pasted CA certificates are not valid: %1").arg(certs.error());
        }
    }
    if (p.proxy == Profile::Proxy::Manual && p.proxyHost.isEmpty()) {
        m_proxyHost->setFocus();
        return tr("Enter the proxy's host name, or choose another proxy setting.");
    }
    if (!m_proxyPassword->text().isEmpty()
        && (p.proxy != Profile::Proxy::Manual || p.proxyUser.isEmpty() || p.consoleUrl.isEmpty())) {
        m_proxyUser->setFocus();
        return tr("A proxy password needs a manual proxy, a proxy user and the "
                  "console URL (it is kept in the keychain under that console).");
    }
    return {};
}

void ProfileForm::proxyPasswordStored(bool saved)
{
    m_proxyPassword->clear();
    if (saved)
        m_proxyPassword->setPlaceholderText(tr("Saved in the keychain; type to replace"));
}

void ProfileForm::browseCaFile()
{
    auto *dialog = new QFileDialog(window(), tr("Choose a CA bundle"), m_caPath->text(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_caPath, &QLineEdit::setText);
    dialog->open();
}

} // namespace runai
