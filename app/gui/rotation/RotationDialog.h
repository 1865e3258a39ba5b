// SPDX-License-Identifier: MIT
#pragma once

#include "core/Application.h"
#include "core/ObjectNoun.h"
#include "core/RotationState.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class RotationDialog;
}

namespace runai {

class ApiError;
class ClientSecretSaver;
class KeychainBridge;
class RotationCredentials;
class RotationFlow;
class Session;

// Issue 15: the guided rotation of an application's (service account's) secret without
// downtime. Non-modal: the window stays usable while the consumers move, and the dialog may be
// closed at any step and opened again from the same row (predecessor or successor) to resume,
// even after a restart: the step reached is kept per profile (RotationStore, no secret).
// The steps run in RotationFlow; this dialog shows where the rotation stands, asks before the
// two steps that stop something (disable, then delete) and hands the secrets to
// RotationCredentials.
class RotationDialog : public QDialog
{
    Q_OBJECT
public:
    // Raises the rotation `app` takes part in if its dialog is open, resumes a kept one, or
    // starts a new one with a proposed successor name (not one of `takenNames`).
    static RotationDialog *openFor(QWidget *page, Session *session, KeychainBridge *keychain,
                                   ClientSecretSaver *saver, const Application &app,
                                   const QStringList &takenNames);

    // Whether a rotation `appId` takes part in is kept for the active profile (to resume).
    static bool isKept(const Session *session, const QString &appId);

    RotationDialog(Session *session, KeychainBridge *keychain, ClientSecretSaver *saver,
                   const RotationState &state, const QString &profileId, QWidget *parent);
    ~RotationDialog() override;

    const RotationState &state() const;
    RotationFlow *flow() const { return m_flow; }

Q_SIGNALS:
    // The console's list changed (a successor made, the predecessor disabled or deleted).
    void listChanged();

private:
    ObjectNoun noun() const;
    void next();
    void keep(const RotationState &state);
    void render();
    QString stepsText() const;
    QString nextText() const;
    void validateName();
    void successorCreated(const Application &successor, const QString &secret);
    void lastLoginsRead(const Application &predecessor, const Application &successor);
    void stepFailed(const QString &step, const ApiError &error);
    void confirmDisable();
    void confirmDelete();
    void confirmAbandon();
    void finished();

    std::unique_ptr<Ui::RotationDialog> m_ui;
    QPointer<Session> m_session;
    QString m_profileId;
    RotationFlow *m_flow = nullptr;
    RotationCredentials *m_credentials = nullptr;
    bool m_successorWithoutSecret = false;
    RotationState::Step m_shownStep = RotationState::Step::NotStarted;
};

} // namespace runai
