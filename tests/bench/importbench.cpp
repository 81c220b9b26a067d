#include "importbench.h"

#include "timedprocess.h"

#include <QDir>
#include <QFile>

#include <functional>

namespace sa::bench {

namespace {

// The full-text table of data/migrations/catalogue/004_search_speed.sql, filled from the
// imported rows.
const char16_t ftsTable[]
    = u"CREATE VIRTUAL TABLE f USING fts5(name, aliases, vendor, capabilities, description,"
      " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')";
const char16_t ftsFill[]
    = u"INSERT INTO f SELECT name, aliases, vendor, capabilities, description FROM t";

void removeDatabase(const QString &path)
{
    for (const char16_t *suffix : {u"", u"-journal", u"-wal", u"-shm"})
        QFile::remove(path + QString::fromUtf16(suffix));
}

} // namespace

ImportFigures
benchImport(const QString &cli, const QString &csv, int products, const QString &workDir, int runs)
{
    ImportFigures figures;
    figures.products = products;
    QDir().mkpath(workDir);
    const QString shipped = workDir + u"/shipped.sqlite";
    const QString target = workDir + u"/NEW.sqlite";
    const QString plain = workDir + u"/NEW2.db";
    const QString indexed = workDir + u"/NEW3.db";
    removeDatabase(shipped);
    // Any command builds the catalogue from the shipped data when the file is absent.
    const TimedRun built
        = runTimed(cli, {u"--catalogue"_qs, shipped, u"catalogue"_qs, u"stats"_qs}, {}, workDir);
    if (!built.ok) {
        figures.problems << built.failure(u"building the shipped catalogue"_qs);
        return figures;
    }
    const QString expected = u"imported " + QString::number(products) + u" products ("
                             + QString::number(products) + u" added, 0 updated)";
    for (int run = 0; run < runs; ++run) {
        removeDatabase(target);
        removeDatabase(plain);
        removeDatabase(indexed);
        if (!QFile::copy(shipped, target)) {
            figures.problems << u"cannot copy " + shipped + u" to " + target;
            return figures;
        }
        auto importCli = [&] {
            const TimedRun r = runTimed(
                cli, {u"--catalogue"_qs, target, u"catalogue"_qs, u"import"_qs, csv}, {}, workDir);
            if (!r.ok || !QString::fromUtf8(r.out).contains(expected))
                figures.problems << r.failure(u"stackatlas-cli catalogue import"_qs);
            else if (!r.err.isEmpty() && run == 0)
                figures.problems << u"the import printed: "
                                        + QString::fromUtf8(r.err).section(u'\n', 0, 2);
            figures.cliWallMs.push_back(r.wallMs);
            figures.cliCpuMs.push_back(r.cpuMs);
        };
        auto importSqlite = [&] {
            const TimedRun r
                = runTimed(u"sqlite3"_qs, {plain, u".import --csv " + csv + u" t"}, {}, workDir);
            if (!r.ok || !r.err.isEmpty())
                figures.problems << r.failure(u"sqlite3 .import"_qs);
            figures.sqliteWallMs.push_back(r.wallMs);
            figures.sqliteCpuMs.push_back(r.cpuMs);
        };
        auto importIndexed = [&] {
            const TimedRun r = runTimed(u"sqlite3"_qs,
                                        {indexed,
                                         u".import --csv " + csv + u" t",
                                         QString::fromUtf16(ftsTable),
                                         QString::fromUtf16(ftsFill)},
                                        {},
                                        workDir);
            if (!r.ok || !r.err.isEmpty())
                figures.problems << r.failure(u"sqlite3 .import + FTS5"_qs);
            figures.ftsWallMs.push_back(r.wallMs);
            figures.ftsCpuMs.push_back(r.cpuMs);
        };
        const std::function<void()> commands[] = {importCli, importSqlite, importIndexed};
        for (int i = 0; i < 3; ++i)
            commands[(run + i) % 3]();
    }
    const TimedRun rows
        = runTimed(u"sqlite3"_qs, {plain, u"SELECT count(*) FROM t"_qs}, {}, workDir);
    if (rows.out.trimmed() != QByteArray::number(products))
        figures.problems << u"sqlite3 imported " + QString::fromUtf8(rows.out.trimmed())
                                + u" rows, not " + QString::number(products);
    figures.importedCatalogue = target;
    return figures;
}

} // namespace sa::bench
