// SPDX-License-Identifier: MIT
#include "gui/review/ReviewChangeFlow.h"

#include "api/Session.h"
#include "core/ActivityRecorder.h"
#include "gui/widgets/ConfirmationDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "models/AccessReviewModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <utility>

using namespace Qt::StringLiterals;

namespace runai {

namespace {
using Action = AccessReviewChanges::Action;
using Type = ReviewEntry::Type;

constexpr int kNamesShown = 10; // per kind in the question; the details list them all

QString nameOf(const ReviewEntry &e)
{
    // An access key's name is unique for its owner only.
    if (e.type == Type::AccessKey && !e.createdBy.isEmpty())
        return u"%1 (%2)"_s.arg(e.name, e.createdBy);
    return e.name;
}

int ownRules(const ReviewEntryList &entries)
{
    int n = 0;
    for (const ReviewEntry &e : entries) {
        for (const ReviewRule &rule : e.rules)
            n += rule.via == ReviewRule::Via::Direct ? 1 : 0;
    }
    return n;
}
} // namespace

ReviewChangeFlow::ReviewChangeFlow(const Parts &parts, AccessReviewModel *model, QWidget *page)
    : QObject(page)
    , m_parts(parts)
    , m_model(model)
    , m_page(page)
{
    connect(m_parts.table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_parts.disableButton, &QPushButton::clicked, this, &ReviewChangeFlow::disableSelected);
    connect(m_parts.deleteButton, &QPushButton::clicked, this, &ReviewChangeFlow::deleteSelected);
    updateButtons();
}

void ReviewChangeFlow::setSession(Session *session)
{
    m_removed.clear();
    if (m_changes)
        m_changes->cancel();
    m_session = session;
    updateButtons();
}

void ReviewChangeFlow::setBusy(bool loading)
{
    m_busy = loading;
    updateButtons();
}

int ReviewChangeFlow::selectedCount() const
{
    return int(m_parts.table->selectionModel()->selectedRows().size());
}

ReviewEntryList ReviewChangeFlow::selectedEntries() const
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_parts.table->model());
    ReviewEntryList out;
    const QModelIndexList rows = m_parts.table->selectionModel()->selectedRows();
    out.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const int row = proxy ? proxy->mapToSource(index).row() : index.row();
        if (row >= 0 && row < m_model->rowCount())
            out.append(m_model->entry(row));
    }
    return out;
}

bool ReviewChangeFlow::isSelf(const ReviewEntry &e) const
{
    if (!m_session)
        return false;
    const QString me = m_session->identity();
    return !me.isEmpty()
           && (e.name.compare(me, Qt::CaseInsensitive) == 0
               || (!e.clientId.isEmpty() && e.clientId == me));
}

void ReviewChangeFlow::updateButtons()
{
    const ReviewEntryList selected = selectedEntries();
    bool anyDisableable = false;
    bool anyNotDisableable = false;
    for (const ReviewEntry &e : selected) {
        if (AccessReviewChanges::applies(Action::Disable, e))
            anyDisableable = true;
        else if (!e.canBeDisabled())
            anyNotDisableable = true;
    }
    const bool free = m_session && !m_busy && !isRunning();
    m_parts.disableButton->setEnabled(free && anyDisableable);
    m_parts.deleteButton->setEnabled(free && !selected.isEmpty());
    m_parts.noteLabel->setVisible(anyNotDisableable);
}

void ReviewChangeFlow::disableSelected()
{
    ask(Action::Disable);
}

void ReviewChangeFlow::deleteSelected()
{
    ask(Action::Delete);
}

QString ReviewChangeFlow::confirmationText(Action action, const ReviewEntryList &entries,
                                           const QStringList &leftOut, QString *details)
{
    const QString intro
            = action == Action::Delete
                      ? tr("%n identity(ies) will be deleted from the console. This cannot be "
                           "undone.",
                           nullptr, int(entries.size()))
                      : tr("%n identity(ies) will be disabled. Nothing is deleted; they can be "
                           "enabled again.",
                           nullptr, int(entries.size()));
    QString text = u"<p>%1</p>"_s.arg(intro.toHtmlEscaped());
    QStringList all;
    for (Type type : {Type::User, Type::Application, Type::ServiceAccount, Type::AccessKey}) {
        QStringList names;
        ReviewEntryList ofType;
        for (const ReviewEntry &e : entries) {
            if (e.type == type) {
                names.append(nameOf(e));
                ofType.append(e);
            }
        }
        if (names.isEmpty())
            continue;
        const int n = int(names.size());
        QString shown = QStringList(names.mid(0, kNamesShown)).join(u", "_s).toHtmlEscaped();
        if (n > kNamesShown)
            shown += u' ' + tr("and %1 more (Show Details… lists them all)").arg(n - kNamesShown);
        QString stops;
        const int rules = ownRules(ofType);
        if (action == Action::Disable) {
            stops = tr("Whatever signs in with them is refused until they are enabled again.");
        } else if (type == Type::User) {
            stops = tr("They can no longer sign in; their access keys stop working with them.");
        } else if (type == Type::AccessKey) {
            stops = tr("Scripts and the CLI signing in with these keys are refused from now on.");
        } else {
            stops = tr("Whatever signs in with their client IDs is refused from now on.");
        }
        if (action == Action::Delete && rules > 0)
            stops += u' ' + tr("%n access rule(s) naming them are removed.", nullptr, rules);
        // The dialog shows rich text: names come from the console, so they are escaped.
        text += u"<p>%1 (%2): %3<br>%4</p>"_s.arg(ReviewFlags::typeName(type))
                        .arg(n)
                        .arg(shown, stops.toHtmlEscaped());
        for (const QString &name : std::as_const(names))
            all.append(ReviewFlags::typeName(type) + u": "_s + name);
    }
    if (!leftOut.isEmpty())
        text += u"<p>%1</p>"_s.arg(tr("Left alone: %1").arg(leftOut.join(u"; "_s)).toHtmlEscaped());
    if (details)
        *details = entries.size() > kNamesShown ? all.join(u'\n') : QString();
    return text;
}

