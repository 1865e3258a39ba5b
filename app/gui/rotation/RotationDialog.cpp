// SPDX-License-Identifier: MIT
#include "gui/rotation/RotationDialog.h"
#include "ui_RotationDialog.h"

#include "api/RotationFlow.h"
#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "core/AppSettings.h"
#include "core/InputValidation.h"
#include "core/LogCategories.h"
#include "core/RotationStore.h"
#include "gui/rotation/RotationCredentials.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/Theme.h"
#include "models/ModelFormat.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
using Step = RotationState::Step;

// "5 Dec 2026 04:30 (3 minutes ago)", or "never".
QString lastUsed(const QDateTime &time)
{
    if (!time.isValid())
        return RotationDialog::tr("never");
    const qint64 minutes = time.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    const QString when = modelformat::dateTime(time, {});
    if (minutes < 1)
        return RotationDialog::tr("%1 (just now)").arg(when);
    if (minutes < 120)
        return RotationDialog::tr("%1 (%n minute(s) ago)", nullptr, int(minutes)).arg(when);
    return RotationDialog::tr("%1 (%n hour(s) ago)", nullptr, int(minutes / 60)).arg(when);
}
} // namespace

RotationDialog *RotationDialog::openFor(QWidget *page, Session *session, KeychainBridge *keychain,
                                        ClientSecretSaver *saver, const Application &app,
                                        const QStringList &takenNames)
{
    const auto open = page->findChildren<RotationDialog *>();
    for (RotationDialog *dialog : open) {
        // A closed one is only waiting to be deleted.
        if (dialog->isVisible() && dialog->state().concerns(app.id)) {
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
            return dialog;
        }
    }
    const QString profileId = AppSettings().activeProfileId();
    const QString console = session->baseUrl().toString();
    RotationState state;
    if (auto kept = RotationStore(profileId).find(console, app.id)) {
        state = *kept;
    } else {
        state.consoleUrl = console;
        state.predecessorId = app.id;
        state.predecessorName = app.name;
        state.predecessorClientId = app.clientId;
        state.predecessorLastLogin = app.lastLogin;
        state.successorName = RotationState::successorNameFor(app.name, takenNames);
    }
    auto *dialog = new RotationDialog(session, keychain, saver, state, profileId, page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool RotationDialog::isKept(const Session *session, const QString &appId)
{
    return session && !appId.isEmpty()
           && RotationStore(AppSettings().activeProfileId())
                      .find(session->baseUrl().toString(), appId)
                      .has_value();
}

RotationDialog::RotationDialog(Session *session, KeychainBridge *keychain, ClientSecretSaver *saver,
                               const RotationState &state, const QString &profileId,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotationDialog>())
    , m_session(session)
    , m_profileId(profileId)
{
    m_ui->setupUi(this);
    setObjectName(u"rotationDialog"_s);
    setWindowTitle(tr("Rotate %1 without downtime").arg(state.predecessorName));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->nextButton->setAccessibleName(tr("Next step"));
    m_ui->introLabel->setText(
            noun().pick(tr("Replace <b>%1</b> by a successor that gets the same access rules. "
                           "Run:ai revokes a secret the moment a new one is issued; with a "
                           "successor the old secret keeps working until every program that "
                           "uses it has moved. You can close this window at any step and "
                           "resume from the application's row."),
                        tr("Replace <b>%1</b> by a successor that gets the same access rules. "
                           "Run:ai revokes a secret the moment a new one is issued; with a "
                           "successor the old secret keeps working until every program that "
                           "uses it has moved. You can close this window at any step and "
                           "resume from the service account's row."))
                    .arg(state.predecessorName.toHtmlEscaped()));
    m_ui->successorNameEdit->setText(state.successorName);
    m_shownStep = state.step;

    m_credentials = new RotationCredentials(keychain, saver, m_ui->banner, this);
    connect(m_credentials, &RotationCredentials::saveAnswered, this, &RotationDialog::render);
    m_flow = new RotationFlow(session, state, this);
    connect(m_flow, &RotationFlow::stateChanged, this, &RotationDialog::keep);
    connect(m_flow, &RotationFlow::busyChanged, this, &RotationDialog::render);
    connect(m_flow, &RotationFlow::successorCreated, this, &RotationDialog::successorCreated);
    connect(m_flow, &RotationFlow::successorFoundWithoutSecret, this,
            [this](const Application &app) {
                m_successorWithoutSecret = true;
                m_ui->banner->showWarning(
                        tr("\"%1\" was created, but the answer carrying its secret was lost. "
                           "Nothing uses it yet, so giving it a new secret is harmless.")
                                .arg(app.name));
                Q_EMIT listChanged();
                render();
            });
    connect(m_flow, &RotationFlow::rulesCopied, this, [this](int created, int alreadyHeld) {
        m_ui->banner->showSuccess(
                tr("The successor holds every access rule of %1 (%2 copied, %3 it already "
                   "had). Give its credentials to the programs that use %1, then watch "
                   "below until %1 is no longer used.")
                        .arg(m_flow->state().predecessorName)
                        .arg(created)
                        .arg(alreadyHeld));
        m_flow->watch();
    });
    connect(m_flow, &RotationFlow::lastLoginsRead, this, &RotationDialog::lastLoginsRead);
    connect(m_flow, &RotationFlow::stepFailed, this, &RotationDialog::stepFailed);
    connect(m_flow, &RotationFlow::predecessorGone, this, [this] {
        m_ui->banner->showWarning(tr("%1 no longer exists on the console (deleted meanwhile?).")
                                          .arg(m_flow->state().predecessorName));
        Q_EMIT listChanged();
    });

    connect(m_ui->successorNameEdit, &QLineEdit::textChanged, this, &RotationDialog::validateName);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &RotationDialog::next);
    connect(m_ui->checkNowButton, &QPushButton::clicked, m_flow, &RotationFlow::checkNow);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        m_credentials->exportCredentials(m_session, m_flow->state().successorName,
                                         m_flow->state().successorClientId);
    });
    connect(m_ui->abandonButton, &QPushButton::clicked, this, &RotationDialog::confirmAbandon);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    validateName();
    if (state.step >= Step::RulesCopied && state.step < Step::Finished)
        m_flow->watch();
}

