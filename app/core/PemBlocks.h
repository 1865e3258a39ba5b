// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace runai {

// The blocks of PEM text ("-----BEGIN LABEL----- … -----END LABEL-----"). A CA field or file is
// meant to hold CERTIFICATE blocks only; a private key pasted or concatenated into it by
// mistake must never be kept with a profile. Pure functions.
class PemBlocks
{
public:
    // The label of every BEGIN line that is not CERTIFICATE, in order, each once
    // ("PRIVATE KEY", "RSA PRIVATE KEY", …); empty when the text holds certificates only.
    static QStringList otherLabels(const QByteArray &pem);
    // Only the complete CERTIFICATE blocks, each on its own lines, '\n' after each; the rest
    // (keys, other blocks, text around them) is dropped.
    static QByteArray certificatesOnly(const QByteArray &pem);
};

} // namespace runai