void ReviewChangeFlow::ask(Action action)
{
    if (!m_session || isRunning() || m_busy)
        return;
    ReviewEntryList targets;
    QStringList leftOut;
    int cannotDisable = 0;
    int alreadyDisabled = 0;
    for (const ReviewEntry &e : selectedEntries()) {
        if (isSelf(e)) {
            leftOut.append(tr("%1, the identity you are signed in as").arg(e.name));
        } else if (!AccessReviewChanges::applies(action, e)) {
            (e.canBeDisabled() ? alreadyDisabled : cannotDisable) += 1;
        } else {
            targets.append(e);
        }
    }
    if (cannotDisable > 0)
        leftOut.append(tr("%n user(s) or access key(s): Run:ai's API has no way to disable them "
                          "(delete them instead)",
                          nullptr, cannotDisable));
    if (alreadyDisabled > 0)
        leftOut.append(tr("%n already disabled", nullptr, alreadyDisabled));
    if (targets.isEmpty()) {
        m_parts.banner->showWarning(
                action == Action::Disable
                        ? tr("Nothing to disable. %1.").arg(leftOut.join(u"; "_s))
                        : tr("Nothing to delete. %1.").arg(leftOut.join(u"; "_s)));
        return;
    }
    QString details;
    const QString text = confirmationText(action, targets, leftOut, &details);
    const int n = int(targets.size());
    const bool remove = action == Action::Delete;
    auto *dialog = ConfirmationDialog::ask(
            m_page,
            remove ? tr("Delete %n identity(ies)?", nullptr, n)
                   : tr("Disable %n identity(ies)?", nullptr, n),
            text, remove ? tr("Delete %n", nullptr, n) : tr("Disable %n", nullptr, n),
            [this, action, targets] { run(action, targets); });
    dialog->setObjectName(u"reviewConfirmation"_s);
    if (!details.isEmpty())
        dialog->setDetailedText(details);
}

void ReviewChangeFlow::run(Action action, const ReviewEntryList &entries)
{
    if (!m_session || isRunning())
        return;
    m_action = action;
    auto *changes = new AccessReviewChanges(m_session, this);
    m_changes = changes;
    connect(changes, &AccessReviewChanges::entryDone, this, &ReviewChangeFlow::entryDone);
    connect(changes, &AccessReviewChanges::progress, this, [this](int done, int total) {
        m_parts.banner->showInfo(tr("Working… %1 of %2").arg(done).arg(total));
    });
    connect(changes, &AccessReviewChanges::finished, this, &ReviewChangeFlow::allDone);
    m_parts.banner->showInfo(tr("Working… 0 of %1").arg(entries.size()));
    updateButtons();
    changes->start(action, entries);
}

void ReviewChangeFlow::entryDone(const AccessReviewChanges::Outcome &outcome)
{
    const ReviewEntry &e = outcome.entry;
    const bool remove = m_action == Action::Delete;
    ActivityRecorder::record(remove ? tr("Delete (access review)") : tr("Disable (access review)"),
                             ReviewFlags::typeName(e.type) + u' ' + nameOf(e), outcome.error);
    if (outcome.error.isError())
        return;
    if (remove)
        m_removed.append(e); // removed together at the end: one pass over a long table
    else
        m_model->update(e);
}

void ReviewChangeFlow::allDone(const QList<AccessReviewChanges::Outcome> &outcomes)
{
    m_model->remove(std::exchange(m_removed, {}));
    QStringList failures;
    for (const auto &o : outcomes) {
        if (o.error.isError())
            failures.append(u"%1: %2"_s.arg(nameOf(o.entry), o.error.userMessage()));
    }
    const int done = int(outcomes.size() - failures.size());
    const bool remove = m_action == Action::Delete;
    if (failures.isEmpty()) {
        m_parts.banner->showSuccess(remove ? tr("Deleted %n identity(ies).", nullptr, done)
                                           : tr("Disabled %n identity(ies).", nullptr, done));
    } else {
        const QString head = remove ? tr("Deleted %1 of %2 identities; these failed:")
                                    : tr("Disabled %1 of %2 identities; these failed:");
        m_parts.banner->showError(head.arg(done).arg(outcomes.size()) + u' '
                                  + failures.join(u"; "_s));
    }
    m_changes->deleteLater();
    updateButtons();
    Q_EMIT finished();
}

} // namespace runai
