// SPDX-License-Identifier: MIT
#include "gui/profiles/ProfilesDialog.h"

#include "api/ConnectionSettings.h"
#include "api/ConsoleCapabilities.h"
#include "core/ActivityRecorder.h"
#include "core/BoundedFile.h"
#include "core/InputValidation.h"
#include "core/PemBlocks.h"
#include "gui/profiles/ProfileController.h"
#include "gui/session/CleartextWarning.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "models/ProfileStore.h"
#include "secrets/KeychainBridge.h"
#include "secrets/ProfileSecrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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

ProfilesDialog::ProfilesDialog(ProfileController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"profilesDialog"_s);
    setWindowTitle(tr("Profiles"));
    resize(780, 560);

    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A profile is one console with its own address, certificates, "
                                "proxy and remembered email. Passwords and secrets stay in the "
                                "system keychain, shared by the profiles of the same console."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"profilesBanner"_s);
    outer->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(180);
    m_list->setMaximumWidth(240);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(u"newProfileButton"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteProfileButton"_s);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    columns->addLayout(left);

    auto *formHost = new QWidget(this);
    auto *form = new QFormLayout(formHost);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(formHost);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setPlaceholderText(tr("Production"));
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    m_url = new QLineEdit(formHost);
    m_url->setObjectName(u"profileUrlEdit"_s);
    m_url->setPlaceholderText(tr("https://console.example.com"));
    m_urlWarning = new QLabel(formHost);
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
    m_caPath = new QLineEdit(formHost);
    m_caPath->setObjectName(u"profileCaPathEdit"_s);
    m_caPath->setPlaceholderText(tr("Optional: a PEM file of CA certificates"));
    auto *browse = new QToolButton(formHost);
    browse->setObjectName(u"browseCaButton"_s);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose a CA bundle file"));
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(browse);
    form->addRow(buddyLabel(tr("CA &file:"), m_caPath), caRow);
    m_caPem = new QPlainTextEdit(formHost);
    m_caPem->setObjectName(u"profileCaPemEdit"_s);
    m_caPem->setPlaceholderText(tr("Or paste -----BEGIN CERTIFICATE----- … here"));
    m_caPem->setTabChangesFocus(true);
    m_caPem->setFixedHeight(m_caPem->fontMetrics().lineSpacing() * 4 + 12);
    m_caPem->setAccessibleName(tr("CA certificates (PEM)"));
    form->addRow(buddyLabel(tr("CA &PEM:"), m_caPem), m_caPem);

    m_proxy = new QComboBox(formHost);
    m_proxy->setObjectName(u"profileProxyCombo"_s);
    m_proxy->addItem(tr("System settings (honours HTTPS_PROXY / NO_PROXY)"),
                     int(Profile::Proxy::System));
    m_proxy->addItem(tr("No proxy (connect directly)"), int(Profile::Proxy::None));
    m_proxy->addItem(tr("Manual HTTP proxy"), int(Profile::Proxy::Manual));
    form->addRow(buddyLabel(tr("Pro&xy:"), m_proxy), m_proxy);
    auto *hostRow = new QHBoxLayout;
    m_proxyHost = new QLineEdit(formHost);
    m_proxyHost->setObjectName(u"proxyHostEdit"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(formHost);
    m_proxyPort->setObjectName(u"proxyPortSpin"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    hostRow->addWidget(m_proxyHost, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), formHost));
    hostRow->addWidget(m_proxyPort);
    form->addRow(buddyLabel(tr("Proxy &host:"), m_proxyHost), hostRow);
    m_proxyUser = new QLineEdit(formHost);
    m_proxyUser->setObjectName(u"proxyUserEdit"_s);
    m_proxyUser->setPlaceholderText(tr("Optional"));
    form->addRow(buddyLabel(tr("Proxy us&er:"), m_proxyUser), m_proxyUser);
    m_proxyPassword = new SecretField(formHost);
    m_proxyPassword->setObjectName(u"proxyPasswordField"_s);
    m_proxyPassword->setLabelText(tr("Proxy password"));
    m_proxyPassword->copyButton()->setVisible(false); // typed here, never needed elsewhere
    form->addRow(buddyLabel(tr("Proxy pass&word:"), m_proxyPassword), m_proxyPassword);

    m_rememberEmail = new QCheckBox(tr("Remember the email"), formHost);
    m_rememberEmail->setObjectName(u"profileRememberEmailCheck"_s);
    form->addRow(QString(), m_rememberEmail);
    m_email = new QLineEdit(formHost);
    m_email->setObjectName(u"profileEmailEdit"_s);
    m_email->setPlaceholderText(tr("admin@example.com"));
    form->addRow(buddyLabel(tr("E&mail:"), m_email), m_email);
    m_apiGeneration = new QComboBox(formHost);
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
    m_save = new QPushButton(tr("&Save"), formHost);
    m_save->setObjectName(u"saveProfileButton"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    // Keep the rows together at the top when the dialog is taller than the form.
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(formHost);
    formColumn->addStretch();
    columns->addLayout(formColumn, 1);
    outer->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_use = buttons->addButton(tr("Use this p&rofile"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(u"useProfileButton"_s);
    outer->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::useSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::confirmDelete);
    connect(browse, &QToolButton::clicked, this, &ProfilesDialog::browseCaFile);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateProxyFields);
    connect(m_rememberEmail, &QCheckBox::toggled, m_email, &QWidget::setEnabled);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_controller)
            return;
        showProfile(
                m_controller->store()->profile(m_list->item(row)->data(Qt::UserRole).toString()));
    });
    connect(controller, &ProfileController::profileDeleted, this,
            [this](const QString &name, int removed, const QString &failures) {
                if (!failures.isEmpty())
                    m_banner->showWarning(tr("Profile “%1” deleted, but some keychain entries "
                                             "could not be removed: %2")
                                                  .arg(name, failures));
                else
                    m_banner->showSuccess(tr("Profile “%1” deleted; keychain entries removed: %2.")
                                                  .arg(name)
                                                  .arg(removed));
            });
    connect(controller->store(), &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
    connect(controller->store(), &ProfileStore::activeChanged, this, &ProfilesDialog::reload);

    reload();
    selectProfile(controller->store()->activeId());
}

