// SPDX-License-Identifier: MIT
#pragma once

#include "core/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace runai {

class SecretField;

// The fields of one profile in the Profiles dialog: name, console URL (with the warning for plain
// http:// to a remote console), CA bundle (a file or pasted PEM), proxy (system, none, manual
// with user and password), remembered email and API generation, and the Save button. It shows a
// profile, gives the edited one back, and says what keeps it from being saved.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent);

    // `passwordStored`: the keychain holds the profile's proxy password (the field stays empty).
    void setProfile(const Profile &profile, bool passwordStored);
    // `base` (the stored profile, or a new one) with the form's values.
    Profile edited(Profile base) const;
    // Why `profile` (from edited()) cannot be saved, with the focus moved to the field at fault;
    // empty when it can.
    QString problem(const Profile &profile);
    // The typed proxy password went to the keychain (`saved`) or could not: the field empties
    // either way, and says so when it is kept.
    void proxyPasswordStored(bool saved);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
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
    QPushButton *saveButton() const { return m_save; }

private:
    void updateProxyFields();
    void browseCaFile();

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
    QPushButton *m_save = nullptr;
};

} // namespace runai
