// SPDX-License-Identifier: MIT
#include "core/UserQuery.h"

using namespace Qt::StringLiterals;

namespace runai {

QUrlQuery UserQuery::toUrlQuery() const
{
    QUrlQuery q = toCountQuery();
    if (!legacyFilter.isEmpty())
        q.addQueryItem(u"filter"_s, legacyFilter);
    if (!sortBy.isEmpty())
        q.addQueryItem(u"sortBy"_s, sortBy);
    if (!sortOrder.isEmpty())
        q.addQueryItem(u"sortOrder"_s, sortOrder);
    if (offset >= 0)
        q.addQueryItem(u"offset"_s, QString::number(offset));
    if (limit >= 0)
        q.addQueryItem(u"limit"_s, QString::number(limit));
    return q;
}

QUrlQuery UserQuery::toCountQuery() const
{
    QUrlQuery q;
    if (!filterBy.isEmpty())
        q.addQueryItem(u"filterBy"_s, filterBy.join(u','));
    if (!search.isEmpty())
        q.addQueryItem(u"search"_s, search);
    return q;
}

} // namespace runai