RotationDialog::~RotationDialog() = default;

const RotationState &RotationDialog::state() const
{
    return m_flow->state();
}

ObjectNoun RotationDialog::noun() const
{
    return ObjectNoun::of(m_session);
}

void RotationDialog::keep(const RotationState &state)
{
    RotationStore store(m_profileId);
    if (state.step == Step::Finished || state.step == Step::NotStarted)
        store.remove(state);
    else
        store.save(state);
    const Step before = std::exchange(m_shownStep, state.step);
    if (before != state.step && state.step == Step::PredecessorDisabled) {
        m_ui->banner->showSuccess(tr("\"%1\" is disabled. Delete it once you are sure nothing "
                                     "broke, or enable it again on the page.")
                                          .arg(state.predecessorName));
        Q_EMIT listChanged();
    }
    if (before != state.step && state.step == Step::Finished)
        finished();
    render();
}

void RotationDialog::validateName()
{
    if (m_flow->state().step != Step::NotStarted)
        return render();
    const QString name = m_ui->successorNameEdit->text();
    const auto result = InputValidation::applicationName(name);
    const bool same = name == m_flow->state().predecessorName;
    m_ui->nameHintLabel->setStyleSheet(
            result.ok && !same ? QString() : theme::hintStyle(m_ui->nameHintLabel, true));
    m_ui->nameHintLabel->setText(same        ? tr("The successor needs a name of its own.")
                                 : result.ok ? tr("A new identity with this name is created.")
                                             : result.reason);
    m_flow->setSuccessorName(result.ok && !same ? name : QString());
    render();
}

QString RotationDialog::stepsText() const
{
    const RotationState &s = m_flow->state();
    const QString old = s.predecessorName.toHtmlEscaped();
    const QString successor = s.successorName.toHtmlEscaped();
    const QStringList steps{
            tr("Create the successor <b>%1</b>; its secret is shown once and kept in the keychain")
                    .arg(successor),
            tr("Copy every access rule of %1 to %2").arg(old, successor),
            tr("Give the new credentials to every program that uses %1, and watch until %1 is "
               "no longer used")
                    .arg(old),
            tr("Disable %1 (it can be enabled again)").arg(old),
            tr("Delete %1").arg(old),
    };
    // Which list item is current for each step reached.
    int current = 0;
    switch (s.step) {
    case Step::NotStarted:
    case Step::CreatingSuccessor:
        current = 0;
        break;
    case Step::SuccessorCreated:
        current = 1;
        break;
    case Step::RulesCopied:
        current = 2;
        break;
    case Step::PredecessorDisabled:
        current = 4;
        break;
    case Step::Finished:
        current = int(steps.size());
        break;
    }
    QString html = u"<ol>"_s;
    for (int i = 0; i < steps.size(); ++i) {
        const QString mark = i < current ? u"✓ "_s : QString();
        html += i == current ? u"<li><b>▶ %1</b></li>"_s.arg(steps.at(i))
                             : u"<li>%1%2</li>"_s.arg(mark, steps.at(i));
    }
    return html + u"</ol>"_s;
}

