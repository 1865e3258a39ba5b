// SPDX-License-Identifier: MIT
#pragma once

// The no-plaintext proof's one searcher: given the secrets a test saw (passwords, client
// secrets, every token), it looks for each of them, raw and in every encoding a careless line of
// code would use, in byte buffers (captured logs) and in the files under a set of roots. Roots
// are searched whole (a fresh HOME) or only for what appeared or changed since a snapshot (the
// shared /tmp and /dev/shm). Files the test itself asked the program to write with a secret in
// them (an exported credentials file the user chose) are excluded by exact path, and the test
// checks their permissions instead.

#include <QBitArray>
#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstring>

namespace runai::test {

struct SecretForm
{
    QString name;
    QByteArray bytes;
};

// A secret and the forms in which it could be written: raw, UTF-16LE, percent-encoded, as a JSON
// string (escaped as QJsonDocument escapes) and fully \u-escaped, base64 and base64url, and the
// part of a base64 stream that depends on the secret alone when it starts at any alignment
// inside longer data (only when long enough not to match by chance).
inline QList<SecretForm> secretForms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<SecretForm> forms{
            {QStringLiteral("raw"), raw},
            {QStringLiteral("UTF-16LE"),
             QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
            {QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret)},
            {QStringLiteral("base64"), raw.toBase64()},
            {QStringLiteral("base64url"),
             raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
    };
    // A JSON string value, quotes stripped: differs from raw only for " \ and control chars.
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    forms.append({QStringLiteral("JSON string"), json.mid(2, json.size() - 4)});
    QByteArray lower, upper;
    for (const QChar c : secret) {
        lower += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        upper += "\\u" + QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    }
    forms.append({QStringLiteral("JSON \\u escapes"), lower});
    forms.append({QStringLiteral("JSON \\u escapes (upper-case hex)"), upper});
    // Percent-encoding with lower-case hex digits, as some encoders write it.
    QByteArray percentLower = QUrl::toPercentEncoding(secret);
    for (qsizetype i = 0; i + 2 < percentLower.size(); ++i) {
        if (percentLower[i] == '%') {
            percentLower[i + 1] = QByteArray(1, percentLower[i + 1]).toLower().at(0);
            percentLower[i + 2] = QByteArray(1, percentLower[i + 2]).toLower().at(0);
        }
    }
    forms.append({QStringLiteral("percent-encoded (lower-case hex)"), percentLower});
    for (int shift = 0; shift <= 2; ++shift) {
        for (auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray enc = (QByteArray(shift, '\0') + raw).toBase64(option);
            const qsizetype wholeGroups = (shift + raw.size()) / 3;
            const qsizetype start = shift == 0 ? 0 : 4;
            const QByteArray middle = enc.mid(start, wholeGroups * 4 - start);
            if (middle.size() >= 12)
                forms.append({QStringLiteral("base64%1 at offset %2")
                                      .arg(option == QByteArray::Base64UrlEncoding
                                                   ? QStringLiteral("url")
                                                   : QString())
                                      .arg(shift),
                              middle});
        }
    }
    // One entry per distinct byte string (most forms equal raw for plain ASCII secrets).
    QList<SecretForm> distinct;
    QSet<QByteArray> seen;
    for (const SecretForm &form : std::as_const(forms)) {
        if (!form.bytes.isEmpty() && !seen.contains(form.bytes)) {
            seen.insert(form.bytes);
            distinct.append(form);
        }
    }
    return distinct;
}

class SecretSearch
{
public:
    // Secrets shorter than this would match by chance; addSecret() refuses them.
    static constexpr qsizetype MinimumLength = 8;
    // In the shared roots (/tmp, /dev/shm): the program writes nothing near this size.
    static constexpr qint64 MaximumSharedFileSize = 64 * 1024 * 1024;

    // What a root looked like before the test: path → last modification (ms since epoch).
    using Snapshot = QHash<QString, qint64>;

    // Returns false (and keeps nothing) for a secret too short to search for. A JWT adds its
    // signature on its own too: the part that is secret when the claims are not.
    bool addSecret(const QString &label, const QString &value)
    {
        if (value.size() < MinimumLength)
            return false;
        if (!m_values.contains(value)) {
            m_values.insert(value);
            m_secrets.append({label, value});
        }
        if (value.count(u'.') == 2) {
            const QString signature = value.section(u'.', 2);
            if (signature.size() >= 20 && !m_values.contains(signature)) {
                m_values.insert(signature);
                m_secrets.append({label + QStringLiteral(" (signature)"), signature});
            }
        }
        return true;
    }
    qsizetype secretCount() const { return m_secrets.size(); }

    // A file the test asked the program to write with a secret in it (exact path).
    void exclude(const QString &path) { m_excluded.insert(QFileInfo(path).absoluteFilePath()); }

    // Every file under `path` (or `path` itself).
    void addRoot(const QString &label, const QString &path)
    {
        m_roots.append({label, path, {}, false});
    }
    // Only the files under `path` that are not in `before` or changed since.
    void addRootSince(const QString &label, const QString &path, const Snapshot &before)
    {
        m_roots.append({label, path, before, true});
    }

    static Snapshot snapshot(const QString &path)
    {
        Snapshot files;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            files.insert(it.filePath(), it.fileInfo().lastModified().toMSecsSinceEpoch());
        }
        return files;
    }

