#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sa::bench {

struct ImportFigures
{
    int products = 0;
    std::vector<double> cliWallMs, cliCpuMs;       // stackatlas-cli catalogue import
    std::vector<double> sqliteWallMs, sqliteCpuMs; // sqlite3 .import of the same file
    // Not a budget, a floor: sqlite3 .import plus an FTS5 index (StackAtlas's tokenizer and
    // prefixes) of the rows' text columns, the least work an import that searches can do.
    std::vector<double> ftsWallMs, ftsCpuMs;
    QStringList problems;      // failed runs, warnings the import printed; empty when clean
    QString importedCatalogue; // the catalogue of the last import, for the search bench
};

// The import budget: `stackatlas-cli --catalogue NEW.sqlite catalogue import FILE.csv`
// against `sqlite3 NEW2.db ".import --csv FILE.csv t"`, both the whole command as a user
// runs it, `runs` times each, interleaved (the order rotates so that none always finds
// the file in a warmer cache). NEW.sqlite is a copy of a catalogue built beforehand
// from the shipped data, so that building it is not counted.
ImportFigures
benchImport(const QString &cli, const QString &csv, int products, const QString &workDir, int runs);

} // namespace sa::bench
