// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace runai {

// One line of a users CSV, checked before anything is sent.
struct UserImportRow
{
    enum class Status {
        Valid,
        Invalid, // see problem
        DuplicateInFile, // the same email (case-insensitive) appears on an earlier row
        AlreadyOnConsole, // the server has a user with this email (set by markExisting)
        NotLocal, // isLocal is false: an SSO user, who signs in through the identity provider
    };
    int line = 0; // line in the file, for the preview and the report
    QString email;
    QString firstName; // optional columns; only a console with names (3.0) stores them
    QString lastName;
    std::optional<bool> resetPassword; // not sent when unset
    std::optional<bool> notify;
    Status status = Status::Valid;
    QString problem; // translated reason for Invalid / DuplicateInFile / AlreadyOnConsole
};

// A users CSV read into rows, each marked valid, invalid (why) or duplicate. Header-aware: a first
// row naming an "email" column (any case; also "e-mail", "username") picks columns by name, and
// "resetPassword" / "notify" and the names ("first_name" or "firstName", "last_name" or
// "lastName") are optional columns; without a header, the columns are
// email[, resetPassword[, notify]]. Booleans: true/false, yes/no, 1/0, empty = not set.
// The users table's own export reads as is (a migration from one console to another): its
// "email", "firstName" and "lastName" columns are used, an "isLocal" column of false marks an SSO
// user (left out: the identity provider creates them, a local copy would be a second way in), and
// its other columns (id, dates, creator) are ignored.
class UserImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(runai::UserImportPlan)
public:
    static UserImportPlan fromCsv(const QByteArray &bytes);
    // A plan that only says why the file could not be read.
    static UserImportPlan fromError(const QString &why);

    // Empty when the file could be read at all; else why not (then rows() is empty).
    QString fileError() const { return m_fileError; }
    QChar separator() const { return m_separator; }
    bool hasHeader() const { return m_hasHeader; }
    // The file has a first or last name column (whether or not any cell is filled).
    bool hasNameColumns() const { return m_hasNameColumns; }
    // Rows to be created that carry a first or last name.
    int rowsWithNames() const;
    const QList<UserImportRow> &rows() const { return m_rows; }
    int count(UserImportRow::Status status) const;

    // Case-folded emails of the Valid rows (what must be checked against the server).
    QStringList validEmails() const;
    // Marks the Valid rows whose case-folded email is in `existing` as AlreadyOnConsole.
    void markExisting(const QSet<QString> &existingCaseFolded);

    // A true/false cell: empty means "not given"; anything unrecognised is invalid.
    // (A plain struct rather than optional<optional<bool>>, which GCC 12 at -O2 flags as
    // maybe-uninitialized.)
    struct BoolCell
    {
        bool valid = true;
        std::optional<bool> value;
    };
    static BoolCell parseBool(const QString &text);

private:
    QString m_fileError;
    QChar m_separator = u',';
    bool m_hasHeader = false;
    bool m_hasNameColumns = false;
    QList<UserImportRow> m_rows;
};

} // namespace runai
