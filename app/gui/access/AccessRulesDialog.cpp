// SPDX-License-Identifier: MIT
#include "gui/access/AccessRulesDialog.h"
#include "ui_AccessRulesDialog.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "core/ObjectNoun.h"
#include "gui/access/GrantAccessDialog.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/ModelFormat.h"

#include <QHeaderView>

#include <QPushButton>
#include <QShortcut>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
constexpr int RuleIdRole = Qt::UserRole + 1;
enum Column { RoleColumn, ScopeTypeColumn, ScopeColumn, CreatedByColumn, CreatedColumn, Columns };
} // namespace

AccessRulesDialog::AccessRulesDialog(Session *session, const AccessSubject &subject,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessRulesDialog>())
    , m_session(session)
    , m_subject(subject)
{
    m_ui->setupUi(this);
    const bool isApp = subject.kind == AccessSubject::Kind::Application;
    setWindowTitle(tr("Access rules of %1").arg(subject.displayName));
    m_ui->introLabel->setText(
            (isApp ? ObjectNoun::of(session).pick(
                     tr("What the application <b>%1</b> may do: each rule gives it a "
                        "role on a scope."),
                     tr("What the service account <b>%1</b> may do: each rule gives it a "
                        "role on a scope."))
                   : tr("What the user <b>%1</b> may do: each rule gives them a role on a scope."))
                    .arg(subject.displayName.toHtmlEscaped()));

    QTableWidget *table = m_ui->rulesTable;
    table->setColumnCount(Columns);
    table->setHorizontalHeaderLabels(
            {tr("Role"), tr("Scope type"), tr("Scope"), tr("Created by"), tr("Created")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(RoleColumn, 190);
    table->setColumnWidth(ScopeTypeColumn, 100);
    table->setColumnWidth(ScopeColumn, 130);
    table->setColumnWidth(CreatedByColumn, 140);

    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccessRulesDialog::addRule);
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            &AccessRulesDialog::deleteSelectedRule);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccessRulesDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table, &QTableWidget::itemSelectionChanged, this, &AccessRulesDialog::updateButtons);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &AccessRulesDialog::deleteSelectedRule);
    auto *addShortcut = new QShortcut(QKeySequence::New, this);
    connect(addShortcut, &QShortcut::activated, this, &AccessRulesDialog::addRule);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &AccessRulesDialog::refresh);

    refresh();
}

AccessRulesDialog::~AccessRulesDialog()
{
    for (ApiJob *job : {m_listJob.data(), m_deleteJob.data()}) {
        if (job) {
            job->disconnect(this);
            job->abandon();
        }
    }
}

MessageBanner *AccessRulesDialog::banner() const
{
    return m_ui->banner;
}

void AccessRulesDialog::showPlaceholder(const QString &text)
{
    m_ui->placeholderLabel->setText(text);
    m_ui->tableStack->setCurrentWidget(m_ui->placeholderPage);
}

void AccessRulesDialog::refresh()
{
    if (!m_session || m_listJob)
        return;
    m_ui->refreshButton->setEnabled(false);
    if (m_rules.isEmpty())
        showPlaceholder(tr("Loading the access rules…"));
    auto *job = RunaiClient(m_session).listAccessRules(m_subject.query());
    m_listJob = job;
    connect(job, &ApiJob::finished, this, &AccessRulesDialog::listFinished);
    job->start();
    updateButtons();
}

