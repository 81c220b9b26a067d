#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sa::bench {

struct QueryFigures
{
    QString text;
    std::vector<double> storeMs; // SqliteCatalogueStore::search, limit 500, wall
    std::vector<double> rawMs;   // the bare FTS5 query, wall
    int storeRows = 0;
    int totalMatches = 0;
    int rawRows = 0;
};

struct SearchFigures
{
    std::vector<QueryFigures> queries;
    double storeCpuMs = 0; // CPU time of all store searches, and of all raw queries
    double rawCpuMs = 0;
    QStringList problems;
};

// What a user types, keystroke by keystroke: every prefix of each text ("e", "em", ...).
QStringList typedPrefixes(const QStringList &texts);

// Search as you type, in process, on the catalogue at path: each query `repeats` times,
// the store's search (what the browser runs: text and a limit of 500) interleaved with
// the raw FTS5 query for the same match expression through a connection of its own,
//   SELECT rowid FROM product_search WHERE product_search MATCH ? ORDER BY rank LIMIT 500
// prepared once. One untimed pass first, so that both start from a warm page cache.
SearchFigures benchSearch(const QString &path, const QStringList &queries, int repeats);

} // namespace sa::bench
