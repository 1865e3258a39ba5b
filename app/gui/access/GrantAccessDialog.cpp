// SPDX-License-Identifier: MIT
#include "gui/access/GrantAccessDialog.h"
#include "ui_GrantAccessDialog.h"

#include "api/RunaiClient.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/LogCategories.h"
#include "gui/widgets/MessageBanner.h"

#include <QPushButton>

#include <algorithm>
using namespace Qt::StringLiterals;

namespace runai {

namespace {
constexpr int RoleIdRole = Qt::UserRole + 1;
constexpr int RoleDescriptionRole = Qt::UserRole + 2;
} // namespace

GrantAccessDialog::GrantAccessDialog(Session *session, const AccessSubject &subject,
                                     Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GrantAccessDialog>())
    , m_session(session)
    , m_subject(subject)
    , m_tenantId(subject.tenantId)
{
    m_ui->setupUi(this);
    const bool isApp = subject.kind == AccessSubject::Kind::Application;
    const QString name = subject.displayName.toHtmlEscaped();
    if (purpose == Purpose::Offer) {
        setWindowTitle(tr("Grant access to %1").arg(subject.displayName));
        m_ui->introLabel->setText(
                isApp ? tr("<b>%1</b> has no access rule yet, so every call it makes is refused "
                           "(403). Give it a role on a scope now, or later with "
                           "<i>Access rules</i>.")
                                .arg(name)
                      : tr("<b>%1</b> has no access rule yet: after signing in they can see and "
                           "do nothing. Give them a role on a scope now, or later with "
                           "<i>Access rules</i>.")
                                .arg(name));
    } else {
        setWindowTitle(tr("Add an access rule for %1").arg(subject.displayName));
        m_ui->introLabel->setText(tr("Give <b>%1</b> a role on a scope.").arg(name));
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Grant"));
    ok->setAccessibleName(tr("Grant the role"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(purpose == Purpose::Offer ? tr("&Not now") : tr("Cancel"));
    cancel->setAccessibleName(cancel->text().remove(u'&'));

    // The API's values, in the order of their breadth.
    const QList<std::pair<QString, QString>> scopeTypes{
            {u"system"_s, tr("System")},
            {u"tenant"_s, tr("Tenant (the whole account)")},
            {u"cluster"_s, tr("Cluster")},
            {u"department"_s, tr("Department")},
            {u"project"_s, tr("Project")}};
    for (const auto &[value, text] : scopeTypes)
        m_ui->scopeTypeCombo->addItem(text, value);
    selectScopeType(u"project"_s);

    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this,
            &GrantAccessDialog::updateRoleDescription);
    connect(m_ui->scopeTypeCombo, &QComboBox::currentIndexChanged, this,
            &GrantAccessDialog::updateScopeHint);
    connect(m_ui->scopeIdEdit, &QLineEdit::textChanged, this, &GrantAccessDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GrantAccessDialog::grant);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadRoles();
    if (m_tenantId.isEmpty())
        findTenantId();
    updateScopeHint();
}

GrantAccessDialog::~GrantAccessDialog()
{
    for (ApiJob *job : {m_rolesJob.data(), m_tenantJob.data(), m_grantJob.data()}) {
        if (job) {
            job->disconnect(this); // no slot runs on a half-destroyed dialog
            job->abandon();
        }
    }
}

MessageBanner *GrantAccessDialog::banner() const
{
    return m_ui->banner;
}

bool GrantAccessDialog::selectRole(const QString &name)
{
    const int index = m_ui->roleCombo->findText(name);
    if (index < 0)
        return false;
    m_ui->roleCombo->setCurrentIndex(index);
    return true;
}

void GrantAccessDialog::selectScopeType(const QString &scopeType)
{
    const int index = m_ui->scopeTypeCombo->findData(scopeType);
    if (index >= 0)
        m_ui->scopeTypeCombo->setCurrentIndex(index);
}

void GrantAccessDialog::loadRoles()
{
    if (!m_session || m_rolesJob)
        return;
    m_ui->roleCombo->clear();
    m_ui->roleCombo->addItem(tr("Loading roles…"));
    m_ui->roleCombo->setEnabled(false);
    auto *job = RunaiClient(m_session).listRoles();
    m_rolesJob = job;
    connect(job, &ApiJob::finished, this, &GrantAccessDialog::rolesFinished);
    job->start();
    updateButtons();
}

void GrantAccessDialog::rolesFinished(ApiJob *job)
{
    m_rolesJob = nullptr;
    m_ui->roleCombo->clear();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    if (!job->succeeded()) {
        qCInfo(lcGrantAccess) << "roles failed:" << job->error().logString();
        m_ui->roleCombo->addItem(tr("Roles could not be loaded"));
        m_ui->banner->showError(
                tr("The roles could not be loaded. %1").arg(job->error().userMessage()));
        updateButtons();
        return;
    }
    RoleList roles = static_cast<RoleListJob *>(job)->result();
    std::sort(roles.begin(), roles.end(),
              [](const Role &a, const Role &b) { return a.name.localeAwareCompare(b.name) < 0; });
    // No role is preselected: the admin chooses the privilege on purpose.
    m_ui->roleCombo->addItem(tr("Choose a role…"));
    for (const Role &role : std::as_const(roles)) {
        if (!role.effectiveEnabled || role.deletedAt.isValid())
            continue;
        m_ui->roleCombo->addItem(role.name);
        const int index = m_ui->roleCombo->count() - 1;
        m_ui->roleCombo->setItemData(index, role.id, RoleIdRole);
        m_ui->roleCombo->setItemData(index, role.description, RoleDescriptionRole);
        m_ui->roleCombo->setItemData(index, role.description, Qt::ToolTipRole);
    }
    m_ui->roleCombo->setEnabled(true);
    updateRoleDescription();
}

void GrantAccessDialog::findTenantId()
{
    // The tenant ID is not in the user or token APIs; an existing tenant-wide rule names it.
    if (!m_session || m_tenantJob)
        return;
    AccessRuleQuery query;
    query.filterBy = {u"scopeType==tenant"_s};
    query.limit = 50;
    auto *job = RunaiClient(m_session).listAccessRules(query);
    m_tenantJob = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *done) {
        m_tenantJob = nullptr;
        if (!done->succeeded() || !m_tenantId.isEmpty())
            return; // only a convenience: the admin can still type it
        for (const AccessRule &rule :
             static_cast<AccessRulePageJob *>(done)->result().accessRules) {
            if (rule.scopeType == u"tenant"_s && !rule.scopeId.isEmpty()) {
                m_tenantId = rule.scopeId;
                break;
            }
        }
        updateScopeHint();
    });
    job->start();
}

void GrantAccessDialog::updateRoleDescription()
{
    const QString description = m_ui->roleCombo->currentData(RoleDescriptionRole).toString();
    m_ui->roleDescription->setText(description);
    m_ui->roleDescription->setVisible(!description.isEmpty());
    updateButtons();
}

void GrantAccessDialog::updateScopeHint()
{
    const QString type = m_ui->scopeTypeCombo->currentData().toString();
    QString hint;
    if (type == u"tenant"_s) {
        if (!m_tenantId.isEmpty() && m_ui->scopeIdEdit->text().trimmed().isEmpty())
            m_ui->scopeIdEdit->setText(m_tenantId);
        hint = m_tenantId.isEmpty()
                       ? tr("The ID of your Run:ai tenant (account).")
                       : tr("The ID of your Run:ai tenant; this console's is %1.").arg(m_tenantId);
    } else if (type == u"system"_s) {
        hint = tr("Everything on the control plane. Use the ID your Run:ai console shows for the "
                  "system scope.");
    } else if (type == u"cluster"_s) {
        hint = tr("The cluster's UUID, as the console's Clusters page shows it.");
    } else if (type == u"department"_s) {
        hint = tr("The department's ID, as the console's Departments page shows it.");
    } else {
        hint = tr("The project's ID, as the console's Projects page shows it.");
    }
    m_ui->scopeHint->setText(hint);
    updateButtons();
}

void GrantAccessDialog::updateButtons()
{
    const bool roleChosen = m_ui->roleCombo->currentData(RoleIdRole).isValid();
    const bool ready = m_session && roleChosen && !m_ui->scopeIdEdit->text().trimmed().isEmpty()
                       && !m_grantJob;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void GrantAccessDialog::grant()
{
    if (!m_session || m_grantJob)
        return;
    const QVariant roleId = m_ui->roleCombo->currentData(RoleIdRole);
    const QString scopeId = m_ui->scopeIdEdit->text().trimmed();
    if (!roleId.isValid() || scopeId.isEmpty()) {
        m_ui->banner->showError(tr("Choose a role and enter the scope's ID."));
        return;
    }
    const QString scopeType = m_ui->scopeTypeCombo->currentData().toString();
    m_ui->banner->showInfo(
            tr("Granting %1 to %2…").arg(m_ui->roleCombo->currentText(), m_subject.displayName));
    m_ui->roleCombo->setEnabled(false);
    m_ui->scopeTypeCombo->setEnabled(false);
    m_ui->scopeIdEdit->setEnabled(false);
    auto *job = RunaiClient(m_session).createAccessRule(
            m_subject.request(roleId.toInt(), scopeType, scopeId));
    m_grantJob = job;
    connect(job, &ApiJob::finished, this, &GrantAccessDialog::grantFinished);
    job->start();
    updateButtons();
}

void GrantAccessDialog::grantFinished(ApiJob *job)
{
    m_grantJob = nullptr;
    m_ui->roleCombo->setEnabled(true);
    m_ui->scopeTypeCombo->setEnabled(true);
    m_ui->scopeIdEdit->setEnabled(true);
    updateButtons();
    if (job->error().kind() == ApiError::Kind::Cancelled)
        return;
    ActivityRecorder::record(tr("Grant access rule"), m_subject.displayName, job->error());
    if (!job->succeeded()) {
        const ApiError error = job->error();
        qCInfo(lcGrantAccess) << "grant failed:" << error.logString();
        QString text;
        if (error.kind() == ApiError::Kind::Conflict)
            text = tr("%1 already has this role on this scope.").arg(m_subject.displayName);
        else if (error.kind() == ApiError::Kind::NotFound)
            text = tr("The console no longer knows this role or %1 (deleted meanwhile?).")
                           .arg(m_subject.displayName);
        if (!text.isEmpty() && !error.serverMessage().isEmpty())
            text += u' ' + tr("The server said: %1").arg(error.serverMessage());
        m_ui->banner->showError(text.isEmpty() ? error.userMessage() : text);
        return;
    }
    const AccessRule rule = static_cast<AccessRuleJob *>(job)->result();
    Q_EMIT ruleCreated(rule);
    accept();
}

} // namespace runai
