// SPDX-License-Identifier: MIT
#include "gui/profiles/ProfilesDialog.h"

#include "core/ActivityRecorder.h"
#include "gui/profiles/ProfileController.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/SecretField.h"
#include "models/ProfileStore.h"
#include "secrets/KeychainBridge.h"
#include "secrets/ProfileSecrets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace runai {

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

    m_form = new ProfileForm(this);
    // Keep the rows together at the top when the dialog is taller than the form.
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_form);
    formColumn->addStretch();
    columns->addLayout(formColumn, 1);
    outer->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_use = buttons->addButton(tr("Use this p&rofile"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(u"useProfileButton"_s);
    outer->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form->saveButton(), &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::useSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::confirmDelete);
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
    const SecretKey key = ProfileSecrets::proxyPasswordKey(profile);
    m_form->setProfile(profile, m_controller && key.isValid() && m_controller->keychainKnows(key));
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
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

Profile ProfilesDialog::formProfile() const
{
    Profile p;
    if (m_controller && !m_editingId.isEmpty())
        p = m_controller->store()->profile(m_editingId);
    p.id = m_editingId;
    return m_form->edited(p);
}

void ProfilesDialog::save()
{
    if (!m_controller || m_saving)
        return;
    // Read before saving: the list reloads on the store's signal and refills the form.
    const QString password = m_form->proxyPasswordField()->text();
    const Profile p = formProfile();
    if (const QString problem = m_form->problem(p); !problem.isEmpty()) {
        m_banner->showError(problem);
        return;
    }
    const bool created = p.id.isEmpty();
    QString error;
    QString id;
    if (!m_controller->store()->save(p, &error, &id)) {
        m_banner->showError(error);
        m_form->nameEdit()->setFocus();
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
    m_form->saveButton()->setEnabled(false);
    m_controller->saveProxyPassword(
            saved, password,
            [this, guard = QPointer<ProfilesDialog>(this), saved](const QString &e) {
                if (!guard)
                    return;
                m_saving = false;
                m_form->saveButton()->setEnabled(true);
                m_form->proxyPasswordStored(e.isEmpty());
                if (e.isEmpty()) {
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

} // namespace runai
