// SPDX-License-Identifier: MIT
#include "api/AccessReviewLoader.h"

#include "api/RunaiClient.h"
#include "api/UserListLoader.h"
#include "core/LogCategories.h"
#include "core/RunInPool.h"

#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace runai {

using Feature = ConsoleCapabilities::Feature;

namespace {
constexpr int kRulePage = 500; // the most the console gives in one page

// An access key's tokens carry its owner's roles: the owner's rules, marked as such.
ReviewRuleList asOwner(ReviewRuleList rules, const QString &owner)
{
    for (ReviewRule &rule : rules) {
        if (rule.via == ReviewRule::Via::Direct) {
            rule.via = ReviewRule::Via::Owner;
            rule.viaName = owner;
        }
    }
    return rules;
}
} // namespace

AccessReviewLoader::AccessReviewLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(0);
    connect(&m_releaseTimer, &QTimer::timeout, this, &AccessReviewLoader::releasePage);
}

AccessReviewLoader::~AccessReviewLoader()
{
    if (m_job) {
        m_job->disconnect(this);
        delete m_job.data(); // a running job aborts silently when deleted
    }
}

void AccessReviewLoader::start()
{
    if (isRunning())
        return;
    m_rules.clear();
    m_ownerRules.clear();
    m_notes.clear();
    m_index = {};
    if (!m_session) {
        setStage(Stage::Rules);
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    setStage(Stage::Rules);
    loadRulePage(0);
}

void AccessReviewLoader::cancel()
{
    if (!isRunning())
        return;
    if (m_job) {
        m_job->disconnect(this);
        delete m_job.data();
    }
    if (m_users) {
        m_users->disconnect(this);
        m_users->cancel();
    }
    finish(ApiError(ApiError::Kind::Cancelled));
}

void AccessReviewLoader::setStage(Stage stage)
{
    m_stage = stage;
    if (stage != Stage::Idle)
        Q_EMIT progress(stage, 0, -1);
}

void AccessReviewLoader::finish(const ApiError &error)
{
    ++m_run; // pages still being converted are dropped
    if (m_users) {
        m_users->deleteLater();
        m_users = nullptr;
    }
    m_stage = Stage::Idle;
    m_rules.clear();
    m_ownerRules.clear();
    m_ready.clear();
    m_releaseTimer.stop();
    Q_EMIT finished(error);
}

bool AccessReviewLoader::skippable(const ApiError &error, const QString &note)
{
    if (error.kind() == ApiError::Kind::NotFound)
        return true; // this console has no such list
    if (error.kind() == ApiError::Kind::Forbidden) {
        m_notes.append(note);
        return true;
    }
    return false;
}

void AccessReviewLoader::loadRulePage(int offset)
{
    AccessRuleQuery query;
    query.offset = offset;
    query.limit = kRulePage;
    auto *job = RunaiClient(m_session).listAccessRules(query);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, offset](ApiJob *j) {
        if (!j->succeeded()) {
            if (!skippable(j->error(), tr("Access rules: this identity may not list them, so "
                                          "no identity shows its rules.")))
                return finish(j->error());
            return loadApplications();
        }
        const AccessRulePage &page = static_cast<AccessRulePageJob *>(j)->result();
        m_rules += page.accessRules;
        const int read = offset + int(page.accessRules.size());
        Q_EMIT progress(Stage::Rules, read, page.totalRecords);
        // A short page ends the list, as does reaching the announced total; an empty page too
        // (a console that miscounts cannot keep us reading for ever).
        if (page.accessRules.size() < kRulePage || read >= page.totalRecords)
            return loadApplications();
        loadRulePage(read);
    });
    job->start();
}

void AccessReviewLoader::loadApplications()
{
    m_index = ReviewRuleIndex(m_rules);
    m_rules.clear();
    const ConsoleCapabilities caps = m_session->capabilities();
    if (caps.lacks(Feature::Apps) && caps.lacks(Feature::ServiceAccounts))
        return loadUsers();
    setStage(Stage::Applications);
    auto *job = RunaiClient(m_session).listApplications();
    m_job = job;
    const bool serviceAccounts = m_session->applicationsApi()
                                 == Session::ApplicationsApi::ServiceAccounts;
    connect(job, &ApiJob::finished, this, [this, serviceAccounts](ApiJob *j) {
        if (!j->succeeded()) {
            if (!skippable(j->error(), tr("Applications and service accounts: this identity "
                                          "may not list them.")))
                return finish(j->error());
            return loadUsers();
        }
        const ApplicationList &apps = static_cast<ApplicationListJob *>(j)->result();
        ReviewEntryList entries;
        entries.reserve(apps.size());
        for (const Application &app : apps) {
            ReviewEntry e;
            e.type = serviceAccounts ? ReviewEntry::Type::ServiceAccount
                                     : ReviewEntry::Type::Application;
            e.id = app.id;
            e.name = app.name;
            e.clientId = app.clientId;
            e.createdBy = app.createdBy;
            e.createdAt = app.createdAt;
            e.lastLogin = app.lastLogin;
            e.enabled = app.enabled;
            e.secretHeld = m_held.applicationClientIds.contains(app.clientId);
            e.rules = m_index.forApplication(app.id, app.name, app.clientId, serviceAccounts);
            entries.append(std::move(e));
        }
        Q_EMIT progress(Stage::Applications, entries.size(), entries.size());
        if (!entries.isEmpty())
            Q_EMIT entriesLoaded(entries);
        loadUsers();
    });
    job->start();
}