void AccessRulesDialog::listFinished(ApiJob *job)
{
    m_listJob = nullptr;
    m_ui->refreshButton->setEnabled(true);
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!job->succeeded()) {
        qCInfo(lcAccessRules) << "list failed:" << job->error().logString();
        m_loadFailed = true;
        m_rules.clear();
        m_ui->banner->showError(
                tr("The access rules could not be loaded. %1").arg(job->error().userMessage()));
        showPlaceholder(tr("The access rules could not be loaded (see the message above).\n"
                           "They are unknown, not absent. Press Refresh (F5) to try again."));
        updateButtons();
        return;
    }
    m_loadFailed = false;
    m_rules.clear();
    for (const AccessRule &rule : static_cast<AccessRulePageJob *>(job)->result().accessRules) {
        // The server may not apply every filter; show only this subject's live rules.
        if (m_subject.owns(rule) && !rule.deletedAt.isValid())
            m_rules.append(rule);
    }
    if (m_ui->banner->kind() == MessageBanner::Kind::Error)
        m_ui->banner->clear();
    // 3.0 has built-in rules for all authenticated users; they apply to this subject too.
    if (m_session && m_session->capabilities().has(ConsoleCapabilities::Feature::V2Roles)) {
        auto *everyone = RunaiClient(m_session).listAccessRules(AccessSubject::everyoneQuery());
        m_listJob = everyone;
        m_ui->refreshButton->setEnabled(false);
        connect(everyone, &ApiJob::finished, this, &AccessRulesDialog::everyoneFinished);
        everyone->start();
    }
    showRules();
}

void AccessRulesDialog::everyoneFinished(ApiJob *job)
{
    m_listJob = nullptr;
    m_ui->refreshButton->setEnabled(true);
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!job->succeeded()) {
        // The subject's own rules are shown; only the shared ones are missing.
        qCInfo(lcAccessRules) << "rules for all authenticated users not listed:"
                              << job->error().logString();
        m_ui->banner->showWarning(tr("The rules that apply to all authenticated users could not "
                                     "be loaded. %1")
                                          .arg(job->error().userMessage()));
        return;
    }
    for (const AccessRule &rule : static_cast<AccessRulePageJob *>(job)->result().accessRules) {
        const bool known = std::any_of(m_rules.cbegin(), m_rules.cend(),
                                       [&rule](const AccessRule &r) { return r.id == rule.id; });
        if (AccessSubject::appliesToEveryone(rule) && !rule.deletedAt.isValid() && !known)
            m_rules.append(rule);
    }
    showRules();
}

void AccessRulesDialog::showRules()
{
    const int selectedId = selectedRule().id;
    QTableWidget *table = m_ui->rulesTable;
    table->setRowCount(0);
    if (m_rules.isEmpty()) {
        showPlaceholder(
                m_subject.kind == AccessSubject::Kind::Application
                        ? tr("%1 has no access rules: every call it makes is refused.\nAdd a rule "
                             "to give it a role.")
                                  .arg(m_subject.displayName)
                        : tr("%1 has no access rules: they can see and do nothing.\nAdd a rule to "
                             "give them a role.")
                                  .arg(m_subject.displayName));
        updateButtons();
        return;
    }
    table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const AccessRule &rule = m_rules.at(row);
        const QString scope = rule.scopeName.isEmpty() || rule.scopeName == rule.scopeId
                                      ? rule.scopeId
                                      : u"%1 (%2)"_s.arg(rule.scopeName, rule.scopeId);
        QString role = rule.roleName.isEmpty() ? tr("Role %1").arg(rule.roleId) : rule.roleName;
        // A rule for everyone says so: it is not this subject's own and not an unknown identity.
        if (AccessSubject::appliesToEveryone(rule))
            role = tr("%1 (%2)").arg(role, AccessSubject::subjectTypeName(rule.subjectType));
        const QStringList cells{role, rule.scopeType, scope, rule.createdBy,
                                modelformat::dateTime(rule.createdAt, tr("Unknown"))};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(RuleIdRole, rule.id);
            table->setItem(row, column, item);
        }
    }
    m_ui->tableStack->setCurrentWidget(m_ui->tablePage);
    table->resizeColumnToContents(RoleColumn);
    if (selectedId)
        selectRule(selectedId);
    updateButtons();
}

void AccessRulesDialog::selectRule(int ruleId)
{
    for (int row = 0; row < m_ui->rulesTable->rowCount(); ++row) {
        if (m_ui->rulesTable->item(row, 0)->data(RuleIdRole).toInt() == ruleId) {
            m_ui->rulesTable->selectRow(row);
            return;
        }
    }
}