QString RotationDialog::nextText() const
{
    switch (m_flow->state().step) {
    case Step::NotStarted:
        return tr("&Create successor");
    case Step::CreatingSuccessor:
        return m_successorWithoutSecret ? tr("&Give the successor a new secret")
                                        : tr("&Check and continue");
    case Step::SuccessorCreated:
        return tr("&Copy access rules");
    case Step::RulesCopied:
        return tr("Consumers moved: &disable %1…").arg(m_flow->state().predecessorName);
    case Step::PredecessorDisabled:
        return tr("&Delete %1…").arg(m_flow->state().predecessorName);
    case Step::Finished:
        return tr("Done");
    }
    return {};
}

void RotationDialog::render()
{
    const RotationState &s = m_flow->state();
    const bool busy = m_flow->isBusy();
    const bool watching = s.step >= Step::RulesCopied && s.step < Step::Finished;
    m_ui->successorNameEdit->setEnabled(s.step == Step::NotStarted && !busy);
    m_ui->nameHintLabel->setVisible(s.step == Step::NotStarted);
    m_ui->stepsLabel->setText(stepsText());
    m_ui->nextButton->setText(nextText());
    m_ui->nextButton->setEnabled(!busy && s.step != Step::Finished
                                 && (s.step != Step::NotStarted || !s.successorName.isEmpty()));
    m_ui->checkNowButton->setVisible(watching);
    m_ui->checkNowButton->setEnabled(!busy);
    m_ui->exportButton->setEnabled(s.step >= Step::SuccessorCreated
                                   && m_credentials->isStored(m_session, s.successorClientId));
    m_ui->abandonButton->setEnabled(!busy && s.step != Step::Finished);
    m_ui->watchLabel->setVisible(watching || s.step == Step::Finished);
    if (watching) {
        QString text
                = tr("<b>%1</b> (old) last signed in: %2<br><b>%3</b> (new) last signed "
                     "in: %4")
                          .arg(s.predecessorName.toHtmlEscaped(), lastUsed(s.predecessorLastLogin),
                               s.successorName.toHtmlEscaped(), lastUsed(s.successorLastLogin));
        if (s.startedAt.isValid() && s.predecessorLastLogin > s.startedAt)
            text += u"<br>"_s
                    + tr("%1 signed in after the rotation started: something still uses it.")
                              .arg(s.predecessorName.toHtmlEscaped());
        m_ui->watchLabel->setText(text);
    } else if (s.step == Step::Finished) {
        m_ui->watchLabel->setText(
                tr("The rotation is finished: %1 replaces %2.")
                        .arg(s.successorName.toHtmlEscaped(), s.predecessorName.toHtmlEscaped()));
    }
}

void RotationDialog::next()
{
    if (!m_session || m_flow->isBusy())
        return;
    switch (m_flow->state().step) {
    case Step::NotStarted:
        m_ui->banner->showInfo(tr("Creating \"%1\"…").arg(m_flow->state().successorName));
        return m_flow->createSuccessor();
    case Step::CreatingSuccessor:
        if (m_successorWithoutSecret)
            return m_flow->regenerateSuccessorSecret();
        return m_flow->createSuccessor(); // looks the lost create up first
    case Step::SuccessorCreated:
        return m_flow->copyRules();
    case Step::RulesCopied:
        return confirmDisable();
    case Step::PredecessorDisabled:
        return confirmDelete();
    case Step::Finished:
        return;
    }
}

