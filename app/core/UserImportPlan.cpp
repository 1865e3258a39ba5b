// SPDX-License-Identifier: MIT
#include "core/UserImportPlan.h"

#include "core/Csv.h"
#include "core/InputValidation.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QString headerKey(const QString &cell)
{
    QString key = cell.trimmed().toCaseFolded();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    return key;
}

} // namespace

UserImportPlan::BoolCell UserImportPlan::parseBool(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty())
        return {};
    if (t == "true"_L1 || t == "yes"_L1 || t == "1"_L1 || t == "y"_L1)
        return {true, true};
    if (t == "false"_L1 || t == "no"_L1 || t == "0"_L1 || t == "n"_L1)
        return {true, false};
    return {false, std::nullopt};
}

UserImportPlan UserImportPlan::fromError(const QString &why)
{
    UserImportPlan plan;
    plan.m_fileError = why;
    return plan;
}

UserImportPlan UserImportPlan::fromCsv(const QByteArray &bytes)
{
    UserImportPlan plan;
    const Csv::Table table = Csv::parse(bytes);
    plan.m_separator = table.separator;
    if (table.records.isEmpty()) {
        plan.m_fileError = tr("The file holds no rows.");
        return plan;
    }

    int emailCol = 0;
    int resetCol = 1;
    int notifyCol = 2;
    int firstNameCol = -1;
    int lastNameCol = -1;
    int isLocalCol = -1;
    qsizetype first = 0;
    const QStringList &head = table.records.first().fields;
    QHash<QString, int> byName;
    for (int i = 0; i < head.size(); ++i)
        byName.insert(headerKey(head.at(i)), i);
    const auto col = [&](std::initializer_list<QLatin1StringView> names) {
        for (const auto &n : names) {
            if (byName.contains(n))
                return byName.value(n);
        }
        return -1;
    };
    const int namedEmail = col({"email"_L1, "emailaddress"_L1, "mail"_L1, "username"_L1});
    if (namedEmail >= 0) {
        plan.m_hasHeader = true;
        emailCol = namedEmail;
        resetCol = col({"resetpassword"_L1});
        notifyCol = col({"notify"_L1});
        // headerKey folds first_name, firstName and "First name" alike.
        firstNameCol = col({"firstname"_L1, "givenname"_L1});
        lastNameCol = col({"lastname"_L1, "surname"_L1, "familyname"_L1});
        plan.m_hasNameColumns = firstNameCol >= 0 || lastNameCol >= 0;
        isLocalCol = col({"islocal"_L1});
        first = 1;
    } else if (std::none_of(head.cbegin(), head.cend(),
                            [](const QString &cell) { return cell.contains(u'@'); })) {
        // A header row that names no email column (no cell looks like an address): say so
        // rather than import "Name" as a user.
        plan.m_fileError = tr("The first row looks like a header but has no \"email\" column.");
        return plan;
    }

    QHash<QString, int> seen; // case-folded email -> line of its first row
    for (qsizetype r = first; r < table.records.size(); ++r) {
        const Csv::Record &rec = table.records.at(r);
        UserImportRow row;
        row.line = rec.line;
        row.email = rec.fields.value(emailCol).trimmed();
        if (firstNameCol >= 0)
            row.firstName = rec.fields.value(firstNameCol).trimmed();
        if (lastNameCol >= 0)
            row.lastName = rec.fields.value(lastNameCol).trimmed();
        QStringList problems;
        if (row.email.isEmpty()) {
            problems << tr("no email");
        } else if (const auto v = InputValidation::email(row.email); !v.ok) {
            problems << v.reason;
        }
        const auto readBool = [&](int column, const QString &name, std::optional<bool> &out) {
            if (column < 0)
                return;
            const BoolCell cell = parseBool(rec.fields.value(column));
            if (!cell.valid)
                problems << tr("%1 must be true or false, not \"%2\"")
                                    .arg(name, rec.fields.value(column));
            else
                out = cell.value;
        };
        readBool(resetCol, u"resetPassword"_s, row.resetPassword);
        readBool(notifyCol, u"notify"_s, row.notify);
        std::optional<bool> isLocal;
        readBool(isLocalCol, u"isLocal"_s, isLocal);

        if (!problems.isEmpty()) {
            row.status = UserImportRow::Status::Invalid;
            row.problem = problems.join(u"; "_s);
        } else if (isLocal == false) {
            row.status = UserImportRow::Status::NotLocal;
            row.problem = tr("signs in through the identity provider (SSO): not created as a "
                             "local user");
        } else {
            const QString key = row.email.toCaseFolded();
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                row.status = UserImportRow::Status::DuplicateInFile;
                row.problem = tr("same email as line %1").arg(it.value());
            } else {
                seen.insert(key, row.line);
            }
        }
        plan.m_rows.append(row);
    }
    if (table.unterminatedQuote && !plan.m_rows.isEmpty()) {
        UserImportRow &last = plan.m_rows.last();
        last.status = UserImportRow::Status::Invalid;
        last.problem = tr("a quoted field is not closed before the end of the file");
    }
    if (plan.m_rows.isEmpty())
        plan.m_fileError = tr("The file has a header but no users.");
    return plan;
}

int UserImportPlan::count(UserImportRow::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const UserImportRow &r) { return r.status == status; }));
}

int UserImportPlan::rowsWithNames() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const UserImportRow &r) {
        return r.status == UserImportRow::Status::Valid
               && (!r.firstName.isEmpty() || !r.lastName.isEmpty());
    }));
}

QStringList UserImportPlan::validEmails() const
{
    QStringList out;
    for (const auto &r : m_rows) {
        if (r.status == UserImportRow::Status::Valid)
            out << r.email.toCaseFolded();
    }
    return out;
}

void UserImportPlan::markExisting(const QSet<QString> &existingCaseFolded)
{
    for (auto &r : m_rows) {
        if (r.status == UserImportRow::Status::Valid
            && existingCaseFolded.contains(r.email.toCaseFolded())) {
            r.status = UserImportRow::Status::AlreadyOnConsole;
            r.problem = tr("already on the console");
        }
    }
}

} // namespace runai
