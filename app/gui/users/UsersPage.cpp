// SPDX-License-Identifier: MIT
#include "gui/users/UsersPage.h"
#include "ui_UsersPage.h"

#include "api/Session.h"
#include "api/UserNameSupport.h"
#include "gui/users/UserActions.h"
#include "gui/users/UserCreation.h"
#include "gui/users/UsersTable.h"
#include "gui/widgets/Icons.h"
#include "models/UsersModel.h"

#include <QDialog>

using namespace Qt::StringLiterals;

namespace runai {

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
{
    m_ui->setupUi(this);
    m_table = new UsersTable({this, m_ui->pageLayout, m_ui->listHeaderLayout, m_ui->listTitle,
                              m_ui->tableStack, m_ui->tablePage, m_ui->placeholderPage,
                              m_ui->placeholderLabel, m_ui->tableView, m_ui->banner},
                             m_ui->searchEdit, m_ui->refreshButton);
    m_ui->createButton->setIcon(icons::icon(u"user-add"_s));
    m_ui->refreshButton->setIcon(icons::icon(u"refresh"_s));
    m_creation = new UserCreation({m_ui->createGroup, m_ui->emailEdit, m_ui->emailHint,
                                   m_ui->firstNameEdit, m_ui->lastNameEdit,
                                   m_ui->resetPasswordCheck, m_ui->notifyCheck, m_ui->createButton,
                                   m_ui->banner},
                                  this);
    connect(m_creation, &UserCreation::created, m_table, &UsersTable::showCreated);
    connect(m_creation, &UserCreation::passwordShown, this,
            [this](const User &user, QDialog *dialog) {
                m_actions->offerAccess(user, dialog);
                refresh();
            });
    connect(m_creation, &UserCreation::listChanged, this, &UsersPage::refresh);
    connect(m_ui->importButton, &QPushButton::clicked, this, &UsersPage::importRequested);
    m_actions = new UserActions({m_ui->tableView, model(), proxy()}, m_ui->banner, this);
    connect(m_actions, &UserActions::listChanged, this, &UsersPage::refresh);
    m_table->addControls(m_actions->toolBar());

    m_creation->validateEmail();
    applyNameSupport();
    setSession(nullptr);
}

UsersPage::~UsersPage() = default;

UsersModel *UsersPage::model() const
{
    return m_table->model();
}

QSortFilterProxyModel *UsersPage::proxy() const
{
    return m_table->proxy();
}

QTableView *UsersPage::tableView() const
{
    return m_ui->tableView;
}

MessageBanner *UsersPage::banner() const
{
    return m_ui->banner;
}

void UsersPage::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_creation->setSession(session);
    m_table->setSession(session);
    m_actions->setSession(session);
    if (auto *names = UserNameSupport::of(session))
        connect(names, &UserNameSupport::changed, this, &UsersPage::applyNameSupport,
                Qt::UniqueConnection);
    applyNameSupport();
    m_ui->createGroup->setEnabled(session);
    if (session)
        refresh();
    else
        m_table->skeleton()->showPlaceholder(tr("Sign in to see the users of a console."));
}

void UsersPage::applyNameSupport()
{
    // Offered only where the console stores names: elsewhere the fields would be dropped (or
    // refused), and an always-empty column only takes room.
    const bool names = UserNameSupport::supported(m_session);
    m_ui->firstNameLabel->setVisible(names);
    m_ui->namesRow->setVisible(names);
    if (!names) {
        m_ui->firstNameEdit->clear();
        m_ui->lastNameEdit->clear();
    }
    m_table->setNameColumnShown(names);
}

bool UsersPage::isLoading() const
{
    return m_table->isLoading();
}

bool UsersPage::loadFailed() const
{
    return m_table->loadFailed();
}

UserQuery UsersPage::lastQuery() const
{
    return m_table->lastQuery();
}

bool UsersPage::searchesOnServer() const
{
    return m_table->searchesOnServer();
}

bool UsersPage::sortsOnServer() const
{
    return m_table->sortsOnServer();
}

void UsersPage::refresh()
{
    m_table->refresh();
}

QAction *UsersPage::exportCsvAction() const
{
    return m_table->skeleton()->exportFlow()->action();
}

TableCsvExport *UsersPage::exporter() const
{
    return m_table->skeleton()->exportFlow()->exporter();
}

bool UsersPage::isCreating() const
{
    return m_creation->isCreating();
}

QString UsersPage::creatingEmail() const
{
    return m_creation->creatingEmail();
}

void UsersPage::checkInterruptedCreate(const QString &email)
{
    m_creation->checkInterruptedCreate(email);
}

void UsersPage::createUser()
{
    m_creation->createUser();
}

void UsersPage::focusForm()
{
    m_ui->emailEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->emailEdit->selectAll();
}

void UsersPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

} // namespace runai
