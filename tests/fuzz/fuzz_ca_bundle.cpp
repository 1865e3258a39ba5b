// SPDX-License-Identifier: MIT
// Fuzzes ConnectionSettings::parseCaBundle, which reads the PEM CA bundle of a profile (typed,
// pasted, or read from --ca-file / a profile's CA path). Invariants: a value or a reason; an
// accepted bundle yields only real certificates, one per "BEGIN CERTIFICATE" block; and the
// certificates written back as PEM parse again to the same certificates.
#include "FuzzSupport.h"
#include "api/ConnectionSettings.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using runai::ConnectionSettings;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray pem(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = ConnectionSettings::parseCaBundle(pem);
    runai::fuzz::checkParseResult(r, "parseCaBundle");
    if (!r.ok())
        return 0;
    const auto &certs = r.value();
    FUZZ_CHECK(!certs.isEmpty(), u"accepted an empty bundle"_s);
    FUZZ_CHECK(certs.size() == pem.count("-----BEGIN CERTIFICATE-----"),
               u"%1 certificates from %2 blocks"_s.arg(certs.size())
                       .arg(pem.count("-----BEGIN CERTIFICATE-----")));
    QByteArray again;
    for (const auto &c : certs) {
        FUZZ_CHECK(!c.isNull(), u"a null certificate was accepted"_s);
        again += c.toPem();
    }
    const auto back = ConnectionSettings::parseCaBundle(again);
    FUZZ_CHECK(back.ok(), back.error());
    FUZZ_CHECK(back.value() == certs, u"the bundle changed when written back as PEM"_s);
    return 0;
}
