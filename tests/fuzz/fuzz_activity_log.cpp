// SPDX-License-Identifier: MIT
// Fuzzes ActivityLog::load (through the constructor), which reads the JSON-lines activity file
// kept across restarts: a torn last line after a crash, a line from a later version, or a file
// edited by hand. Invariants: every non-blank line is either an entry or counted as skipped;
// every entry survives its own JSON form; every cell of the model and the CSV export can be
// produced; and an entry recorded after loading is there on the next load (a torn last line must
// not swallow it).
#include "FuzzSupport.h"
#include "models/ActivityLog.h"
#include "models/TableCsvExport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::ActivityEntry;
using runai::ActivityLog;

namespace {

QString describe(const QByteArray &bytes)
{
    return u"\n  file: "_s + QString::fromUtf8(bytes.left(300));
}

bool sameEntry(const ActivityEntry &a, const ActivityEntry &b)
{
    return a.time == b.time && a.profile == b.profile && a.identity == b.identity
           && a.action == b.action && a.object == b.object && a.outcome == b.outcome
           && a.serverMessage == b.serverMessage;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = dir.filePath(u"activity.jsonl"_s);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }

    int lines = 0;
    for (const QByteArray &line : bytes.split('\n'))
        lines += line.trimmed().isEmpty() ? 0 : 1;

    qsizetype loaded = 0;
    {
        ActivityLog log(path);
        loaded = log.entries().size();
        FUZZ_CHECK(loaded + log.skippedLines() == lines,
                   u"%1 entries + %2 skipped != %3 lines"_s.arg(loaded)
                                   .arg(log.skippedLines())
                                   .arg(lines)
                           + describe(bytes));
        for (const ActivityEntry &e : log.entries()) {
            ActivityEntry again;
            FUZZ_CHECK(ActivityEntry::fromJson(e.toJson(), &again), describe(bytes));
            FUZZ_CHECK(sameEntry(e, again),
                       u"entry changed by its own JSON form"_s + describe(bytes));
            FUZZ_CHECK(e.time.timeSpec() == Qt::UTC, describe(bytes));
        }
        for (int r = 0; r < log.rowCount(); ++r) {
            for (int c = 0; c < log.columnCount(); ++c) {
                // ValueRole: what the page's CSV export writes.
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), runai::TableCsvExport::ValueRole})
                    (void)log.data(log.index(r, c), role);
            }
        }

        ActivityEntry fresh;
        fresh.action = u"Register application"_s;
        fresh.object = u"fuzz-bot"_s;
        log.record(fresh);
        FUZZ_CHECK(log.writeError().isEmpty(), log.writeError());
    }
    ActivityLog reloaded(path);
    FUZZ_CHECK(reloaded.entries().size() == loaded + 1,
               u"an entry recorded after loading was lost on the next load (%1 -> %2)"_s.arg(loaded)
                               .arg(reloaded.entries().size())
                       + describe(bytes));
    FUZZ_CHECK(reloaded.entries().last().object == u"fuzz-bot"_s, describe(bytes));
    return 0;
}