ProfilesDialog::~ProfilesDialog() = default;

QMessageBox *ProfilesDialog::confirmation() const
{
    return m_confirm;
}

QString ProfilesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::reload()
{
    if (!m_controller)
        return;
    const QString keep = m_editingId.isEmpty() ? selectedId() : m_editingId;
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QString active = m_controller->store()->activeId();
    for (const Profile &p : m_controller->store()->profiles()) {
        auto *item = new QListWidgetItem(p.id == active ? tr("%1 (active)").arg(p.name) : p.name,
                                         m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.consoleUrl);
        if (p.id == active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == keep)
            m_list->setCurrentRow(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
        showProfile(m_controller->store()->profile(selectedId()));
    }
    m_delete->setEnabled(m_list->count() > 1);
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            showProfile(m_controller->store()->profile(id));
        }
    }
}

void ProfilesDialog::showProfile(const Profile &profile)
{
    m_editingId = profile.id;
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
    const SecretKey key = ProfileSecrets::proxyPasswordKey(profile);
    const bool stored = m_controller && key.isValid() && m_controller->keychainKnows(key);
    m_proxyPassword->setPlaceholderText(stored ? tr("Saved in the keychain; type to replace")
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

void ProfilesDialog::updateProxyFields()
{
    const bool manual = m_proxy->currentData().toInt() == int(Profile::Proxy::Manual);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        w->setEnabled(manual);
}

void ProfilesDialog::newProfile()
{
    if (!m_controller)
        return;
    Profile fresh;
    fresh.name = m_controller->store()->unusedName(tr("New profile"));
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    showProfile(fresh);
    m_editingId.clear();
    m_banner->showInfo(tr("Fill in the new profile and press Save."));
    m_name->setFocus();
    m_name->selectAll();
}

Profile ProfilesDialog::formProfile() const
{
    Profile p;
    if (m_controller && !m_editingId.isEmpty())
        p = m_controller->store()->profile(m_editingId);
    p.id = m_editingId;
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

bool ProfilesDialog::validate(const Profile &p)
{
    if (!p.consoleUrl.isEmpty()) {
        const auto url = InputValidation::consoleUrl(p.consoleUrl);
        if (!url) {
            m_banner->showError(tr("The console URL is not valid: %1").arg(url.error()));
            m_url->setFocus();
            return false;
        }
    }
    if (!p.caBundlePath.isEmpty()) {
        // Read as it will be used: capped, and a FIFO or device refused without waiting on it.
        const auto read = BoundedFile::read(p.caBundlePath, ConnectionSettings::MaxCaBundleBytes);
        if (!read) {
            m_banner->showError(tr("The CA file cannot be used: %1").arg(read.error()));
            m_caPath->setFocus();
            return false;
        }
    }
    // A private key (or anything but certificates) pasted here would be saved with the profile:
    // refused, and left in the field for the user to remove.
    if (const QStringList other = PemBlocks::otherLabels(p.caBundlePem); !other.isEmpty()) {
        m_banner->showError(
                tr("The pasted CA PEM holds a %1 block. Only CERTIFICATE blocks belong here: "
                   "remove the rest (a private key is never saved with a profile).")
                        .arg(other.join(u", "_s)));
        m_caPem->setFocus();
        return false;
    }
    if (!p.caBundlePem.isEmpty()) {
        const auto certs = ConnectionSettings::parseCaBundle(p.caBundlePem);
        if (!certs) {
            m_banner->showError(
                    tr("The pasted CA certificates are not valid: %1").arg(certs.error()));
            m_caPem->setFocus();
            return false;
        }
    }
    if (p.proxy == Profile::Proxy::Manual && p.proxyHost.isEmpty()) {
        m_banner->showError(tr("Enter the proxy's host name, or choose another proxy setting."));
        m_proxyHost->setFocus();
        return false;
    }
    if (!m_proxyPassword->text().isEmpty()
        && (p.proxy != Profile::Proxy::Manual || p.proxyUser.isEmpty() || p.consoleUrl.isEmpty())) {
        m_banner->showError(tr("A proxy password needs a manual proxy, a proxy user and the "
                               "console URL (it is kept in the keychain under that console)."));
        m_proxyUser->setFocus();
        return false;
    }
    return true;
}

void ProfilesDialog::save()
{
    if (!m_controller || m_saving)
        return;
    // Read before saving: the list reloads on the store's signal and refills the form.
    const QString password = m_proxyPassword->text();
    const Profile p = formProfile();
    if (!validate(p))
        return;
    const bool created = p.id.isEmpty();
    QString error;
    QString id;
    if (!m_controller->store()->save(p, &error, &id)) {
        m_banner->showError(error);
        m_name->setFocus();
        return;
    }
    m_editingId = id;
    ActivityRecorder::record(created ? tr("Create profile") : tr("Update profile"), p.name,
                             ActivityEntry::Outcome::Succeeded);
    reload();
    selectProfile(id);
    if (password.isEmpty()) {
        m_banner->showSuccess(tr("Profile “%1” saved.").arg(p.name));
        return;
    }
    Profile saved = m_controller->store()->profile(id);
    m_saving = true;
    m_save->setEnabled(false);
    m_controller->saveProxyPassword(
            saved, password,
            [this, guard = QPointer<ProfilesDialog>(this), saved](const QString &e) {
                if (!guard)
                    return;
                m_saving = false;
                m_save->setEnabled(true);
                m_proxyPassword->clear();
                if (e.isEmpty()) {
                    m_proxyPassword->setPlaceholderText(
                            tr("Saved in the keychain; type to replace"));
                    m_banner->showSuccess(tr("Profile “%1” saved; its proxy password is in the "
                                             "system keychain.")
                                                  .arg(saved.name));
                } else {
                    m_banner->showError(tr("Profile “%1” saved, but the proxy password could "
                                           "not be stored: %2")
                                                .arg(saved.name, e));
                }
            });
}

void ProfilesDialog::confirmDelete()
{
    if (!m_controller || m_confirm)
        return;
    const Profile p = m_controller->store()->profile(selectedId());
    if (!p.isValid())
        return;
    const QList<Profile> sharing = ProfileSecrets::sharingConsole(
            p, m_controller->store()->profiles());
    const int secrets = int(m_controller->keysOf(p).size());
    QString detail;
    if (!sharing.isEmpty())
        detail = tr("Its console's saved passwords and secrets stay in the keychain, because "
                    "profile “%1” uses the same console.")
                         .arg(sharing.first().name);
    else if (secrets > 0)
        detail = tr("The saved passwords and secrets of %1 (%2 in all) will be removed from the "
                    "system keychain.")
                         .arg(p.consoleUrl)
                         .arg(secrets);
    else
        detail = tr("No password or secret of this profile is in the keychain.");

    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("Delete the profile “%1”?").arg(p.name), QMessageBox::Cancel,
                                this);
    m_confirm->setObjectName(u"deleteProfileConfirmation"_s);
    m_confirm->setInformativeText(detail);
    QPushButton *remove = m_confirm->addButton(tr("Delete profile"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this,
            [this, box = m_confirm.data(), remove, id = p.id] {
                // The box deletes itself later; a new confirmation may open right away.
                m_confirm.clear();
                if (box->clickedButton() == remove && m_controller) {
                    m_editingId.clear();
                    m_controller->deleteProfile(id);
                }
            });
    m_confirm->open();
}

void ProfilesDialog::useSelected()
{
    if (!m_controller)
        return;
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_banner->showError(tr("Save the profile first."));
        return;
    }
    m_controller->store()->setActive(id);
    accept();
}

void ProfilesDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CA bundle"), m_caPath->text(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_caPath, &QLineEdit::setText);
    dialog->open();
}

} // namespace runai
