// SPDX-License-Identifier: MIT
#include "gui/applications/ApplicationsPage.h"
#include "ui_ApplicationsPage.h"

#include "api/Session.h"
#include "gui/applications/ApplicationActions.h"
#include "gui/applications/ApplicationDetails.h"
#include "gui/applications/ApplicationRegistration.h"
#include "gui/applications/ApplicationTokenFlow.h"
#include "gui/applications/ApplicationsTable.h"
#include "gui/applications/ClientSecretSaver.h"
#include "gui/verify/ApplicationVerification.h"
#include "gui/widgets/Icons.h"
#include "models/ApplicationsModel.h"

#include <QDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace runai {

ApplicationsPage::ApplicationsPage(KeychainBridge *keychain, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationsPage>())
{
    m_ui->setupUi(this);
    m_table = new ApplicationsTable({this, m_ui->pageLayout, m_ui->listHeaderLayout,
                                     m_ui->listTitle, m_ui->tableStack, m_ui->tablePage,
                                     m_ui->placeholderPage, m_ui->placeholderLabel, m_ui->tableView,
                                     m_ui->banner},
                                    m_ui->refreshButton);
    connect(m_table, &ApplicationsTable::answered, this, &ApplicationsPage::followConsoleWords);
    connect(m_table, &ApplicationsTable::rowsReplaced, this, &ApplicationsPage::updateSelection);
    m_ui->registerButton->setIcon(icons::icon(u"application"_s));
    m_ui->getTokenButton->setIcon(icons::icon(u"token"_s));
    m_ui->refreshButton->setIcon(icons::icon(u"refresh"_s));
    m_details = new ApplicationDetails(
            {m_ui->detailsGroup, m_ui->clientIdField, m_ui->clientSecretField,
             m_ui->secretStatusLabel},
            model(), keychain, [this] { return m_table->selected(); }, this);

    m_secrets = new ClientSecretSaver(keychain, m_ui->banner, this);
    m_registration = new ApplicationRegistration(
            {m_ui->nameEdit, m_ui->registerButton, m_ui->nameHint, m_ui->banner}, m_secrets, this);
    connect(m_registration, &ApplicationRegistration::registered, m_table,
            &ApplicationsTable::showCreated);
    connect(m_registration, &ApplicationRegistration::credentialsShown, this,
            [this](const Application &app, QDialog *dialog) {
                m_actions->offerAccess(app, dialog);
                // Fill in the server's view of the new row (created, created by).
                refresh();
            });
    connect(m_registration, &ApplicationRegistration::secretSaved, m_details,
            &ApplicationDetails::updateStoredSecrets);
    connect(m_registration, &ApplicationRegistration::listChanged, this,
            &ApplicationsPage::refresh);
    m_token = new ApplicationTokenFlow(keychain, m_ui->banner, m_ui->getTokenButton, this);
    connect(m_token, &ApplicationTokenFlow::stateChanged, this, &ApplicationsPage::updateSelection);
    connect(m_token, &ApplicationTokenFlow::identityChanged, this, &ApplicationsPage::refresh);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &ApplicationsPage::getToken);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationsPage::updateSelection);
    connect(m_ui->tableView, &QTableView::activated, this, &ApplicationsPage::getToken);
    m_actions = new ApplicationActions({m_ui->tableView, model(), proxy()}, m_ui->banner, keychain,
                                       m_secrets, this);
    connect(m_actions, &ApplicationActions::listChanged, this, &ApplicationsPage::refresh);
    m_table->addControls(m_ui->getTokenButton, m_actions->toolBar());
    // issue 15: Verify access, beside the row actions and after a grant (gui/verify/)
    m_verification = new ApplicationVerification(
            {this, m_ui->tableView, m_actions->toolBar(), m_ui->banner}, keychain,
            [this] { return m_table->selected(); });
    connect(m_actions, &ApplicationActions::accessGranted, m_verification,
            &ApplicationVerification::offerOnBanner);

    m_registration->validateName();
    applyNoun();
    setSession(nullptr);
}

ObjectNoun ApplicationsPage::noun() const
{
    return ObjectNoun::of(m_session);
}

