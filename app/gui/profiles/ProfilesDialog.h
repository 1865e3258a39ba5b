// SPDX-License-Identifier: MIT
#pragma once

#include "core/Profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace runai {

class MessageBanner;
class ProfileController;
class SecretField;

// Add, edit and delete console profiles: name, console URL, CA bundle (a file or pasted PEM),
// proxy (system, none, manual with user and a password kept in the keychain) and the
// remembered email. Deleting asks first and names what leaves the keychain.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileController *controller, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    // Under the URL: the warning for plain http:// to a remote console (hidden otherwise).
    QLabel *urlWarning() const { return m_urlWarning; }
    QLineEdit *caPathEdit() const { return m_caPath; }
    QPlainTextEdit *caPemEdit() const { return m_caPem; }
    QComboBox *proxyCombo() const { return m_proxy; }
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QSpinBox *proxyPortSpin() const { return m_proxyPort; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    SecretField *proxyPasswordField() const { return m_proxyPassword; }
    QCheckBox *rememberEmailCheck() const { return m_rememberEmail; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *apiGenerationCombo() const { return m_apiGeneration; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
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
    void updateProxyFields();
    Profile formProfile() const;
    bool validate(const Profile &profile);
    void browseCaFile();

    QPointer<ProfileController> m_controller;
    MessageBanner *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlWarning = nullptr;
    QLineEdit *m_caPath = nullptr;
    QPlainTextEdit *m_caPem = nullptr;
    QComboBox *m_proxy = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    SecretField *m_proxyPassword = nullptr;
    QCheckBox *m_rememberEmail = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_apiGeneration = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_use = nullptr;
    QPointer<QMessageBox> m_confirm;
    QString m_editingId; // empty while a new profile is being written
    bool m_saving = false;
};

} // namespace runai
