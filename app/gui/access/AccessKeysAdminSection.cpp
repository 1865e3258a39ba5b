// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeysAdminSection.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/access/AccessKeyTable.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/AccessKeysModel.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace runai {

AccessKeysAdminSection::AccessKeysAdminSection(const Widgets &widgets, QWidget *page)
    : QObject(page)
    , m_widgets(widgets)
    , m_page(page)
{
    m_table = new AccessKeyTable(widgets.table,
                                 {AccessKeysModel::OwnerColumn,
                                  AccessKeysModel::SecretColumn,
                                  {{AccessKeysModel::NameColumn, 150},
                                   {AccessKeysModel::OwnerColumn, 180},
                                   {AccessKeysModel::ClientIdColumn, 280},
                                   {AccessKeysModel::CreatedColumn, 140}}},
                                 this);
    widgets.createdBy->setAccessibleName(tr("Created by (email)"));
    widgets.clientId->setAccessibleName(tr("Client ID"));

    connect(widgets.search, &QPushButton::clicked, this, &AccessKeysAdminSection::search);
    connect(widgets.createdBy, &QLineEdit::returnPressed, this, &AccessKeysAdminSection::search);
    connect(widgets.clientId, &QLineEdit::returnPressed, this, &AccessKeysAdminSection::search);
    connect(widgets.remove, &QPushButton::clicked, this, &AccessKeysAdminSection::deleteSelected);
    connect(widgets.table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessKeysAdminSection::updateActions);
    connect(m_table, &AccessKeyTable::deleteRequested, this,
            &AccessKeysAdminSection::deleteSelected);
    setState(State::Unknown);
}

AccessKeysAdminSection::~AccessKeysAdminSection()
{
    for (ApiJob *job : {m_listJob.data(), m_deleteJob.data()}) {
        if (job)
            job->abandon();
    }
}

void AccessKeysAdminSection::setSession(Session *session)
{
    for (ApiJob *job : {m_listJob.data(), m_deleteJob.data()}) {
        if (job)
            job->abandon();
    }
    m_listJob = nullptr;
    m_deleteJob = nullptr;
    m_session = session;
    m_table->model()->clear();
    m_widgets.createdBy->clear();
    m_widgets.clientId->clear();
    setState(State::Unknown);
    if (session)
        search(); // the answer says whether this user may see every key
}

void AccessKeysAdminSection::setState(State state)
{
    m_state = state;
    m_widgets.group->setVisible(state == State::Shown);
    m_widgets.note->setVisible(state == State::Forbidden);
    if (state == State::Forbidden)
        m_widgets.note->setText(
                tr("Other users' access keys are shown to System administrators only; you are "
                   "not one on this console."));
    updateActions();
}

AccessKeysModel *AccessKeysAdminSection::model() const
{
    return m_table->model();
}

AccessKey AccessKeysAdminSection::selectedKey() const
{
    return m_table->selectedKey();
}

void AccessKeysAdminSection::updateActions()
{
    m_widgets.search->setEnabled(m_session && !m_listJob);
    m_widgets.remove->setEnabled(m_session && !m_deleteJob && !selectedKey().id.isEmpty());
}

void AccessKeysAdminSection::search()
{
    if (!m_session || m_listJob)
        return;
    const AccessKeyFilter filter{m_widgets.clientId->text().trimmed(),
                                 m_widgets.createdBy->text().trimmed()};
    auto *job = RunaiClient(m_session).listAllAccessKeys(filter);
    m_listJob = job;
    connect(job, &ApiJob::finished, this, &AccessKeysAdminSection::listFinished);
    job->start();
    updateActions();
}

void AccessKeysAdminSection::listFinished(ApiJob *job)
{
    m_listJob = nullptr;
    updateActions();
    switch (job->error().kind()) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Forbidden:
        m_table->model()->clear();
        return setState(State::Forbidden);
    case ApiError::Kind::NotFound:
        m_table->model()->clear();
        return setState(State::Absent);
    case ApiError::Kind::None:
        break;
    default:
        qCInfo(lcAccessKeysAdmin) << "administration list failed:" << job->error().logString();
        m_widgets.banner->showError(job->error().userMessage());
        return;
    }
    m_table->setKeys(static_cast<AccessKeyListJob *>(job)->result());
    setState(State::Shown);
}

void AccessKeysAdminSection::deleteSelected()
{
    const AccessKey key = selectedKey();
    if (!m_session || key.id.isEmpty() || m_deleteJob)
        return;
    const bool own = key.createdBy.compare(m_session->identity(), Qt::CaseInsensitive) == 0;
    ConfirmationDialog::ask(
            m_page, tr("Delete another user's access key"),
            tr("Delete the access key <b>%1</b> of <b>%2</b> (client ID %3)?<br><br>Every script "
               "or CLI that %2 signs in with this key is refused from now on, and its tokens stop "
               "working at once.%4 This cannot be undone.")
                    .arg(key.name.toHtmlEscaped(), key.createdBy.toHtmlEscaped(),
                         key.clientId.toHtmlEscaped(),
                         own ? u' ' + tr("It is one of your own keys.") : QString()),
            tr("&Delete the key of %1").arg(key.createdBy), [this, key] {
                if (!m_session || m_deleteJob)
                    return;
                m_widgets.banner->showInfo(
                        tr("Deleting the access key \"%1\" of %2…").arg(key.name, key.createdBy));
                auto *job = RunaiClient(m_session).deleteAnyAccessKey(key.id);
                m_deleteJob = job;
                connect(job, &ApiJob::finished, this,
                        [this, key](ApiJob *done) { deleteFinished(done, key); });
                job->start();
                updateActions();
            });
}

void AccessKeysAdminSection::deleteFinished(ApiJob *job, const AccessKey &key)
{
    m_deleteJob = nullptr;
    updateActions();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    const QString object = tr("%1 (owner %2)").arg(key.name, key.createdBy);
    ActivityRecorder::record(tr("Delete user's access key"), object, job->error());
    if (!job->succeeded() && job->error().kind() != ApiError::Kind::NotFound) {
        qCInfo(lcAccessKeysAdmin) << "administration delete failed:" << job->error().logString();
        m_widgets.banner->showError(job->error().userMessage());
        return;
    }
    if (job->succeeded())
        m_widgets.banner->showSuccess(
                tr("The access key \"%1\" of %2 was deleted.").arg(key.name, key.createdBy));
    else
        m_widgets.banner->showWarning(tr("The access key \"%1\" of %2 had already been deleted.")
                                              .arg(key.name, key.createdBy));
    Q_EMIT keyDeleted(key);
    search();
}

} // namespace runai
