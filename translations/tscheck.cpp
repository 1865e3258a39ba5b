// SPDX-License-Identifier: MIT
// runai_ts_check: the translations check that CTest runs (issue 8).
//
//   runai_ts_check --lupdate <lupdate> --sources <list-file> <file.ts>...
//
// For each shipped .ts file it
//   1. reads the file and fails on any entry a user would see untranslated: unfinished, empty
//      (every plural form counts), or kept only as obsolete/vanished history;
//   2. runs lupdate over the program's sources into a temporary copy and fails when the copy's
//      live messages differ from the shipped file's: a tr() string was added or changed (or
//      removed) without `update_translations` being run and the result committed.
// Messages are compared by (context, source, disambiguation comment, plural or not).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;

    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u"\x1fN"_s : QString());
    }
    QString describe() const
    {
        QString text = u"[%1] \"%2\""_s.arg(context, source);
        if (!comment.isEmpty())
            text += u" (%1)"_s.arg(comment);
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (inMessage && name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (inMessage && name == "comment"_L1) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == "translation"_L1) {
                current.type = xml.attributes().value("type"_L1).toString();
                if (!current.numerus)
                    current.translations.append(
                            xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (inMessage && name == "numerusform"_L1) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            ts.messages.append(current);
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

bool isLive(const Message &m)
{
    return m.type != "vanished"_L1 && m.type != "obsolete"_L1;
}

QSet<QString> liveKeys(const TsFile &ts)
{
    QSet<QString> keys;
    for (const Message &m : ts.messages) {
        if (isLive(m))
            keys.insert(m.key());
    }
    return keys;
}

int checkFile(const QString &lupdate, const QString &sources, const QString &path, QTextStream &out)
{
    int problems = 0;
    const TsFile shipped = readTs(path);
    if (!shipped.error.isEmpty()) {
        out << shipped.error << '\n';
        return 1;
    }
    const QString name = QFileInfo(path).fileName();
    out << name << ": " << shipped.messages.size() << " messages, language " << shipped.language
        << '\n';
    if (shipped.language.isEmpty()) {
        out << "  no language attribute\n";
        ++problems;
    }

    for (const Message &m : shipped.messages) {
        if (!isLive(m)) {
            out << "  " << m.type << " entry (run update_translations with -no-obsolete, or "
                << "delete it): " << m.describe() << '\n';
            ++problems;
        } else if (m.type == "unfinished"_L1) {
            out << "  unfinished: " << m.describe() << '\n';
            ++problems;
        } else if (m.translations.isEmpty()
                   || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                  [](const QString &t) { return t.trimmed().isEmpty(); })) {
            out << "  empty translation: " << m.describe() << '\n';
            ++problems;
        }
    }

    // lupdate rewrites the copy the way `update_translations` would rewrite the shipped file.
    QTemporaryDir dir;
    const QString copy = dir.filePath(name);
    if (!dir.isValid() || !QFile::copy(path, copy)) {
        out << "  cannot copy to a temporary directory\n";
        return problems + 1;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {u"-locations"_s, u"none"_s, u"-no-ui-lines"_s, u"-silent"_s,
                            u'@' + sources, u"-ts"_s, copy});
    if (!process.waitForFinished(100'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        out << "  lupdate failed: " << process.readAll() << '\n';
        return problems + 1;
    }
    const TsFile updated = readTs(copy);
    if (!updated.error.isEmpty()) {
        out << "  " << updated.error << '\n';
        return problems + 1;
    }
    const QSet<QString> before = liveKeys(shipped);
    const QSet<QString> after = liveKeys(updated);
    for (const Message &m : updated.messages) {
        if (isLive(m) && !before.contains(m.key())) {
            out << "  new in the sources, missing here: " << m.describe() << '\n';
            ++problems;
        }
    }
    for (const Message &m : shipped.messages) {
        if (isLive(m) && !after.contains(m.key())) {
            out << "  no longer in the sources: " << m.describe() << '\n';
            ++problems;
        }
    }
    if (problems > 0) {
        out << "  " << problems << " problem(s). Run `cmake --build <build-dir> --target "
            << "update_translations`, translate the new entries (Qt Linguist), mark them "
               "finished, and commit the .ts file.\n";
    } else {
        out << "  current and complete (" << before.size() << " live messages)\n";
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Checks that .ts files match the sources and are completely translated."_s);
    parser.addHelpOption();
    const QCommandLineOption lupdate(u"lupdate"_s, u"The lupdate program."_s, u"path"_s);
    const QCommandLineOption sources(u"sources"_s, u"lupdate list file of the sources."_s,
                                     u"file"_s);
    parser.addOptions({lupdate, sources});
    parser.addPositionalArgument(u"ts"_s, u"The shipped .ts files."_s, u"file.ts..."_s);
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(lupdate) || !parser.isSet(sources)
        || parser.positionalArguments().isEmpty()) {
        out << "usage: runai_ts_check --lupdate <path> --sources <list> <file.ts>...\n";
        return 2;
    }
    int problems = 0;
    for (const QString &path : parser.positionalArguments())
        problems += checkFile(parser.value(lupdate), parser.value(sources), path, out);
    out.flush();
    return problems == 0 ? 0 : 1;
}
