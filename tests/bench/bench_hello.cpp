// SPDX-License-Identifier: MIT
// The baseline of the cold-start benchmark: a bare Qt Widgets window with one label, built the
// same way as the program (same compiler flags, Release), that quits once it has painted.
#include "BenchSupport.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using runai::bench::cpuMsSoFar;
using runai::bench::mark;
using runai::bench::msSinceLaunch;

namespace {
class QuitOnPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            mark("first paint event");
            // Posted behind the paint: runs once the window has been painted (and flushed).
            QTimer::singleShot(0, qApp, [] {
                mark("painted");
                std::printf("RESULT startup painted_ms=%.1f cpu_ms=%.1f\n", msSinceLaunch(),
                            cpuMsSoFar());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    mark("main()");
    QApplication app(argc, argv);
    mark("QApplication");
    QLabel label(u"Hello, world"_s);
    QuitOnPaint quit;
    label.installEventFilter(&quit);
    label.resize(960, 640);
    label.show();
    mark("show() returned");
    const int code = QApplication::exec();
    mark("event loop left");
    return code;
}
