// SPDX-License-Identifier: MIT
#include "gui/users/UserImportReportSaver.h"

#include "core/RunInPool.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace runai {

UserImportReportSaver::UserImportReportSaver(std::function<QString(bool)> report, QWidget *dialog)
    : QObject(dialog)
    , m_report(std::move(report))
    , m_dialog(dialog)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (error.isEmpty())
            Q_EMIT saved(m_path);
        else
            Q_EMIT failed(error);
    });
}

void UserImportReportSaver::ask(bool withPasswords)
{
    if (!withPasswords) {
        chooseFile(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Temporary Passwords?"),
                                tr("The report will hold the temporary passwords in plain text. "
                                   "Anyone who can read the file can sign in as these users "
                                   "until they change their passwords.\n\nStore the file "
                                   "somewhere safe and delete it once the passwords are handed "
                                   "over."),
                                QMessageBox::Cancel, m_dialog);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *include = box->addButton(tr("Include Passwords"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, include](QAbstractButton *b) {
        if (b == include)
            chooseFile(true);
    });
    box->open();
}

void UserImportReportSaver::chooseFile(bool withPasswords)
{
    auto *dialog = new QFileDialog(m_dialog, tr("Save Import Report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->selectFile(u"user-import-report.csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, withPasswords](const QString &path) { save(path, withPasswords); });
    dialog->open();
}

void UserImportReportSaver::save(const QString &path, bool withPasswords)
{
    if (m_watcher.isRunning())
        return;
    m_path = path;
    const QByteArray bytes = m_report(withPasswords).toUtf8();
    m_watcher.setFuture(runInPool<QString>([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        // Owner-only: the report may hold passwords, and always holds addresses.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
    Q_EMIT started();
}

QString UserImportReportSaver::resultKey(BulkUserCreator::Outcome outcome)
{
    using O = BulkUserCreator::Outcome;
    switch (outcome) {
    case O::Pending:
        return u"pending"_s;
    case O::InFlight:
        return u"sending"_s;
    case O::Created:
        return u"created"_s;
    case O::AlreadyExists:
        return u"alreadyExists"_s;
    case O::Invalid:
        return u"invalid"_s;
    case O::Failed:
        return u"failed"_s;
    case O::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString UserImportReportSaver::resultKey(UserImportRow::Status status)
{
    using S = UserImportRow::Status;
    switch (status) {
    case S::Valid:
        return u"ready"_s;
    case S::Invalid:
        return u"invalid"_s;
    case S::DuplicateInFile:
        return u"duplicateInFile"_s;
    case S::AlreadyOnConsole:
        return u"alreadyOnConsole"_s;
    case S::NotLocal:
        return u"sso"_s;
    }
    return {};
}

} // namespace runai
