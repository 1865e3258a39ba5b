// SPDX-License-Identifier: MIT
#include "ConnectionSettings.h"

using namespace Qt::StringLiterals;

namespace runai {

ParseResult<QList<QSslCertificate>> ConnectionSettings::parseCaBundle(const QByteArray &pem)
{
    using R = ParseResult<QList<QSslCertificate>>;
    if (pem.trimmed().isEmpty())
        return R::failure(u"the CA bundle is empty"_s);
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return R::failure(
                u"the CA bundle holds no PEM certificate (-----BEGIN CERTIFICATE-----)"_s);
    const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return R::failure(u"the CA bundle's certificates could not be read"_s);
    if (certs.size() != pem.count("-----BEGIN CERTIFICATE-----"))
        return R::failure(u"some certificates in the CA bundle could not be read"_s);
    return certs;
}

} // namespace runai
