#pragma once

#include "catalogue/searchquery.h"

#include <QSqlDatabase>

namespace sa {

// Runs a SearchQuery against product_search (FTS5) and the product tables in one
// statement, so that filtering, ranking, counting and the limit all happen in SQLite.
// Ranking: the whole text equal to a name or alias, then a name or alias starting with
// it, then bm25 with column weights name > alias > vendor > capability > description,
// then name. User text never reaches FTS5 as syntax: it is cut into words, each quoted.
class ProductSearch
{
public:
    explicit ProductSearch(QSqlDatabase db);

    SearchResult run(const SearchQuery &query) const;

    // The FTS5 MATCH expression for user text: every word quoted, the last as a prefix
    // ("hub spo" -> "hub" "spo"*). Empty when the text has no letters or digits.
    static QString matchExpression(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace sa
