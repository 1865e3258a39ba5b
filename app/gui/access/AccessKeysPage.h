// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h" // QPointer<ApiJob> in an inline accessor needs the full type
#include "core/AccessKey.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AccessKeysPage;
}

namespace runai {

class AccessKeyCreateRecovery;
class AccessKeySecrets;
class AccessKeyTable;
class AccessKeysAdminSection;
class AccessKeysModel;
class ApiJob;
class KeychainBridge;
class MessageBanner;
class Session;

// The signed-in user's access keys (CP 2.24+): create one (its secret shown once and kept in the
// keychain), get a token with it, regenerate its secret, export it, delete it; and, for System
// administrators, every user's keys (AccessKeysAdminSection). On a console without access keys
// (404) the page says so instead of showing empty tables. One change runs at a time.
class AccessKeysPage : public QWidget
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Absent };

    explicit AccessKeysPage(KeychainBridge *keychain, QWidget *parent = nullptr);
    ~AccessKeysPage() override;

    // nullptr when signed out. The window hands a session only when a user is signed in.
    void setSession(Session *session);
    Session *session() const { return m_session; }

    MessageBanner *banner() const;
    AccessKeysModel *model() const { return m_model; }
    AccessKeysAdminSection *administration() const { return m_admin; }
    Availability availability() const { return m_availability; }
    bool isLoading() const { return m_listJob; }
    bool isBusy() const;
    QString consoleKey() const;
    // The selected own key (empty id when none).
    AccessKey selectedKey() const;

public Q_SLOTS:
    void refresh();
    void createKey();
    void getToken();
    void regenerateSecret();
    void exportCredentials();
    void deleteKey();

private:
    void validateName();
    void listFinished(ApiJob *job);
    void showPlaceholder(const QString &text);
    void updateActions();
    void updateStoredSecrets();
    void startJob(ApiJob *job);
    void createFinished(ApiJob *job, const QString &name);
    void regenerateFinished(ApiJob *job, const AccessKey &key);
    void deleteFinished(ApiJob *job, const AccessKey &key);
    void requestToken(const AccessKey &key, const QString &secret);

    std::unique_ptr<Ui::AccessKeysPage> m_ui;
    AccessKeySecrets *m_secrets = nullptr;
    QPointer<Session> m_session;
    AccessKeyTable *m_table = nullptr;
    AccessKeysModel *m_model = nullptr; // m_table's
    AccessKeysAdminSection *m_admin = nullptr;
    // Lost answers to a create: never sent again blindly (AccessKeyCreateRecovery).
    AccessKeyCreateRecovery *m_recovery = nullptr;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_job; // one change (create, regenerate, delete, token) at a time
    // When the last create was sent and its answer came (this machine's clock): only a key the
    // console made in between can be that create's.
    QDateTime m_createSentAt;
    QDateTime m_createAnsweredAt;
    Availability m_availability = Availability::Unknown;
};

} // namespace runai
