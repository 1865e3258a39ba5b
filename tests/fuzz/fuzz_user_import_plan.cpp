// SPDX-License-Identifier: MIT
// Fuzzes UserImportPlan::fromCsv, which reads a users CSV chosen by the admin (or mailed to them)
// into rows before anything is sent. Invariants: a file error and rows exclude each other; the
// separator is ',' or ';'; line numbers increase; every row is counted once; a row is Valid exactly
// when it has no problem and its email passes InputValidation::email; the valid emails hold no
// duplicate; marking them all as existing leaves no Valid row.
#include "FuzzSupport.h"
#include "core/InputValidation.h"
#include "core/UserImportPlan.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::UserImportPlan;
using runai::UserImportRow;
using Status = runai::UserImportRow::Status;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    UserImportPlan plan = UserImportPlan::fromCsv(bytes);
    const QString input = QString::fromUtf8(bytes.left(200));

    FUZZ_CHECK(plan.fileError().isEmpty() != plan.rows().isEmpty(),
               u"file error \""_s + plan.fileError() + u"\" with "_s
                       + QString::number(plan.rows().size()) + u" rows\n  in: "_s + input);
    FUZZ_CHECK(plan.separator() == u',' || plan.separator() == u';', input);

    int lastLine = 0;
    for (const UserImportRow &row : plan.rows()) {
        FUZZ_CHECK(row.line > lastLine, u"line %1 after %2"_s.arg(row.line).arg(lastLine));
        lastLine = row.line;
        if (row.status == Status::Valid) {
            FUZZ_CHECK(row.problem.isEmpty(), row.problem);
            FUZZ_CHECK(runai::InputValidation::email(row.email).ok, row.email);
        } else {
            FUZZ_CHECK(!row.problem.isEmpty(), u"line %1 has no reason"_s.arg(row.line));
        }
        FUZZ_CHECK(row.status != Status::AlreadyOnConsole, u"marked before markExisting"_s);
    }
    const int valid = plan.count(Status::Valid);
    FUZZ_CHECK(valid + plan.count(Status::Invalid) + plan.count(Status::DuplicateInFile)
                       == plan.rows().size(),
               input);
    FUZZ_CHECK(plan.rowsWithNames() <= valid, input);

    const QStringList emails = plan.validEmails();
    FUZZ_CHECK(emails.size() == valid, input);
    const QSet<QString> unique(emails.cbegin(), emails.cend());
    FUZZ_CHECK(unique.size() == emails.size(),
               u"a duplicate email is Valid twice\n  in: "_s + input);

    plan.markExisting(unique);
    FUZZ_CHECK(plan.count(Status::Valid) == 0, input);
    FUZZ_CHECK(plan.count(Status::AlreadyOnConsole) == valid, input);
    return 0;
}
