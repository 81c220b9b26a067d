#include "searchbench.h"

#include "benchstats.h"
#include "store/cataloguefile.h"
#include "store/productsearch.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace sa::bench {

namespace {

const char16_t rawSql[] = u"SELECT rowid FROM product_search WHERE product_search MATCH :match"
                          " ORDER BY rank LIMIT 500";

// The store's connection has a 16 MB page cache (SqliteConnection); so has this one.
QSqlDatabase rawConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bench-raw-fts"_qs);
    db.setDatabaseName(path);
    if (db.open())
        QSqlQuery(db).exec(u"PRAGMA cache_size = -16000"_qs);
    return db;
}

int runRaw(QSqlQuery &q, const QString &text)
{
    q.bindValue(u":match"_qs, ProductSearch::matchExpression(text));
    int rows = 0;
    if (q.exec()) {
        while (q.next())
            rows += q.value(0).toLongLong() > 0;
    }
    return rows;
}

} // namespace

QStringList typedPrefixes(const QStringList &texts)
{
    QStringList prefixes;
    for (const QString &text : texts) {
        for (qsizetype n = 1; n <= text.size(); ++n)
            prefixes << text.left(n);
    }
    return prefixes;
}

SearchFigures benchSearch(const QString &path, const QStringList &queries, int repeats)
{
    SearchFigures figures;
    const OpenedCatalogue opened = openCatalogue(path);
    if (!opened.ok()) {
        figures.problems << opened.message;
        return figures;
    }
    {
        QSqlDatabase db = rawConnection(path);
        QSqlQuery raw(db);
        raw.setForwardOnly(true);
        if (!raw.prepare(QString::fromUtf16(rawSql)))
            figures.problems << u"raw query: " + raw.lastError().text();
        for (const QString &text : queries)
            figures.queries.push_back(QueryFigures{text, {}, {}, 0, 0, 0});
        for (int pass = -1; pass < repeats && figures.problems.isEmpty(); ++pass) {
            for (QueryFigures &f : figures.queries) {
                SearchQuery query;
                query.text = f.text;
                query.limit = 500;
                double storeMs = 0, storeCpu = 0, rawMs = 0, rawCpu = 0;
                SearchResult result;
                int rawRows = 0;
                auto timeStore = [&] {
                    const double cpu = threadCpuMs();
                    QElapsedTimer timer;
                    timer.start();
                    result = opened.store->search(query);
                    storeMs = double(timer.nsecsElapsed()) / 1e6;
                    storeCpu = threadCpuMs() - cpu;
                };
                auto timeRaw = [&] {
                    const double cpu = threadCpuMs();
                    QElapsedTimer timer;
                    timer.start();
                    rawRows = runRaw(raw, f.text);
                    rawMs = double(timer.nsecsElapsed()) / 1e6;
                    rawCpu = threadCpuMs() - cpu;
                };
                // Alternate which goes first: the second finds the index pages warmer.
                if (pass % 2 == 0) {
                    timeStore();
                    timeRaw();
                } else {
                    timeRaw();
                    timeStore();
                }
                if (pass < 0) { // the warm-up pass
                    f.storeRows = int(result.rows.size());
                    f.totalMatches = result.totalMatches;
                    f.rawRows = rawRows;
                    continue;
                }
                f.storeMs.push_back(storeMs);
                f.rawMs.push_back(rawMs);
                figures.storeCpuMs += storeCpu;
                figures.rawCpuMs += rawCpu;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"bench-raw-fts"_qs);
    return figures;
}

} // namespace sa::bench
