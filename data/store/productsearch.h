#pragma once

#include "catalogue/searchquery.h"

#include <QSqlDatabase>

#include <vector>

namespace sa {

// Runs a SearchQuery. Ranking: products whose name or an alias equals the text (tier 0),
// then those whose name or an alias starts with it (tier 1), each by name; then the
// other full-text matches (tier 2) by bm25 with column weights name > alias > vendor >
// capability > description, then name. Every word must match, the last as a prefix.
//
// Shaped for search-as-you-type on tens of thousands of products: bm25 costs about a
// microsecond per matching row, and a one- or two-letter prefix matches most of the
// catalogue. So tiers 0 and 1 come from the name and alias indexes, the full-text index
// only counts the matches, and bm25 runs only when those tiers do not fill the page;
// when even then more than rankedMatchLimit products match (a very broad query), tier 2
// is listed by name instead (relevance 0), which keeps every keystroke cheap.
//
// Every statement is prepared once per connection (SqliteConnection::statement) and read
// through SQLite's C API: preparing them and going through QSqlQuery's variants cost
// more than the queries themselves.
//
// User text never reaches FTS5 as syntax: it is cut into words, each quoted.
class ProductSearch
{
public:
    explicit ProductSearch(QSqlDatabase db, int rankedMatchLimit = 4000);

    SearchResult run(const SearchQuery &query) const;

    // The FTS5 MATCH expression for user text: every word quoted, the last as a prefix
    // ("hub spo" -> "hub" "spo"*). Empty when the text has no letters or digits.
    static QString matchExpression(const QString &text);
    // The words of user text: runs of letters, digits and marks (PostgresSearch too).
    static QStringList words(const QString &text);

private:
    struct Hit
    {
        qint64 id = 0;
        double relevance = 0;
    };

    SearchResult list(const SearchQuery &query) const;
    std::vector<Hit> named(const SearchQuery &query, const QString &text, int limit) const;
    int count(const char *sql, const SearchQuery &query, const QString &match) const;
    std::vector<Hit> others(const SearchQuery &query,
                            const QString &match,
                            const std::vector<Hit> &exclude,
                            bool ranked,
                            int limit) const;
    std::vector<ProductSummary> summaries(const std::vector<Hit> &hits) const;

    QSqlDatabase m_db;
    int m_rankedMatchLimit;
};

} // namespace sa
