#pragma once

#include "catalogue/searchquery.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <vector>

namespace sa {

// SearchQuery on a PostgreSQL catalogue, ranked as ProductSearch ranks on SQLite:
// products whose name or an alias equals the text (tier 0), then those whose name or an
// alias starts with it (tier 1), each by name; then the other full-text matches (tier
// 2) by ts_rank over the weighted document of 002_search.sql (name > alias > vendor >
// capabilities and description), then name. Every word must match, the last as a
// prefix. Filters are added to the SQL only when set, each with its own bound value.
class PostgresSearch
{
public:
    explicit PostgresSearch(QSqlDatabase db);

    SearchResult run(const SearchQuery &query) const;

    // The tsquery for user text: every word quoted, joined with &, the last a prefix
    // ("hub spo" -> 'hub' & 'spo':*; join " | " for the ranking's query). Empty when the
    // text has no letters or digits.
    static QString tsQuery(const QString &text, QStringView join = u" & ");

private:
    struct Hit
    {
        qint64 id = 0;
        double relevance = 0;
    };

    int count(const QString &from, const QVariantList &values) const;
    std::vector<Hit> hits(const QString &sql, const QVariantList &values) const;
    std::vector<ProductSummary> summaries(const std::vector<Hit> &hits) const;

    QSqlDatabase m_db;
};

} // namespace sa
