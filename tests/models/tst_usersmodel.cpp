// SPDX-License-Identifier: MIT
#include "models/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

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

} // namespace

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

private:
    std::unique_ptr<UsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
