// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace runai {

// Writes one flat JSON object straight into compact bytes: what
// QJsonDocument(object).toJson(Compact) gives for the same members in the same order, without
// building a QJsonObject and a document first. For request bodies sent by the thousand (a bulk
// import's creates); QJsonObject sorts its keys, so callers add them in that order to match it.
class JsonObjectWriter
{
public:
    JsonObjectWriter();
    JsonObjectWriter &add(QLatin1StringView key, QStringView value);
    JsonObjectWriter &add(QLatin1StringView key, bool value);
    // The finished object; the writer is empty afterwards.
    QByteArray take();

private:
    void key(QLatin1StringView name);

    QByteArray m_out;
};

} // namespace runai