AccessRule AccessRulesDialog::selectedRule() const
{
    const auto rows = m_ui->rulesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int id = m_ui->rulesTable->item(rows.first().row(), 0)->data(RuleIdRole).toInt();
    for (const AccessRule &rule : m_rules) {
        if (rule.id == id)
            return rule;
    }
    return {};
}

void AccessRulesDialog::updateButtons()
{
    m_ui->addButton->setEnabled(m_session && !m_grant);
    // A rule for all authenticated users is shown for context only: deleting it here would take
    // the role from everybody, not just from this subject.
    const AccessRule selected = selectedRule();
    const bool shared = AccessSubject::appliesToEveryone(selected);
    m_ui->deleteButton->setEnabled(m_session && selected.id != 0 && !shared && !m_deleteJob);
    m_ui->deleteButton->setToolTip(
            shared ? tr("This rule applies to all authenticated users; it is not deleted here.")
                   : QString());
}

void AccessRulesDialog::addRule()
{
    if (!m_session || m_grant)
        return;
    auto *dialog = new GrantAccessDialog(m_session, m_subject, GrantAccessDialog::Purpose::Add,
                                         this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_grant = dialog;
    connect(dialog, &GrantAccessDialog::ruleCreated, this, [this](const AccessRule &rule) {
        m_ui->banner->showSuccess(
                tr("%1 now has the role %2 on the %3 scope %4.")
                        .arg(m_subject.displayName, rule.roleName, rule.scopeType, rule.scopeId));
        m_rules.append(rule);
        showRules();
        selectRule(rule.id);
        Q_EMIT rulesChanged();
        refresh(); // the server's view (status, names)
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_grant = nullptr;
        updateButtons();
    });
    dialog->open();
    updateButtons();
}

void AccessRulesDialog::deleteSelectedRule()
{
    const AccessRule rule = selectedRule();
    if (!m_session || m_deleteJob || rule.id == 0)
        return;
    const QString role = rule.roleName.isEmpty() ? tr("role %1").arg(rule.roleId) : rule.roleName;
    ConfirmationDialog::ask(
            this, tr("Delete access rule"),
            tr("Delete the rule that gives <b>%1</b> the role <b>%2</b> on the %3 scope "
               "<b>%4</b>?<br><br>Whatever this role allowed stops working at once.")
                    .arg(m_subject.displayName.toHtmlEscaped(), role.toHtmlEscaped(),
                         rule.scopeType.toHtmlEscaped(), rule.scopeId.toHtmlEscaped()),
            tr("&Delete rule"), [this, rule] {
                if (!m_session || m_deleteJob)
                    return;
                m_ui->banner->showInfo(tr("Deleting the rule…"));
                auto *job = RunaiClient(m_session).deleteAccessRule(rule.id);
                m_deleteJob = job;
                connect(job, &ApiJob::finished, this,
                        [this, rule](ApiJob *done) { deleteFinished(done, rule); });
                job->start();
                updateButtons();
            });
}

void AccessRulesDialog::deleteFinished(ApiJob *job, const AccessRule &rule)
{
    m_deleteJob = nullptr;
    updateButtons();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Delete access rule"), m_subject.displayName, job->error());
    if (!job->succeeded() && job->error().kind() != ApiError::Kind::NotFound) {
        qCInfo(lcAccessRules) << "delete failed:" << job->error().logString();
        m_ui->banner->showError(job->error().userMessage());
        return;
    }
    if (job->succeeded())
        m_ui->banner->showSuccess(tr("The rule was deleted."));
    else
        // Someone else deleted it meanwhile: the outcome the admin wanted, but say so.
        m_ui->banner->showWarning(tr("The rule had already been deleted on the console "
                                     "(by someone else?). The list is reloaded."));
    m_rules.removeIf([&rule](const AccessRule &r) { return r.id == rule.id; });
    showRules();
    Q_EMIT rulesChanged();
    refresh();
}

} // namespace runai