void AccessReviewLoader::loadUsers()
{
    setStage(Stage::Users);
    m_usersDone = false;
    m_converting = 0;
    m_users = new UserListLoader(m_session, this);
    m_users->setMaxUsers(m_maxUsers);
    connect(m_users, &UserListLoader::pageLoaded, this, &AccessReviewLoader::usersPage);
    connect(m_users, &UserListLoader::progress, this,
            [this](qint64 loaded, qint64 total) { Q_EMIT progress(Stage::Users, loaded, total); });
    connect(m_users, &UserListLoader::finished, this, [this](const ApiError &error) {
        if (!m_users->limitMessage().isEmpty())
            m_notes.append(m_users->limitMessage());
        m_users->deleteLater();
        m_users = nullptr;
        if (error.isError() && !skippable(error, tr("Users: this identity may not list them.")))
            return finish(error);
        m_usersDone = true;
        if (m_converting == 0) // else the last page's conversion goes on
            loadAccessKeys();
    });
    m_users->start();
}

namespace {
// One page of users as review rows, made on a pool thread: resolving 500 users' rules costs a few
// milliseconds that the window's repaints should not wait for. Values in, values out: the index
// and the held e-mails are implicitly shared copies nobody writes to while users load.
struct ConvertedPage
{
    ReviewEntryList entries;
    QHash<QString, ReviewRuleList> ownerRules; // users with rules of their own (for their keys)
};

ConvertedPage convertUsers(const UserList &users, const ReviewRuleIndex &index,
                           const QSet<QString> &heldEmails)
{
    ConvertedPage page;
    page.entries.reserve(users.size());
    for (const User &user : users) {
        ReviewEntry e;
        e.type = ReviewEntry::Type::User;
        e.id = user.id;
        e.name = user.username;
        e.createdBy = user.createdBy;
        e.createdAt = user.createdAt;
        e.lastLogin = user.lastLogin;
        e.secretHeld = heldEmails.contains(user.username);
        e.rules = index.forUser(user.id, user.username, user.groups);
        for (const ReviewRule &rule : std::as_const(e.rules)) {
            if (rule.via != ReviewRule::Via::Everyone) {
                page.ownerRules.insert(user.username.toLower(), e.rules);
                break;
            }
        }
        page.entries.append(std::move(e));
    }
    return page;
}
} // namespace

void AccessReviewLoader::usersPage(const UserList &users)
{
    ++m_converting;
    auto *watcher = new QFutureWatcher<ConvertedPage>(this);
    const int run = m_run;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_run)
            return; // cancelled or restarted meanwhile
        ConvertedPage page = watcher->future().takeResult();
        m_ownerRules.insert(page.ownerRules);
        m_ready.append(std::move(page.entries));
        if (!m_releaseTimer.isActive())
            m_releaseTimer.start();
    });
    watcher->setFuture(runInPool<ConvertedPage>([users, index = m_index, held = m_held.userEmails] {
        return convertUsers(users, index, held);
    }));
}

void AccessReviewLoader::releasePage()
{
    if (m_ready.isEmpty())
        return;
    const ReviewEntryList entries = m_ready.takeFirst();
    --m_converting;
    if (!m_ready.isEmpty())
        m_releaseTimer.start(); // the next page on the next turn: the window repaints between
    Q_EMIT entriesLoaded(entries);
    if (m_usersDone && m_converting == 0)
        loadAccessKeys();
}

void AccessReviewLoader::loadAccessKeys()
{
    if (m_session->capabilities().lacks(Feature::AccessKeys))
        return finish({});
    setStage(Stage::AccessKeys);
    auto *job = RunaiClient(m_session).listAllAccessKeys();
    m_job = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (!j->succeeded()) {
            if (!skippable(j->error(), tr("Access keys: only System administrators may list "
                                          "every user's keys.")))
                return finish(j->error());
            return finish({});
        }
        const AccessKeyList &keys = static_cast<AccessKeyListJob *>(j)->result();
        ReviewEntryList entries;
        entries.reserve(keys.size());
        for (const AccessKey &key : keys) {
            ReviewEntry e;
            e.type = ReviewEntry::Type::AccessKey;
            e.id = key.id;
            e.name = key.name;
            e.clientId = key.clientId;
            e.createdBy = key.createdBy;
            e.createdAt = key.createdAt;
            e.lastLogin = key.lastLogin;
            e.secretHeld = m_held.accessKeyClientIds.contains(key.clientId);
            // An owner without rules of its own still has what every signed-in user has.
            e.rules = asOwner(
                    m_ownerRules.value(key.createdBy.toLower(), m_index.forUser({}, {}, {})),
                    key.createdBy);
            entries.append(std::move(e));
        }
        Q_EMIT progress(Stage::AccessKeys, entries.size(), entries.size());
        if (!entries.isEmpty())
            Q_EMIT entriesLoaded(entries);
        qCInfo(lcApi) << "access review:" << m_index.size() << "rules," << keys.size()
                      << "access keys";
        finish({});
    });
    job->start();
}

} // namespace runai
