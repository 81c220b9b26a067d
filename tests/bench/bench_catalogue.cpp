// The catalogue budgets of DESIGN.md ("Performance budgets"), run by hand (tests/bench/run):
// import from CSV against sqlite3 .import, search as you type against the raw FTS5 query,
// and start to first paint against a bare QMainWindow + QTableView, for synthetic
// catalogues of 15,000 products (the budgets) and 150,000 (reported).
#include "benchreport.h"
#include "benchstats.h"
#include "store/shippeddata.h"
#include "syntheticcatalogue.h"
#include "timedprocess.h"
#include "xvfbserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QThread>

using namespace sa;
using namespace sa::bench;

namespace {

struct Options
{
    QList<int> sizes;
    QStringList parts;     // import, search, startup
    QStringList platforms; // offscreen, xvfb
    int importRuns = 5;
    int startupRuns = 15;
    int searchRepeats = 0; // 0: 21 up to 20,000 products, 7 above
    quint64 seed = 1;
    QString workDir;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Catalogue benchmarks: import, search, start-up."_qs);
    p.addHelpOption();
    const QCommandLineOption sizes(
        u"sizes"_qs, u"Catalogue sizes."_qs, u"N,N"_qs, u"15000,150000"_qs);
    const QCommandLineOption parts(
        u"only"_qs, u"Parts to run."_qs, u"PARTS"_qs, u"import,search,startup"_qs);
    const QCommandLineOption platforms(
        u"platforms"_qs, u"Start-up platforms."_qs, u"LIST"_qs, u"offscreen,xvfb"_qs);
    const QCommandLineOption importRuns(
        u"import-runs"_qs, u"Runs of each import."_qs, u"N"_qs, u"5"_qs);
    const QCommandLineOption startupRuns(
        u"startup-runs"_qs, u"Starts of each program."_qs, u"N"_qs, u"15"_qs);
    const QCommandLineOption repeats(
        u"search-repeats"_qs, u"Runs of each keystroke."_qs, u"N"_qs, u"0"_qs);
    const QCommandLineOption seed(u"seed"_qs, u"Generator seed."_qs, u"N"_qs, u"1"_qs);
    const QCommandLineOption work(u"work"_qs,
                                  u"Scratch folder (large files)."_qs,
                                  u"DIR"_qs,
                                  QDir::tempPath() + u"/stackatlas-bench");
    p.addOptions({sizes, parts, platforms, importRuns, startupRuns, repeats, seed, work});
    p.process(app);
    Options o;
    for (const QString &s : p.value(sizes).split(u',', Qt::SkipEmptyParts))
        o.sizes << s.toInt();
    o.parts = p.value(parts).split(u',', Qt::SkipEmptyParts);
    o.platforms = p.value(platforms).split(u',', Qt::SkipEmptyParts);
    o.importRuns = std::max(1, p.value(importRuns).toInt());
    o.startupRuns = std::max(1, p.value(startupRuns).toInt());
    o.searchRepeats = p.value(repeats).toInt();
    o.seed = p.value(seed).toULongLong();
    o.workDir = QDir(p.value(work)).absolutePath();
    return o;
}

QString sqliteVersion()
{
    return QString::fromUtf8(
        runTimed(u"sqlite3"_qs, {u"-version"_qs}, {}, QDir::tempPath()).out.split(' ').value(0));
}

QString sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app);
    QTextStream out(stdout);
    BenchReport report(out);
    QDir().mkpath(o.workDir);
    out << "StackAtlas catalogue benchmarks, " << QDateTime::currentDateTime().toString(Qt::ISODate)
        << "\nbuild " << SA_BENCH_BUILD_TYPE << ", Qt " << QLibraryInfo::version().toString()
        << ", sqlite3 " << sqliteVersion() << ", " << QThread::idealThreadCount()
        << " CPUs, load average " << loadAverage() << "\nscratch folder " << o.workDir << '\n';
    out.flush();

    const CatalogueReadResult shipped = readCatalogueFolder(shippedCatalogueDir());
    if (!shipped.errors.isEmpty()) {
        out << "cannot read the shipped catalogue: " << shipped.errors.first() << '\n';
        return 3;
    }
    QStringList problems;
    std::vector<ImportFigures> imports;
    std::vector<std::pair<int, SearchFigures>> searches;
    for (const int size : o.sizes) {
        const SyntheticCatalogue catalogue = syntheticCatalogue(shipped.content, size, o.seed);
        const QByteArray csv = catalogueCsv(catalogue);
        const bool same = csv == catalogueCsv(syntheticCatalogue(shipped.content, size, o.seed));
        const QString csvPath = o.workDir + u"/catalogue-" + QString::number(size) + u".csv";
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            out << csvPath << ": cannot write\n";
            return 3;
        }
        file.close();
        out << "\n"
            << size << " products, " << catalogue.vendors.size() << " vendors: " << csvPath << ", "
            << csv.size() / 1024 << " KiB, sha1 " << sha1(csv)
            << (same ? ", same bytes when generated again"
                     : ", DIFFERENT BYTES when generated again")
            << '\n';
        out.flush();
        if (!same)
            problems << u"the generator is not deterministic"_qs;

        const QString dir = o.workDir + u"/import-" + QString::number(size);
        QString imported;
        if (o.parts.contains(u"import"_qs)) {
            imports.push_back(
                benchImport(QStringLiteral(SA_BENCH_CLI), csvPath, size, dir, o.importRuns));
            problems << imports.back().problems;
            imported = imports.back().importedCatalogue;
        }
        if (o.parts.contains(u"search"_qs)) {
            if (imported.isEmpty()) { // search only: import once, untimed
                ImportFigures once
                    = benchImport(QStringLiteral(SA_BENCH_CLI), csvPath, size, dir, 1);
                problems << once.problems;
                imported = once.importedCatalogue;
            }
            // What users type, keystroke by keystroke; the last is a vendor and product word.
            const QString twoWords = catalogue.products.front().name.section(u' ', 0, 1).toLower();
            const QStringList typed = typedPrefixes({u"email"_qs,
                                                     u"sales forecasting"_qs,
                                                     u"hub"_qs,
                                                     u"analytics"_qs,
                                                     u"lead scoring"_qs,
                                                     twoWords});
            const int repeats = o.searchRepeats > 0 ? o.searchRepeats : (size <= 20000 ? 21 : 7);
            SearchFigures f = benchSearch(imported, typed, repeats);
            problems << f.problems;
            report.searchDetail(size, f);
            searches.emplace_back(size, std::move(f));
        }
        out.flush();
    }

    std::vector<StartupFigures> startups;
    if (o.parts.contains(u"startup"_qs)) {
        for (const QString &platform : o.platforms) {
            XvfbServer xvfb;
            QString error;
            if (platform == u"xvfb" && !xvfb.start(&error)) {
                problems << u"start-up under Xvfb skipped: " + error;
                continue;
            }
            const bool x = platform == u"xvfb";
            startups.push_back(benchStartup(QStringLiteral(SA_BENCH_GUI),
                                            QStringLiteral(SA_BENCH_BARE_WINDOW),
                                            x ? u"xcb"_qs : platform,
                                            x ? xvfb.display() : QString(),
                                            o.workDir,
                                            o.startupRuns));
            if (x)
                startups.back().platform = u"xcb (Xvfb " + xvfb.display() + u')';
            problems << startups.back().problems;
        }
    }

    out << "\n== Summary (load average now " << loadAverage() << ") ==\n";
    if (!imports.empty())
        report.importSummary(imports);
    if (!searches.empty())
        report.searchSummary(searches);
    if (!startups.empty())
        report.startupSummary(startups);
    report.problems(problems);
    return problems.isEmpty() ? 0 : 1;
}
