// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace runai {

class ProfileStore;

// The profile combo on the sign-in page, with a "Manage…" button next to it. Picking a profile
// makes it the active one; the list follows the store.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfileStore *store, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QToolButton *manageButton() const { return m_manage; }

Q_SIGNALS:
    void manageRequested();

private:
    void reload();

    QPointer<ProfileStore> m_store;
    QComboBox *m_combo = nullptr;
    QToolButton *m_manage = nullptr;
};

// The window's Profiles menu: one checkable entry per profile (the active one checked), then
// "Manage profiles…". Rebuilt each time it opens, so it never shows a stale list.
class ProfileMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ProfileMenu(ProfileStore *store, QWidget *parent = nullptr);

    // Rebuilds the entries now (also done before the menu shows).
    void rebuild();
    QAction *manageAction() const { return m_manage; }

Q_SIGNALS:
    void manageRequested();
    // The user picked another profile (the store made it active, unless its switch gate held
    // the switch to ask first).
    void switched(const QString &id);

private:
    QPointer<ProfileStore> m_store;
    QAction *m_manage = nullptr;
};

} // namespace runai
