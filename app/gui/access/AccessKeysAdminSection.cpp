// SPDX-License-Identifier: MIT
#include "gui/access/AccessKeysAdminSection.h"
#include "ui_AccessKeysPage.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/access/AccessKeysPage.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/AccessKeysModel.h"

#include <QHeaderView>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace runai {

AccessKeysAdminSection::AccessKeysAdminSection(AccessKeysPage *page)
    : QObject(page)
    , m_page(page)
{
    Ui::AccessKeysPage *ui = page->ui();
    m_model = new AccessKeysModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessKeysModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = ui->adminTable;
    table->setModel(m_proxy);
    table->sortByColumn(AccessKeysModel::OwnerColumn, Qt::AscendingOrder);
    table->setColumnHidden(AccessKeysModel::SecretColumn, true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(AccessKeysModel::NameColumn, 150);
    table->setColumnWidth(AccessKeysModel::OwnerColumn, 180);
    table->setColumnWidth(AccessKeysModel::ClientIdColumn, 280);
    table->setColumnWidth(AccessKeysModel::CreatedColumn, 140);
    ui->createdByEdit->setAccessibleName(tr("Created by (email)"));
    ui->clientIdFilterEdit->setAccessibleName(tr("Client ID"));

    connect(ui->searchButton, &QPushButton::clicked, this, &AccessKeysAdminSection::search);
    connect(ui->createdByEdit, &QLineEdit::returnPressed, this, &AccessKeysAdminSection::search);
    connect(ui->clientIdFilterEdit, &QLineEdit::returnPressed, this,
            &AccessKeysAdminSection::search);
    connect(ui->adminDeleteButton, &QPushButton::clicked, this,
            &AccessKeysAdminSection::deleteSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessKeysAdminSection::updateActions);
    auto *del = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AccessKeysAdminSection::deleteSelected);
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
    m_model->clear();
    m_page->ui()->createdByEdit->clear();
    m_page->ui()->clientIdFilterEdit->clear();
    setState(State::Unknown);
    if (session)
        search(); // the answer says whether this user may see every key
}

void AccessKeysAdminSection::setState(State state)
{
    m_state = state;
    Ui::AccessKeysPage *ui = m_page->ui();
    ui->adminGroup->setVisible(state == State::Shown);
    ui->adminNoteLabel->setVisible(state == State::Forbidden);
    if (state == State::Forbidden)
        ui->adminNoteLabel->setText(
                tr("Other users' access keys are shown to System administrators only; you are "
                   "not one on this console."));
    updateActions();
}

AccessKey AccessKeysAdminSection::selectedKey() const
{
    const QModelIndexList rows = m_page->ui()->adminTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->accessKey(m_proxy->mapToSource(rows.first()).row());
}

void AccessKeysAdminSection::updateActions()
{
    Ui::AccessKeysPage *ui = m_page->ui();
    ui->searchButton->setEnabled(m_session && !m_listJob);
    ui->adminDeleteButton->setEnabled(m_session && !m_deleteJob && !selectedKey().id.isEmpty());
}

void AccessKeysAdminSection::search()
{
    if (!m_session || m_listJob)
        return;
    const AccessKeyFilter filter{m_page->ui()->clientIdFilterEdit->text().trimmed(),
                                 m_page->ui()->createdByEdit->text().trimmed()};
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
        m_model->clear();
        return setState(State::Forbidden);
    case ApiError::Kind::NotFound:
        m_model->clear();
        return setState(State::Absent);
    case ApiError::Kind::None:
        break;
    default:
        qCInfo(lcAccessKeysAdmin) << "administration list failed:" << job->error().logString();
        m_page->banner()->showError(job->error().userMessage());
        return;
    }
    const QString keep = selectedKey().id;
    m_model->setAccessKeys(static_cast<AccessKeyListJob *>(job)->result());
    setState(State::Shown);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_page->ui()->adminTable->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
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
                m_page->banner()->showInfo(
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
        m_page->banner()->showError(job->error().userMessage());
        return;
    }
    if (job->succeeded())
        m_page->banner()->showSuccess(
                tr("The access key \"%1\" of %2 was deleted.").arg(key.name, key.createdBy));
    else
        m_page->banner()->showWarning(tr("The access key \"%1\" of %2 had already been deleted.")
                                              .arg(key.name, key.createdBy));
    Q_EMIT keyDeleted(key);
    search();
}

} // namespace runai