void ApplicationsPage::followConsoleWords()
{
    if (noun().kind() != m_appliedNoun.kind())
        applyNoun();
}

void ApplicationsPage::applyNoun()
{
    // The texts of the form and the page's fixed labels; texts made later (banners,
    // placeholders, dialogs) ask noun() when they are made.
    const ObjectNoun words = noun();
    const bool changed = words.kind() != m_appliedNoun.kind();
    m_appliedNoun = words;
    m_ui->registerGroup->setTitle(
            words.pick(tr("Register an application"), tr("Register a service account")));
    m_ui->nameLabel->setText(words.pick(tr("Application &name:"), tr("Service account &name:")));
    m_ui->registerButton->setText(
            words.pick(tr("&Register application"), tr("&Register service account")));
    m_ui->getTokenButton->setToolTip(
            words.pick(tr("Sign in as the selected application (client credentials) and show "
                          "its access token"),
                       tr("Sign in as the selected service account (client credentials) and "
                          "show its access token")));
    m_actions->applyNoun();
    m_table->applyNoun();
    updateSelection();
    if (changed)
        Q_EMIT nounChanged();
}

ApplicationsPage::~ApplicationsPage() = default;

QTableView *ApplicationsPage::tableView() const
{
    return m_ui->tableView;
}

MessageBanner *ApplicationsPage::banner() const
{
    return m_ui->banner;
}

QString ApplicationsPage::consoleKey() const
{
    return m_session ? m_session->baseUrl().toString() : QString();
}

bool ApplicationsPage::isRegistering() const
{
    return m_registration->isRegistering();
}

QString ApplicationsPage::registeringName() const
{
    return m_registration->registeringName();
}

void ApplicationsPage::checkInterruptedCreate(const QString &name)
{
    m_registration->checkInterruptedCreate(name);
}

bool ApplicationsPage::isGettingToken() const
{
    return m_token->isBusy();
}

ApplicationsModel *ApplicationsPage::model() const
{
    return m_table->model();
}

QSortFilterProxyModel *ApplicationsPage::proxy() const
{
    return m_table->proxy();
}

QLineEdit *ApplicationsPage::filterEdit() const
{
    return m_table->filterEdit();
}

bool ApplicationsPage::isLoading() const
{
    return m_table->isLoading();
}

bool ApplicationsPage::loadFailed() const
{
    return m_table->loadFailed();
}

void ApplicationsPage::refresh()
{
    m_table->refresh();
}

void ApplicationsPage::stopLoading()
{
    m_table->stop();
}

void ApplicationsPage::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_registration->setSession(session);
    m_token->setSession(session);
    m_details->setSession(session);
    m_table->setSession(session);
    m_actions->setSession(session);
    m_verification->setSession(session);
    m_ui->registerGroup->setEnabled(session);
    m_details->updateStoredSecrets();
    applyNoun();
    if (session) {
        // The probe after sign-in (or the profile's cache) may know the console's word before
        // this page's first list does.
        connect(session, &Session::capabilitiesChanged, this, &ApplicationsPage::followConsoleWords,
                Qt::UniqueConnection);
        refresh();
    } else
        m_table->skeleton()->showPlaceholder(tr("Sign in to see the applications of a console."));
}

void ApplicationsPage::focusForm()
{
    m_ui->nameEdit->setFocus();
}

void ApplicationsPage::registerApplication()
{
    m_registration->registerApplication();
}

QAction *ApplicationsPage::exportCsvAction() const
{
    return m_table->skeleton()->exportFlow()->action();
}

TableCsvExport *ApplicationsPage::exporter() const
{
    return m_table->skeleton()->exportFlow()->exporter();
}

void ApplicationsPage::updateSelection()
{
    m_details->update();
    m_ui->getTokenButton->setEnabled(!m_table->selected().id.isEmpty() && m_session
                                     && !isGettingToken());
}

void ApplicationsPage::getToken()
{
    const Application app = m_table->selected();
    m_token->getToken(app, model()->isSecretStored(app.clientId));
}

} // namespace runai
