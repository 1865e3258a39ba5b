// SPDX-License-Identifier: MIT
#pragma once

#include "core/Profile.h"
#include "gui/profiles/ProfileForm.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QMessageBox;
class QPushButton;

namespace runai {

class MessageBanner;
class ProfileController;

// Add, edit and delete console profiles (the fields of one are a ProfileForm); a manual proxy's
// password goes to the keychain. Deleting asks first and names what leaves the keychain.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileController *controller, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_form->nameEdit(); }
    QLineEdit *urlEdit() const { return m_form->urlEdit(); }
    // Under the URL: the warning for plain http:// to a remote console (hidden otherwise).
    QLabel *urlWarning() const { return m_form->urlWarning(); }
    QLineEdit *caPathEdit() const { return m_form->caPathEdit(); }
    QPlainTextEdit *caPemEdit() const { return m_form->caPemEdit(); }
    QComboBox *proxyCombo() const { return m_form->proxyCombo(); }
    QLineEdit *proxyHostEdit() const { return m_form->proxyHostEdit(); }
    QSpinBox *proxyPortSpin() const { return m_form->proxyPortSpin(); }
    QLineEdit *proxyUserEdit() const { return m_form->proxyUserEdit(); }
    SecretField *proxyPasswordField() const { return m_form->proxyPasswordField(); }
    QCheckBox *rememberEmailCheck() const { return m_form->rememberEmailCheck(); }
    QLineEdit *emailEdit() const { return m_form->emailEdit(); }
    QComboBox *apiGenerationCombo() const { return m_form->apiGenerationCombo(); }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_form->saveButton(); }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *useButton() const { return m_use; }
    MessageBanner *banner() const { return m_banner; }
    // The open delete confirmation, if any.
    QMessageBox *confirmation() const;
    bool isSaving() const { return m_saving; }

    void selectProfile(const QString &id);
    QString selectedId() const;

public Q_SLOTS:
    void newProfile();
    void save();
    void confirmDelete();
    void useSelected();

private:
    void reload();
    void showProfile(const Profile &profile);
    Profile formProfile() const;

    QPointer<ProfileController> m_controller;
    MessageBanner *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    ProfileForm *m_form = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_use = nullptr;
    QPointer<QMessageBox> m_confirm;
    QString m_editingId; // empty while a new profile is being written
    bool m_saving = false;
};

} // namespace runai
