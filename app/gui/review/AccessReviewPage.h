// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccessReviewLoader.h"
#include "core/ReviewReport.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class AccessReviewPage;
}

namespace runai {

class AccessReviewFilterModel;
class AccessReviewModel;
class KeychainBridge;
class MessageBanner;
class ReviewChangeFlow;
class ReviewExportFlow;
class Session;

// Issue 15: the access review. One table of every identity the console has (users, applications
// or service accounts, every user's access keys) with who made it and when, its last login,
// whether it is enabled, whether this program keeps its secret, its access rules, and the flags a
// reviewer filters on. Loads on first show (and on Load review / F5), page by page with progress
// and Stop; "N days" is remembered. Disable / Delete of the selection (ReviewChangeFlow) and the
// CSV / HTML exports (ReviewExportFlow) are classes of their own.
class AccessReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccessReviewPage(KeychainBridge *keychain, QWidget *parent = nullptr);
    ~AccessReviewPage() override;

    void setSession(Session *session);
    Session *session() const { return m_session; }

    void load();
    void stop();
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }

    AccessReviewModel *model() const { return m_model; }
    AccessReviewFilterModel *proxy() const { return m_proxy; }
    MessageBanner *banner() const;
    ReviewChangeFlow *changes() const { return m_changes; }
    ReviewExportFlow *exports() const { return m_exports; }
    // What an export writes: the rows as filtered now, with the review's date, console and
    // reviewer. No secret can be in it (a ReviewEntry has none).
    ReviewSnapshot snapshot() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sizeColumns();
    void applyFilter();
    void staleDaysEdited();
    void loaderProgress(AccessReviewLoader::Stage stage, qint64 loaded, qint64 total);
    void loadFinished(const ApiError &error);
    void setLoading(bool loading);
    void updateSummary();
    void recountFlagged();
    void updatePlaceholder();
    AccessReviewLoader::HeldSecrets heldSecrets() const;

    std::unique_ptr<Ui::AccessReviewPage> m_ui;
    QPointer<KeychainBridge> m_keychain;
    QPointer<Session> m_session;
    AccessReviewModel *m_model = nullptr;
    AccessReviewFilterModel *m_proxy = nullptr;
    AccessReviewLoader *m_loader = nullptr;
    ReviewChangeFlow *m_changes = nullptr;
    ReviewExportFlow *m_exports = nullptr;
    QTimer m_staleDaysTimer; // N days applied once the user stops typing
    QTimer m_summaryTimer; // the counts of a long table, at most a few times a second
    QStringList m_notes; // what the last load could not see
    QDateTime m_loadedAt;
    bool m_loaded = false; // a load ran for this session
    bool m_complete = false;
    int m_flagged = -1; // identities with any flag; -1 while counted
    int m_flaggedGeneration = 0;
};

} // namespace runai
