// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using runai::User;
using runai::UsersModel;

namespace {

User makeUser(const QString &id, const QString &email, std::optional<bool> local = true)
{
    User user;
    user.id = id;
    user.username = email;
    user.isLocal = local;
    user.createdBy = u"test@run.ai"_s;
    user.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);
    return user;
}

// What data() gives for a row that holds `user`, written from the User's fields: the model's
// compact rows must give back exactly this, cell by cell and role by role.
QVariant expectedData(const User &user, bool created, int column, int role)
{
    switch (role) {
    case UsersModel::IdRole:
        return user.id;
    case UsersModel::UsernameRole:
        return user.username;
    case UsersModel::CreatedInSessionRole:
        return created;
    case Qt::FontRole:
        if (!created)
            return {};
        {
            QFont font;
            font.setBold(true);
            return font;
        }
    case Qt::ToolTipRole:
        return created ? QVariant(u"Created by you in this session"_s) : QVariant();
    default:
        break;
    }
    const auto date = [](const QDateTime &value, const QString &nullText) {
        return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat)
                               : nullText;
    };
    if (role == UsersModel::SortRole) {
        if (column == UsersModel::EmailColumn)
            return user.username;
        if (column == UsersModel::CreatedColumn)
            return user.createdAt;
        if (column == UsersModel::LastLoginColumn)
            return user.lastLogin;
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case UsersModel::EmailColumn:
        return created ? user.username + u" (new)"_s : user.username;
    case UsersModel::NameColumn:
        return user.fullName();
    case UsersModel::IdColumn:
        return user.id;
    case UsersModel::TypeColumn:
        return !user.isLocal ? u"Unknown"_s : *user.isLocal ? u"Local"_s : u"SSO"_s;
    case UsersModel::CreatedColumn:
        return date(user.createdAt, u"Unknown"_s);
    case UsersModel::CreatedByColumn:
        return user.createdBy;
    case UsersModel::LastLoginColumn:
        return date(user.lastLogin, u"Never"_s);
    }
    return {};
}

// Users with every kind of field the API layer gives: names or none, dates or none (never
// logged in), UUID ids and others, text UTF-8 cannot carry, long text, groups.
QList<User> variedUsers()
{
    QList<User> users;
    User full = makeUser(u"3f2b8c1e-9a4d-4e2f-8b6a-0c1d2e3f4a5b"_s, u"zoë.ünal@example.com"_s);
    full.firstName = u"Zoë"_s;
    full.lastName = u"Ünal 日本"_s;
    full.carriesNames = true;
    full.updatedAt = QDateTime(QDate(2026, 3, 5), QTime(7, 8, 9, 123), Qt::UTC);
    full.lastLogin = QDateTime(QDate(2026, 4, 1), QTime(23, 59, 59, 999), Qt::UTC);
    full.groups = {u"admins"_s, u"ml"_s};
    users << full;

    User noNames = makeUser(u"7d9e0f1a-2b3c-4d5e-8f90-a1b2c3d4e5f6"_s, u"sso@example.com"_s,
                            std::nullopt);
    noNames.createdAt = {};
    noNames.createdBy = QString();
    users << noNames; // never logged in, no dates, no names, type unknown

    User nullNames = makeUser(u"user-42"_s, u"Mixed.Case@Example.com"_s, false);
    nullNames.carriesNames = true; // a 3.0 console with the names left null
    nullNames.lastName = u"Only"_s;
    nullNames.createdAt = QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC);
    nullNames.groups = {u"ml"_s};
    users << nullNames;

    User odd = makeUser(u"3F2B8C1E-9A4D-4E2F-8B6A-0C1D2E3F4A5B"_s, u"odd@example.com"_s);
    odd.firstName = QString(1500, u'x'); // longer than the shared text blocks' small strings
    odd.lastName = u"bad"_s + QChar(0xD800) + u"surrogate"_s;
    odd.createdBy = QString(u""_s);
    users << odd;

    users << makeUser(QString(), u"noid@example.com"_s); // no id
    users << makeUser(u"00000000-0000-0000-0000-000000000000"_s, u"nil@example.com"_s);
    return users;
}

void compareRow(const UsersModel &model, int row, const User &user, bool created)
{
    QCOMPARE(model.user(row), user);
    QCOMPARE(model.user(row).createdAt.timeSpec(), user.createdAt.timeSpec());
    QCOMPARE(model.user(row).carriesNames, user.carriesNames);
    const QList<int> roles = {Qt::DisplayRole,
                              Qt::ToolTipRole,
                              Qt::FontRole,
                              UsersModel::SortRole,
                              UsersModel::IdRole,
                              UsersModel::UsernameRole,
                              UsersModel::CreatedInSessionRole,
                              Qt::EditRole};
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        for (const int role : roles) {
            const QVariant actual = model.index(row, column).data(role);
            const QVariant expected = expectedData(user, created, column, role);
            if (actual != expected || actual.metaType() != expected.metaType())
                QFAIL(qPrintable(u"row %1 column %2 role %3: %4 instead of %5"_s.arg(row)
                                         .arg(column)
                                         .arg(role)
                                         .arg(actual.toString(), expected.toString())));
        }
    }
}

} // namespace

