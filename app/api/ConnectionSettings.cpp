// SPDX-License-Identifier: MIT
#include "api/ConnectionSettings.h"

#include <QHostAddress>

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

QByteArray ConnectionSettings::caCertificatesOf(const QByteArray &data)
{
    QByteArray pem;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    for (const QSslCertificate &cert : certs)
        pem += cert.toPem();
    return pem;
}

bool ConnectionSettings::isKnownLoopbackHost(const QString &host)
{
    // QUrl::host() gives IPv6 without brackets; a trailing dot ("localhost.") is a different
    // name to the resolver, so it is not treated as loopback.
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false; // a name: only "localhost" is known without resolving
    return address.isLoopback();
}

bool ConnectionSettings::travelsInClear(const QUrl &url)
{
    return url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0
           && !isKnownLoopbackHost(url.host());
}

} // namespace runai
