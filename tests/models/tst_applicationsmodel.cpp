// SPDX-License-Identifier: MIT
#include "models/ApplicationsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using runai::Application;
using runai::ApplicationsModel;

namespace {

Application makeApp(const QString &id, const QString &name)
{
    Application app;
    app.id = id;
    app.name = name;
    app.clientId = name;
    app.enabled = true;
    app.createdBy = u"test@run.ai"_s;
    app.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    return app;
}

} // namespace

class TestApplicationsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ApplicationsModel>();
        // Alive for the whole test: it checks every change the model announces.
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headersAreTranslatedColumnNames()
    {
        QCOMPARE(m_model->columnCount(), int(ApplicationsModel::ColumnCount));
        QCOMPARE(m_model->headerData(ApplicationsModel::NameColumn, Qt::Horizontal).toString(),
                 u"Application"_s);
        QCOMPARE(m_model->headerData(ApplicationsModel::ClientIdColumn, Qt::Horizontal).toString(),
                 u"Client ID"_s);
        QCOMPARE(m_model->headerData(ApplicationsModel::ClientSecretColumn, Qt::Horizontal)
                         .toString(),
                 u"Client secret"_s);
        QCOMPARE(m_model->headerData(ApplicationsModel::LastLoginColumn, Qt::Horizontal).toString(),
                 u"Last login"_s);
    }

    void secretColumnSaysWhetherTheKeychainHoldsIt()
    {
        m_model->setApplications({makeApp(u"1"_s, u"alpha"_s), makeApp(u"2"_s, u"beta"_s)});
        const QModelIndex alpha = m_model->index(0, ApplicationsModel::ClientSecretColumn);
        const QModelIndex beta = m_model->index(1, ApplicationsModel::ClientSecretColumn);
        QCOMPARE(alpha.data().toString(), u"Not stored here"_s);
        QCOMPARE(alpha.data(ApplicationsModel::SecretStoredRole).toBool(), false);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setStoredSecrets({u"beta"_s});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(beta.data(ApplicationsModel::SecretStoredRole).toBool(), true);
        QVERIFY(beta.data().toString().contains(u"keychain"_s));
        QCOMPARE(alpha.data(ApplicationsModel::SecretStoredRole).toBool(), false);

        // The same set again is no change.
        m_model->setStoredSecrets({u"beta"_s});
        QCOMPARE(changed.count(), 1);
    }

    void displaysEveryColumn()
    {
        Application app = makeApp(u"id-1"_s, u"ci-bot"_s);
        app.enabled = false;
        m_model->setApplications({app});
        auto cell = [&](int column) {
            return m_model->index(0, column).data().toString();
        };
        QCOMPARE(cell(ApplicationsModel::NameColumn), u"ci-bot"_s);
        QCOMPARE(cell(ApplicationsModel::ClientIdColumn), u"ci-bot"_s);
        QCOMPARE(cell(ApplicationsModel::EnabledColumn), u"No"_s);
        QCOMPARE(cell(ApplicationsModel::CreatedByColumn), u"test@run.ai"_s);
        QVERIFY(!cell(ApplicationsModel::CreatedColumn).isEmpty());
        QCOMPARE(cell(ApplicationsModel::LastLoginColumn), u"Never"_s);
        QCOMPARE(m_model->index(0, 0).data(ApplicationsModel::IdRole).toString(), u"id-1"_s);
    }

    void addOrUpdateInsertsThenReplaces()
    {
        m_model->setApplications({makeApp(u"1"_s, u"alpha"_s)});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addOrUpdate(makeApp(u"2"_s, u"beta"_s));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        Application renamed = makeApp(u"2"_s, u"beta"_s);
        renamed.enabled = false;
        m_model->addOrUpdate(renamed);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->application(1).enabled, false);
        QCOMPARE(m_model->rowOfName(u"beta"_s), 1);
        QCOMPARE(m_model->rowOf(u"nope"_s), -1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void sortsThroughAProxy()
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(ApplicationsModel::SortRole);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Application older = makeApp(u"1"_s, u"zulu"_s);
        older.createdAt = older.createdAt.addDays(-1);
        m_model->setApplications({makeApp(u"2"_s, u"alpha"_s), older});
        proxy.sort(ApplicationsModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ApplicationsModel::NameColumn).data().toString(), u"zulu"_s);
        proxy.sort(ApplicationsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ApplicationsModel::NameColumn).data().toString(), u"alpha"_s);
    }

private:
    std::unique_ptr<ApplicationsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestApplicationsModel)
#include "tst_applicationsmodel.moc"
