// SPDX-License-Identifier: MIT
#pragma once

#include "core/AccessKey.h"

#include <QObject>
#include <QPointer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace runai {

class AccessKeyTable;
class AccessKeysModel;
class ApiJob;
class MessageBanner;
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

    // The widgets of the section, which the page's form lays out; the section owns their
    // behaviour, the page only places them.
    struct Widgets
    {
        QGroupBox *group;
        QLabel *note; // why the section is hidden, when it is for lack of rights
        QLineEdit *createdBy;
        QLineEdit *clientId;
        QPushButton *search;
        QPushButton *remove;
        QTableView *table;
        MessageBanner *banner; // the page's
    };

    // Questions open over `page`, which also owns the section.
    AccessKeysAdminSection(const Widgets &widgets, QWidget *page);
    ~AccessKeysAdminSection() override;

    void setSession(Session *session);
    AccessKeysModel *model() const;
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

    Widgets m_widgets;
    QWidget *m_page;
    AccessKeyTable *m_table = nullptr;
    QPointer<Session> m_session;
    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_deleteJob;
    State m_state = State::Unknown;
};

} // namespace runai
