// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QObject>
#include <QPointer>

class QSortFilterProxyModel;

namespace runai {

class AccessKeysModel;
class AccessKeysPage;
class ApiJob;
class Session;

// "All users' access keys" on the Access keys page, for System administrators: the console
// filters by creator or client ID (query parameters), and a key of any user can be deleted after
// a confirmation that names its owner. A 403 hides the section with a note; a 404 hides it
// silently (the page already says the console has no access keys).
class AccessKeysAdminSection : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Shown, Forbidden, Absent };

    explicit AccessKeysAdminSection(AccessKeysPage *page);
    ~AccessKeysAdminSection() override;

    void setSession(Session *session);
    AccessKeysModel *model() const { return m_model; }
    State state() const { return m_state; }
    bool isLoading() const { return m_listJob; }
    AccessKey selectedKey() const;

public Q_SLOTS:
    // Lists with the filter fields' values.
    void search();
    void deleteSelected();

Q_SIGNALS:
    // A key was deleted here (it may have been one of the signed-in user's own).
    void keyDeleted(const runai::AccessKey &key);

private:
    void listFinished(ApiJob *job);
    void deleteFinished(ApiJob *job, const AccessKey &key);
    void setState(State state);
    void updateActions();

    AccessKeysPage *m_page;
    QPointer<Session> m_session;
    AccessKeysModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_deleteJob;
    State m_state = State::Unknown;
};

} // namespace runai
