// SPDX-License-Identifier: MIT
// The baseline of the cold-start benchmark: a bare Qt Widgets window with one label, built the
// same way as the program (same compiler flags, Release), that quits once it has painted.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class QuitOnPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return false;
    }
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(u"Hello, world"_s);
    QuitOnPaint quit;
    label.installEventFilter(&quit);
    label.resize(960, 640);
    label.show();
    return QApplication::exec();
}