void RotationDialog::successorCreated(const Application &successor, const QString &secret)
{
    m_successorWithoutSecret = false;
    m_ui->banner->showSuccess(tr("\"%1\" created. Copying the access rules…").arg(successor.name));
    m_credentials->showOnce(m_session, successor, secret);
    Q_EMIT listChanged();
    // The rules next, while the credentials are on screen.
    QTimer::singleShot(0, m_flow, &RotationFlow::copyRules);
}

void RotationDialog::lastLoginsRead(const Application &, const Application &)
{
    render();
}

void RotationDialog::stepFailed(const QString &step, const ApiError &error)
{
    const QString retry = m_flow->state().step == Step::NotStarted
                                  ? tr("Choose another name or try again.")
                                  : tr("Nothing done so far is lost: press the button to try "
                                       "again.");
    m_ui->banner->showError(tr("%1 failed: %2 %3").arg(step, error.userMessage(), retry));
    render();
}

void RotationDialog::confirmDisable()
{
    const RotationState &s = m_flow->state();
    ConfirmationDialog::ask(
            this,
            noun().pick(tr("Disable the old application"), tr("Disable the old service account")),
            tr("Have all programs moved to <b>%1</b>?<br><br><b>%2</b> last signed in: %3.<br>"
               "<b>%1</b> last signed in: %4.<br><br>Disabling <b>%2</b> stops its sign-ins and "
               "the tokens it holds. It can be enabled again on the page; it is deleted only "
               "after another confirmation.")
                    .arg(s.successorName.toHtmlEscaped(), s.predecessorName.toHtmlEscaped(),
                         lastUsed(s.predecessorLastLogin), lastUsed(s.successorLastLogin)),
            tr("&Disable %1").arg(s.predecessorName), [this] {
                m_ui->banner->showInfo(
                        tr("Disabling \"%1\"…").arg(m_flow->state().predecessorName));
                m_flow->disablePredecessor();
            });
}

void RotationDialog::confirmDelete()
{
    const RotationState &s = m_flow->state();
    const bool stored = m_credentials->isStored(m_session, s.predecessorClientId);
    ConfirmationDialog::ask(
            this,
            noun().pick(tr("Delete the old application"), tr("Delete the old service account")),
            tr("Delete <b>%1</b> for good?<br><br>It is disabled; nothing can sign in with it "
               "now. Its access rules go with it.%2 <b>%3</b> stays, with its own rules. This "
               "cannot be undone.")
                    .arg(s.predecessorName.toHtmlEscaped(),
                         stored ? u' '
                                          + tr("Its client secret is also erased from this "
                                               "computer's keychain.")
                                : QString(),
                         s.successorName.toHtmlEscaped()),
            tr("&Delete %1").arg(s.predecessorName), [this] {
                m_ui->banner->showInfo(tr("Deleting \"%1\"…").arg(m_flow->state().predecessorName));
                m_flow->deletePredecessor();
            });
}

void RotationDialog::finished()
{
    const RotationState &s = m_flow->state();
    if (s.step != Step::Finished)
        return;
    m_credentials->forget(m_session, s.predecessorClientId, s.predecessorName);
    m_ui->banner->showSuccess(tr("Rotation finished: \"%1\" replaces \"%2\".")
                                      .arg(s.successorName, s.predecessorName));
    Q_EMIT listChanged();
}

void RotationDialog::confirmAbandon()
{
    const RotationState &s = m_flow->state();
    const QString successor = s.step >= Step::CreatingSuccessor
                                      ? tr(" <b>%1</b> stays, with the rules copied so far: "
                                           "delete it on the page if it is not needed.")
                                                .arg(s.successorName.toHtmlEscaped())
                                      : QString();
    ConfirmationDialog::ask(
            this, tr("Abandon the rotation"),
            tr("Stop rotating <b>%1</b>? Nothing is disabled or deleted: <b>%1</b> keeps "
               "working.%2")
                    .arg(s.predecessorName.toHtmlEscaped(), successor),
            tr("&Abandon"),
            [this] {
                const RotationState state = m_flow->state();
                m_flow->cancel();
                RotationStore(m_profileId).remove(state);
                if (state.step != Step::NotStarted)
                    ActivityRecorder::record(
                            tr("Rotation: abandoned"),
                            u"%1 → %2"_s.arg(state.predecessorName, state.successorName),
                            ActivityEntry::Outcome::Cancelled);
                close();
            },
            ConfirmationDialog::Severity::Normal);
}

} // namespace runai
