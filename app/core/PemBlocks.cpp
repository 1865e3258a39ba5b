// SPDX-License-Identifier: MIT
#include "core/PemBlocks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace runai {

QStringList PemBlocks::otherLabels(const QByteArray &pem)
{
    static const QRegularExpression begin(u"-----BEGIN ([^-\\r\\n]*)-----"_s);
    QStringList labels;
    auto it = begin.globalMatch(QString::fromLatin1(pem));
    while (it.hasNext()) {
        const QString label = it.next().captured(1).trimmed();
        if (label != u"CERTIFICATE"_s && !labels.contains(label))
            labels.append(label);
    }
    return labels;
}

QByteArray PemBlocks::certificatesOnly(const QByteArray &pem)
{
    static const QRegularExpression block(
            u"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]*-----END CERTIFICATE-----"_s);
    QByteArray out;
    auto it = block.globalMatch(QString::fromLatin1(pem));
    while (it.hasNext())
        out += it.next().captured(0).toLatin1() + '\n';
    return out;
}

} // namespace runai
