// SPDX-License-Identifier: MIT
#include "core/ReviewReport.h"

#include "core/Csv.h"

#include <array>

using namespace Qt::StringLiterals;

namespace runai {

namespace {

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// For people: "2026-12-05 04:50 UTC" (the CSV keeps ISO 8601 for programs).
QString readableUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString();
}

// A table cell: the day, with the UTC time in its tool tip.
QString dayCell(const QDateTime &when, const QString &nullText)
{
    if (!when.isValid())
        return u"<td class=\"none\">%1</td>"_s.arg(nullText.toHtmlEscaped());
    return u"<td class=\"date\" title=\"%1\">%2</td>"_s.arg(readableUtc(when),
                                                            when.toUTC().toString(u"yyyy-MM-dd"_s));
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QStringList ruleTexts(const ReviewEntry &entry)
{
    QStringList out;
    out.reserve(entry.rules.size());
    for (const ReviewRule &rule : entry.rules)
        out.append(rule.text());
    return out;
}

// Calls `row` with every entry the filter accepts and its flags.
template<typename F>
void forEachShown(const ReviewSnapshot &snapshot, F row)
{
    const ReviewFlags::Context context = snapshot.context();
    const auto one = [&](const ReviewEntry &entry) {
        const ReviewFlags::Flags flags = ReviewFlags::of(entry, context);
        if (snapshot.filter.accepts(entry, flags))
            row(entry, flags);
    };
    if (snapshot.order.isEmpty()) {
        for (const ReviewEntry &entry : snapshot.entries)
            one(entry);
        return;
    }
    for (int index : snapshot.order) {
        if (index >= 0 && index < snapshot.entries.size())
            one(snapshot.entries.at(index));
    }
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

const auto kStyle = uR"(<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#1d1d1f}
h1{font-size:1.5em;margin-bottom:.2em}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
dt{font-weight:600}
table{border-collapse:collapse;font-size:.9em;margin-top:1em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
td.date{white-space:nowrap}
th{background:#f0f0f3;position:sticky;top:0}
tr:nth-child(even) td{background:#fafafa}
.flag{display:inline-block;background:#fde7c3;border-radius:.6em;padding:0 .5em;margin:.1em;
white-space:nowrap}
.flag.system_administrator{background:#f8c9c9}
.none{color:#777}
</style>)"_s;

} // namespace

ReviewFlags::Context ReviewSnapshot::context() const
{
    ReviewFlags::Context c;
    c.now = date;
    c.staleDays = staleDays;
    c.identities = &identities;
    c.complete = complete;
    return c;
}

QByteArray ReviewReport::csv(const ReviewSnapshot &snapshot, int *rows)
{
    int written = 0;
    // Field names, the same in every language (as the other exports): a spreadsheet or a script
    // reading the review must not depend on the reviewer's language.
    QStringList header{u"type"_s,         u"name"_s,       u"client_id"_s, u"created_by"_s,
                       u"created_at"_s,   u"last_login"_s, u"enabled"_s,   u"secret_held"_s,
                       u"access_rules"_s, u"flags"_s};
    for (int i = 0; i < ReviewFlags::FlagCount; ++i)
        header.append(ReviewFlags::key(ReviewFlags::flagAt(i)));
    QString out = Csv::row(header);
    forEachShown(snapshot, [&](const ReviewEntry &e, ReviewFlags::Flags flags) {
        QStringList fields{ReviewFlags::typeName(e.type),
                           e.name,
                           e.clientId,
                           e.createdBy,
                           isoUtc(e.createdAt),
                           isoUtc(e.lastLogin),
                           e.enabled ? boolText(*e.enabled) : QString(),
                           boolText(e.secretHeld),
                           ruleTexts(e).join(u"; "_s),
                           ReviewFlags::names(flags, snapshot.staleDays).join(u"; "_s)};
        for (int i = 0; i < ReviewFlags::FlagCount; ++i)
            fields.append(boolText(flags.testFlag(ReviewFlags::flagAt(i))));
        out += Csv::row(fields);
        ++written;
    });
    if (rows)
        *rows = written;
    return out.toUtf8();
}

QByteArray ReviewReport::html(const ReviewSnapshot &snapshot, int *written)
{
    std::array<int, ReviewFlags::FlagCount> counts{};
    QString rows;
    int shown = 0;
    forEachShown(snapshot, [&](const ReviewEntry &e, ReviewFlags::Flags flags) {
        ++shown;
        QString flagCells;
        for (int i = 0; i < ReviewFlags::FlagCount; ++i) {
            const auto flag = ReviewFlags::flagAt(i);
            if (!flags.testFlag(flag))
                continue;
            ++counts[size_t(i)];
            flagCells += u"<span class=\"flag %1\">%2</span>"_s.arg(
                    ReviewFlags::key(flag), escaped(ReviewFlags::name(flag, snapshot.staleDays)));
        }
        const QString enabled = !e.enabled ? tr("n/a") : *e.enabled ? tr("yes") : tr("no");
        rows += u"<tr><td>%1</td><td>%2</td><td>%3</td>%4%5<td>%6</td><td>%7</td><td>%9</td>"
                "<td>%8</td></tr>\n"_s.arg(
                        escaped(ReviewFlags::typeName(e.type)), escaped(e.name),
                        escaped(e.createdBy), dayCell(e.createdAt, {}),
                        dayCell(e.lastLogin, tr("never")), escaped(enabled),
                        e.secretHeld ? tr("yes") : tr("no"),
                        escaped(ruleTexts(e).join(u"\n"_s)).replace(u'\n', u"<br>"_s), flagCells);
    });

    QString summary;
    for (int i = 0; i < ReviewFlags::FlagCount; ++i) {
        const auto flag = ReviewFlags::flagAt(i);
        summary += u"<tr><td>%1</td><td>%2</td></tr>\n"_s.arg(
                escaped(ReviewFlags::name(flag, snapshot.staleDays)), QString::number(counts[i]));
    }
    const QString title = tr("Access review of %1").arg(snapshot.console);
    QString out
            = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n"_s.arg(
                    escaped(title));
    out += kStyle;
    out += u"</head><body>\n<h1>%1</h1>\n<dl>"_s.arg(escaped(title));
    const auto fact = [&out](const QString &term, const QString &value) {
        out += u"<dt>%1</dt><dd>%2</dd>"_s.arg(escaped(term), escaped(value));
    };
    fact(tr("Date"), readableUtc(snapshot.date));
    fact(tr("Console"), snapshot.console);
    fact(tr("Reviewer"), snapshot.reviewer);
    fact(tr("Identities"), tr("%1 shown of %2").arg(shown).arg(snapshot.entries.size()));
    if (!snapshot.complete)
        fact(tr("Incomplete"), tr("The lists did not load completely; this review is partial."));
    if (!snapshot.scopeNote.isEmpty())
        fact(tr("Not covered"), snapshot.scopeNote);
    out += u"</dl>\n<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n%4</table>\n"_s.arg(
            escaped(tr("Flags")), escaped(tr("Flag")), escaped(tr("Identities")), summary);
    out += u"<h2>%1</h2>\n<table><tr>"_s.arg(escaped(tr("Identities")));
    for (const QString &h :
         {tr("Type"), tr("Name"), tr("Created by"), tr("Created"), tr("Last login"), tr("Enabled"),
          tr("Secret held here"), tr("Flags"), tr("Access rules")})
        out += u"<th>%1</th>"_s.arg(escaped(h));
    out += u"</tr>\n"_s + rows + u"</table>\n</body></html>\n"_s;
    if (written)
        *written = shown;
    return out.toUtf8();
}

} // namespace runai