    // "label (form) in where: …context…" for each secret found in `content`; the context is the
    // text around the first occurrence (the log line, the file's neighbourhood), secret masked.
    // One pass over the content whatever the number of secrets and forms (megabytes of log times
    // hundreds of forms would take seconds one by one): every form is at least 8 bytes long, so
    // each position's next 8 bytes go through a bitmap and then an index of the forms' first 8
    // bytes, and only candidates are compared in full.
    QStringList search(const QByteArray &content, const QString &where) const
    {
        buildIndex();
        QStringList found;
        QSet<int> seen;
        const char *data = content.constData();
        for (qsizetype at = 0; at + PrefixLength <= content.size(); ++at) {
            const quint64 key = prefixKey(data + at);
            if (!m_bitmap.testBit(bucket(key)))
                continue;
            const auto candidates = m_index.constFind(key);
            if (candidates == m_index.constEnd())
                continue;
            for (const int n : *candidates) {
                const Needle &needle = m_needles.at(n);
                if (seen.contains(n) || at + needle.bytes.size() > content.size()
                    || memcmp(data + at, needle.bytes.constData(), needle.bytes.size()) != 0)
                    continue;
                seen.insert(n);
                found << QStringLiteral("%1 (%2) in %3: %4")
                                 .arg(needle.label, needle.form, where,
                                      context(content, at, needle.bytes));
            }
        }
        return found;
    }

    // Searches every root; files that cannot be read (sockets, other users') are skipped.
    QStringList searchRoots()
    {
        QStringList found;
        for (const Root &root : std::as_const(m_roots)) {
            const QFileInfo info(root.path);
            QStringList files;
            if (info.isFile()) {
                files << info.absoluteFilePath();
            } else if (info.isDir()) {
                QDirIterator it(root.path,
                                QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    it.next();
                    const qint64 modified = it.fileInfo().lastModified().toMSecsSinceEpoch();
                    if (root.onlyNew && root.before.value(it.filePath(), -1) == modified)
                        continue;
                    // Another process's big file that changed meanwhile (a build, a download in
                    // the shared /tmp) is not read into memory; it is reported instead.
                    if (root.onlyNew && it.fileInfo().size() > MaximumSharedFileSize) {
                        m_skipped << it.filePath();
                        continue;
                    }
                    files << it.fileInfo().absoluteFilePath();
                }
            }
            for (const QString &file : std::as_const(files)) {
                if (m_excluded.contains(file) || m_searched.contains(file))
                    continue; // the roots overlap (TMPDIR under /tmp)
                QFile f(file);
                if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly))
                    continue;
                m_searched.insert(file);
                found << search(QFileInfo(file).fileName().toUtf8(),
                                root.label + QStringLiteral(": file name of ") + file);
                const QByteArray content = f.readAll();
                ++m_filesSearched;
                m_bytesSearched += content.size();
                found << search(content, root.label + QStringLiteral(": ") + file);
            }
        }
        return found;
    }
    int filesSearched() const { return m_filesSearched; }
    // Files too big to be the program's, in the shared roots.
    QStringList skippedFiles() const { return m_skipped; }
    qint64 bytesSearched() const { return m_bytesSearched; }
    bool wasSearched(const QString &path) const
    {
        return m_searched.contains(QFileInfo(path).absoluteFilePath());
    }

private:
    static constexpr qsizetype PrefixLength = 8;
    static constexpr int BitmapBits = 1 << 20;

    struct Needle
    {
        QString label;
        QString form;
        QByteArray bytes;
    };

    static quint64 prefixKey(const char *at)
    {
        quint64 key;
        memcpy(&key, at, sizeof key);
        return key;
    }
    static int bucket(quint64 key) { return int((key * 0x9E3779B97F4A7C15ull) >> 44); }

    void buildIndex() const
    {
        if (m_needles.size() > 0 && m_indexedSecrets == m_secrets.size())
            return;
        m_needles.clear();
        m_index.clear();
        m_bitmap = QBitArray(BitmapBits);
        for (const auto &[label, value] : m_secrets) {
            for (const SecretForm &form : secretForms(value)) {
                if (form.bytes.size() < PrefixLength)
                    continue; // cannot happen: secrets are at least 8 characters
                const quint64 key = prefixKey(form.bytes.constData());
                m_index[key].append(int(m_needles.size()));
                m_bitmap.setBit(bucket(key));
                m_needles.append({label, form.name, form.bytes});
            }
        }
        m_indexedSecrets = m_secrets.size();
    }

    static QString context(const QByteArray &content, qsizetype at, const QByteArray &secret)
    {
        const qsizetype lineStart = content.lastIndexOf('\n', at) + 1;
        const qsizetype start = qMax(lineStart, at - 300);
        qsizetype end = content.indexOf('\n', at + secret.size());
        end = qMin(end < 0 ? content.size() : end, at + secret.size() + 100);
        QByteArray text = content.mid(start, end - start).replace(secret, "[SECRET]");
        for (char &c : text) {
            if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
                c = '.';
        }
        return QString::fromLatin1(text);
    }

    struct Secret
    {
        QString label;
        QString value;
    };
    struct Root
    {
        QString label;
        QString path;
        Snapshot before;
        bool onlyNew;
    };
    QList<Secret> m_secrets;
    mutable QList<Needle> m_needles;
    mutable QHash<quint64, QList<int>> m_index;
    mutable QBitArray m_bitmap;
    mutable qsizetype m_indexedSecrets = 0;
    QSet<QString> m_values;
    QSet<QString> m_excluded;
    QSet<QString> m_searched;
    QStringList m_skipped;
    QList<Root> m_roots;
    int m_filesSearched = 0;
    qint64 m_bytesSearched = 0;
};

} // namespace runai::test
