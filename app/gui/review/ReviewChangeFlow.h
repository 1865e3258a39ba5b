// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccessReviewChanges.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace runai {

class AccessReviewModel;
class MessageBanner;
class Session;

// Disable and Delete on the review's selection. ONE confirmation lists exactly what will go (or
// be disabled) and what stops working; what the API cannot do is said, never faked: Run:ai has
// no disable for users and access keys, so Disable leaves them out and says so. The identity the
// session is signed in as is never touched. The changes run through AccessReviewChanges; each
// outcome goes to the activity log, the table follows what the console did, and the banner
// sums up (with every failure's own message).
class ReviewChangeFlow : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QTableView *table = nullptr; // its model is a proxy of `model`
        QPushButton *disableButton = nullptr;
        QPushButton *deleteButton = nullptr;
        QLabel *noteLabel = nullptr; // shown while the selection holds what cannot be disabled
        MessageBanner *banner = nullptr;
    };
    ReviewChangeFlow(const Parts &parts, AccessReviewModel *model, QWidget *page);

    void setSession(Session *session);
    void setBusy(bool loading); // no change while the review loads
    bool isRunning() const { return m_changes && m_changes->isRunning(); }

    int selectedCount() const;
    ReviewEntryList selectedEntries() const;

    void disableSelected();
    void deleteSelected();

    // The confirmation's text for `entries` (those the action applies to) and, when the list is
    // long, every name for the dialog's details. `leftOut` names what the selection had that
    // the action leaves alone, with why.
    static QString confirmationText(AccessReviewChanges::Action action,
                                    const ReviewEntryList &entries, const QStringList &leftOut,
                                    QString *details);

Q_SIGNALS:
    void selectionChanged();
    void finished();

private:
    void ask(AccessReviewChanges::Action action);
    void run(AccessReviewChanges::Action action, const ReviewEntryList &entries);
    void entryDone(const AccessReviewChanges::Outcome &outcome);
    void allDone(const QList<AccessReviewChanges::Outcome> &outcomes);
    void updateButtons();
    bool isSelf(const ReviewEntry &entry) const;

    Parts m_parts;
    AccessReviewModel *m_model;
    QWidget *m_page;
    QPointer<Session> m_session;
    QPointer<AccessReviewChanges> m_changes;
    AccessReviewChanges::Action m_action = AccessReviewChanges::Action::Delete;
    ReviewEntryList m_removed; // deleted on the console, still in the table
    bool m_busy = false;
};

} // namespace runai
