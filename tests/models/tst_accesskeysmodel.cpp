// SPDX-License-Identifier: MIT
// The access keys table model (a row has no secret: AccessKey holds none), the Secret column only
// says whether the keychain holds it and is marked sensitive (never exported), dates sort as dates.
#include "models/AccessKeysModel.h"
#include "models/TableCsvExport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace runai;

class TestAccessKeysModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsShowTheKey()
    {
        AccessKeysModel model;
        AccessKey key{u"1"_s,
                      u"laptop"_s,
                      u"c-1"_s,
                      u"a@b.c"_s,
                      QDateTime::fromString(u"2026-01-02T03:04:05Z"_s, Qt::ISODate),
                      {}};
        model.setAccessKeys({key});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AccessKeysModel::OwnerColumn).data().toString(), u"a@b.c"_s);
        QCOMPARE(model.index(0, AccessKeysModel::LastLoginColumn).data().toString(), u"Never"_s);
        QCOMPARE(model.rowOf(u"1"_s), 0);
        QCOMPARE(model.rowOf(u"2"_s), -1);
    }

    void secretColumnSaysWhereItIs()
    {
        AccessKeysModel model;
        model.setAccessKeys({AccessKey{u"1"_s, u"k"_s, u"c-1"_s, {}, {}, {}},
                             AccessKey{u"2"_s, u"j"_s, u"c-2"_s, {}, {}, {}}});
        model.setStoredSecrets({u"c-2"_s});
        QCOMPARE(model.index(0, AccessKeysModel::SecretColumn).data().toString(),
                 u"Not stored here"_s);
        QVERIFY(model.index(1, AccessKeysModel::SecretColumn)
                        .data()
                        .toString()
                        .contains(u"held"_s));
        QVERIFY(model.isSecretStored(u"c-2"_s));
        QVERIFY(model.headerData(AccessKeysModel::SecretColumn, Qt::Horizontal,
                                 TableCsvExport::SensitiveColumnRole)
                        .toBool());
        QVERIFY(!model.headerData(AccessKeysModel::ClientIdColumn, Qt::Horizontal,
                                  TableCsvExport::SensitiveColumnRole)
                         .toBool());
    }

    // Issue 15: exported as values under the API's field names; the Secret column never.
    void exportsValues()
    {
        AccessKeysModel model;
        const QDateTime when = QDateTime::fromString(u"2026-01-02T03:04:05Z"_s, Qt::ISODate);
        model.setAccessKeys({AccessKey{u"1"_s, u"laptop"_s, u"c-1"_s, u"a@b.c"_s, when, {}}});
        model.setStoredSecrets({u"c-1"_s});
        const QString csv = TableCsvExport::toCsv(
                &model, {AccessKeysModel::NameColumn, AccessKeysModel::OwnerColumn,
                         AccessKeysModel::ClientIdColumn, AccessKeysModel::SecretColumn,
                         AccessKeysModel::CreatedColumn, AccessKeysModel::LastLoginColumn});
        QCOMPARE(csv, u"name,createdBy,clientId,createdAt,lastLogin\r\n"
                      "laptop,a@b.c,c-1,2026-01-02T03:04:05Z,\r\n"_s);
    }

    void datesSortAsDates()
    {
        AccessKeysModel model;
        const QDateTime when = QDateTime::fromString(u"2026-01-02T03:04:05Z"_s, Qt::ISODate);
        model.setAccessKeys({AccessKey{u"1"_s, u"k"_s, u"c"_s, {}, when, when}});
        QCOMPARE(model.index(0, AccessKeysModel::CreatedColumn)
                         .data(AccessKeysModel::SortRole)
                         .toDateTime(),
                 when);
    }
};

QTEST_GUILESS_MAIN(TestAccessKeysModel)
#include "tst_accesskeysmodel.moc"