// compareRow's QCOMPARE/QFAIL return from compareRow only: stop the test function as well.
#define COMPARE_ROW(...) \
    do { \
        compareRow(__VA_ARGS__); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class TestUsersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<UsersModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headers()
    {
        QCOMPARE(m_model->columnCount(), int(UsersModel::ColumnCount));
        QCOMPARE(m_model->headerData(UsersModel::EmailColumn, Qt::Horizontal).toString(),
                 u"Email"_s);
        QCOMPARE(m_model->headerData(UsersModel::TypeColumn, Qt::Horizontal).toString(), u"Type"_s);
    }

    void typeColumn_data()
    {
        QTest::addColumn<std::optional<bool>>("isLocal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local") << std::optional<bool>(true) << u"Local"_s;
        QTest::newRow("sso") << std::optional<bool>(false) << u"SSO"_s;
        QTest::newRow("null") << std::optional<bool>() << u"Unknown"_s;
    }
    void typeColumn()
    {
        QFETCH(std::optional<bool>, isLocal);
        QFETCH(QString, expected);
        m_model->setUsers({makeUser(u"1"_s, u"a@example.com"_s, isLocal)});
        QCOMPARE(m_model->index(0, UsersModel::TypeColumn).data().toString(), expected);
        QCOMPARE(m_model->index(0, UsersModel::LastLoginColumn).data().toString(), u"Never"_s);
        QCOMPARE(m_model->index(0, UsersModel::IdColumn).data().toString(), u"1"_s);
    }

    void createdUsersStayMarkedAcrossReloads()
    {
        m_model->setUsers({makeUser(u"1"_s, u"old@example.com"_s)});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addCreatedUser(makeUser(u"2"_s, u"new@example.com"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->index(1, 0).data(UsersModel::CreatedInSessionRole).toBool());
        QVERIFY(!m_model->index(0, 0).data(UsersModel::CreatedInSessionRole).toBool());
        QVERIFY(m_model->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(m_model->index(1, 0).data().toString().contains(u"new"_s));

        // A reload from the server (with the address in another case) keeps the mark.
        m_model->setUsers(
                {makeUser(u"2"_s, u"New@Example.com"_s), makeUser(u"1"_s, u"old@example.com"_s)});
        QVERIFY(m_model->index(0, 0).data(UsersModel::CreatedInSessionRole).toBool());
        QVERIFY(!m_model->index(1, 0).data(UsersModel::CreatedInSessionRole).toBool());
        QCOMPARE(m_model->rowOfUsername(u"NEW@example.com"_s), 0);

        // Adding a user already listed updates the row instead of duplicating it.
        m_model->addCreatedUser(makeUser(u"1"_s, u"old@example.com"_s));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->index(1, 0).data(UsersModel::CreatedInSessionRole).toBool());
    }

    void searchThroughAProxy()
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setUsers({makeUser(u"1"_s, u"alice@example.com"_s),
                           makeUser(u"2"_s, u"bob@example.com"_s, false)});
        proxy.setFilterFixedString(u"ALICE"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(u"sso"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(UsersModel::UsernameRole).toString(), u"bob@example.com"_s);
        proxy.setFilterFixedString({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    // The model keeps compact rows, not Users: every cell, every role and user() must be what
    // the User itself gave, for users of every shape, created here or not.
    void compactRowsGiveBackTheUsers()
    {
        const QList<User> users = variedUsers();
        m_model->appendUsers(users.mid(0, 3)); // page by page, as the loader does
        m_model->appendUsers(users.mid(3));
        QCOMPARE(m_model->rowCount(), int(users.size()));
        for (int row = 0; row < users.size(); ++row)
            COMPARE_ROW(*m_model, row, users.at(row), false);

        User created = makeUser(u"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"_s, u"made@example.com"_s);
        created.firstName = u"Made"_s;
        created.carriesNames = true;
        m_model->addCreatedUser(created);
        COMPARE_ROW(*m_model, int(users.size()), created, true);
        QCOMPARE(m_model->rowOfUsername(u"MIXED.case@example.com"_s), 2);
        QCOMPARE(m_model->rowOfUsername(u"ZOË.ÜNAL@example.com"_s), 0);

        // The server gives the created user back with its address in another case: the same
        // row, still marked, now with the server's fields.
        User again = users.at(2);
        again.username = u"mixed.case@example.com"_s;
        m_model->addCreatedUser(again);
        QCOMPARE(m_model->rowCount(), int(users.size()) + 1);
        COMPARE_ROW(*m_model, 2, again, true);
    }

    // Thousands of rows fill several blocks of rows and of text: each row stays its own.
    void manyRowsAcrossBlocks()
    {
        QList<User> all;
        for (int page = 0; page < 5; ++page) {
            QList<User> users;
            for (int i = 0; i < 1000; ++i) {
                const int n = page * 1000 + i;
                User user = makeUser(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     u"user%1.with.a.longer.address@example.com"_s.arg(n),
                                     n % 3 ? std::optional<bool>(n % 2) : std::nullopt);
                user.createdBy = n % 2 ? u"test@run.ai"_s : u"system"_s;
                user.lastLogin = n % 4 ? QDateTime::fromMSecsSinceEpoch(n * 1000003LL, Qt::UTC)
                                       : QDateTime();
                if (n % 5 == 0) {
                    user.firstName = u"First %1"_s.arg(n);
                    user.carriesNames = true;
                }
                users << user;
            }
            m_model->appendUsers(users);
            all << users;
        }
        QCOMPARE(m_model->rowCount(), 5000);
        for (const int row : {0, 1, 1023, 1024, 1025, 2047, 2048, 3333, 4999})
            COMPARE_ROW(*m_model, row, all.at(row), false);
        for (int row = 0; row < all.size(); ++row)
            QCOMPARE(m_model->user(row), all.at(row));
        QCOMPARE(m_model->rowOfUsername(u"USER4321.with.a.longer.address@example.com"_s), 4321);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setUsers(all.mid(0, 2));
        COMPARE_ROW(*m_model, 1, all.at(1), false);
    }

    // Where the console cannot sort, the model does: pages are placed as they come (all pages
    // handed over in one event-loop turn with ONE layout change, not a signal per row), equal
    // keys keep their arrival order, and a selected row keeps its user.
    void sortsPagesAsTheyArrive()
    {
        m_model->sortRows(UsersModel::EmailColumn, Qt::DescendingOrder);
        QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_model->appendUsers(
                {makeUser(u"1"_s, u"b@example.com"_s), makeUser(u"2"_s, u"D@example.com"_s)});
        QTRY_COMPARE(layouts.size(), 1);
        const QPersistentModelIndex selected = m_model->index(0, 0);
        QCOMPARE(selected.data(UsersModel::IdRole), u"2"_s); // D
        m_model->appendUsers(
                {makeUser(u"3"_s, u"a@example.com"_s), makeUser(u"4"_s, u"d@example.com"_s)});
        m_model->appendUsers({makeUser(u"5"_s, u"c@example.com"_s)});
        QCOMPARE(m_model->user(4).id, u"5"_s); // shown at the end until the next turn
        QTRY_COMPARE(layouts.size(), 2);
        const auto ids = [this] {
            QStringList out;
            for (int row = 0; row < m_model->rowCount(); ++row)
                out << m_model->user(row).id;
            return out;
        };
        // Case-insensitive, and D before d: it came first.
        QCOMPARE(ids(), (QStringList{u"2"_s, u"4"_s, u"5"_s, u"1"_s, u"3"_s}));
        QCOMPARE(selected.data(UsersModel::IdRole), u"2"_s);
        QCOMPARE(m_model->rowOfUsername(u"c@example.com"_s), 2);
        // Another column, then the order the rows came in.
        m_model->sortRows(UsersModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        m_model->sortRows(UsersModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QStringList{u"3"_s, u"1"_s, u"5"_s, u"2"_s, u"4"_s}));
        QCOMPARE(m_model->index(selected.row(), 0).data(UsersModel::IdRole), u"2"_s);
        m_model->sortRows(-1);
        QCOMPARE(ids(), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    }

    // Many rows are sorted on a pool thread: the order shows when it is ready, and a page that
    // came meanwhile is placed too.
    void sortsManyRowsInThePool()
    {
        QList<User> users;
        for (int i = 0; i < UsersModel::SortInPlaceRows + 1000; ++i)
            users << makeUser(QString::number(i), u"user%1@example.com"_s.arg(99999 - i));
        m_model->appendUsers(users);
        QSignalSpy sorted(m_model.get(), &UsersModel::sorted);
        m_model->sortRows(UsersModel::EmailColumn);
        QVERIFY(m_model->sortPending());
        m_model->appendUsers({makeUser(u"late"_s, u"a-late@example.com"_s)});
        QVERIFY(sorted.wait());
        QVERIFY(!m_model->sortPending());
        QCOMPARE(m_model->user(0).id, u"late"_s);
        for (int row = 2; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->user(row - 1).username < m_model->user(row).username);
        // clear() keeps the order asked for: the next load is placed as it arrives.
        m_model->clear();
        m_model->appendUsers(
                {makeUser(u"y"_s, u"y@example.com"_s), makeUser(u"x"_s, u"x@example.com"_s)});
        QTRY_COMPARE(m_model->user(0).id, u"x"_s);
    }

private:
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
