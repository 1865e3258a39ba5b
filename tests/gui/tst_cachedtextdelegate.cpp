// SPDX-License-Identifier: MIT
// CachedTextDelegate (issue 14) draws a table exactly as QStyledItemDelegate does: the same
// pixels for plain, elided, bold, selected and empty cells, and again from its cache.
#include "gui/widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using runai::CachedTextDelegate;

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private:
    static QImage render(QTableView &view)
    {
        view.viewport()->repaint();
        return view.viewport()->grab().toImage();
    }

private Q_SLOTS:
    void drawsAsTheStyledDelegate()
    {
        QStandardItemModel model(4, 3);
        const QStringList texts{u"alice@example.com"_s,
                                u"a-very-long-address-that-does-not-fit@example.com"_s,
                                u"5 Dec 2026 04:38:20"_s,
                                u"Local"_s,
                                QString(),
                                u"test@run.ai"_s};
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 3; ++column)
                model.setItem(row, column,
                              new QStandardItem(texts.at((row * 3 + column) % texts.size())));
        }
        QFont bold;
        bold.setBold(true);
        model.item(1, 0)->setFont(bold);
        model.item(2, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableView view;
        view.setModel(&model);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false); // as the Users page (wrapped text goes to the plain delegate)
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->setVisible(false);
        view.setColumnWidth(0, 160);
        view.setColumnWidth(1, 120);
        view.resize(480, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(2);

        const QImage plain = render(view);
        auto *delegate = new CachedTextDelegate(&view);
        view.setItemDelegate(delegate);
        const QImage cached = render(view);
        QCOMPARE(cached.size(), plain.size());
        QVERIFY2(cached == plain, "the cached delegate drew other pixels");
        QVERIFY(render(view) == plain); // from the cache
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
