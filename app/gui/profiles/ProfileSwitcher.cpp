// SPDX-License-Identifier: MIT
#include "gui/profiles/ProfileSwitcher.h"

#include "models/ProfileStore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace runai {

ProfileSwitcher::ProfileSwitcher(ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"profileSwitcher"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"profileCombo"_s);
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manage = new QToolButton(this);
    m_manage->setObjectName(u"manageProfilesButton"_s);
    m_manage->setText(tr("Manage…"));
    m_manage->setToolTip(tr("Add, edit or delete profiles"));
    m_manage->setAccessibleName(tr("Manage profiles"));
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_manage);
    setFocusProxy(m_combo);

    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::manageRequested);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_store)
            m_store->setActive(m_combo->itemData(index).toString());
    });
    connect(store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    connect(store, &ProfileStore::activeChanged, this, &ProfileSwitcher::reload);
    reload();
}

void ProfileSwitcher::reload()
{
    if (!m_store)
        return;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    const QString active = m_store->activeId();
    for (const Profile &p : m_store->profiles()) {
        m_combo->addItem(p.consoleUrl.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.consoleUrl),
                         p.id);
        if (p.id == active)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
}

ProfileMenu::ProfileMenu(ProfileStore *store, QWidget *parent)
    : QMenu(tr("Profi&les"), parent)
    , m_store(store)
{
    setObjectName(u"profileMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &ProfileMenu::rebuild);
    rebuild();
}

void ProfileMenu::rebuild()
{
    clear();
    qDeleteAll(findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    auto *group = new QActionGroup(this);
    if (m_store) {
        const QString active = m_store->activeId();
        for (const Profile &p : m_store->profiles()) {
            // Escape '&' so a profile named "R&D" is not turned into a mnemonic.
            QString label = p.name;
            label.replace(u'&', u"&&"_s);
            QAction *action = addAction(label);
            action->setCheckable(true);
            action->setChecked(p.id == active);
            action->setData(p.id);
            action->setToolTip(p.consoleUrl);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, id = p.id] {
                if (!m_store || id == m_store->activeId())
                    return;
                m_store->setActive(id);
                Q_EMIT switched(id);
            });
        }
    }
    addSeparator();
    m_manage = addAction(tr("&Manage profiles…"));
    m_manage->setObjectName(u"actionManageProfiles"_s);
    connect(m_manage, &QAction::triggered, this, &ProfileMenu::manageRequested);
}

} // namespace runai
