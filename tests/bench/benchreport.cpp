#include "benchreport.h"

#include "benchstats.h"

#include <QLocale>

namespace sa::bench {

namespace {

QString num(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString count(int value)
{
    return QLocale::c().toString(value); // "15,000"
}

QString ratio(double a, double b)
{
    return b > 0 ? num(a / b, 2) + u'x' : u"-"_qs;
}

double sumOfMedians(const SearchFigures &f, bool store)
{
    double sum = 0;
    for (const QueryFigures &q : f.queries)
        sum += median(store ? q.storeMs : q.rawMs);
    return sum;
}

} // namespace

BenchReport::BenchReport(QTextStream &out)
    : m_out(out)
{
}

QString BenchReport::verdict(bool pass, int products) const
{
    const QString word = pass ? u"PASS"_qs : u"OVER"_qs;
    return products == budgetProducts ? word : u'(' + word + u')';
}

void BenchReport::searchDetail(int products, const SearchFigures &f)
{
    m_out << "\nSearch as you type, " << count(products) << " products: per keystroke, ms"
          << " (store = SqliteCatalogueStore::search, limit 500; raw = FTS5 ORDER BY rank LIMIT "
             "500)\n";
    m_out << qSetFieldWidth(22) << Qt::left << "typed" << qSetFieldWidth(10) << Qt::right
          << "store med"
          << "store p95"
          << "raw med"
          << "raw p95"
          << "ratio"
          << "rows"
          << "matches" << qSetFieldWidth(0) << '\n';
    for (const QueryFigures &q : f.queries) {
        m_out << qSetFieldWidth(22) << Qt::left << (u'"' + q.text + u'"') << qSetFieldWidth(10)
              << Qt::right << num(median(q.storeMs), 2) << num(percentile(q.storeMs, 0.95), 2)
              << num(median(q.rawMs), 2) << num(percentile(q.rawMs, 0.95), 2)
              << ratio(median(q.storeMs), median(q.rawMs)) << q.storeRows << q.totalMatches
              << qSetFieldWidth(0) << '\n';
    }
}

void BenchReport::importSummary(const std::vector<ImportFigures> &runs)
{
    m_out << "\nImport from CSV (whole command, median of interleaved runs; the last column is "
             "a floor, not a budget: sqlite3 .import plus an FTS5 index of the rows)\n";
    m_out << "| products | runs | stackatlas-cli import | sqlite3 .import | ratio "
             "| CPU: cli / sqlite3 | budget <= 2x | sqlite3 .import + FTS5 (cli ratio) |\n"
             "|---:|---:|---:|---:|---:|---:|---|---:|\n";
    for (const ImportFigures &f : runs) {
        const double cli = median(f.cliWallMs), raw = median(f.sqliteWallMs);
        const double fts = median(f.ftsWallMs);
        m_out << "| " << count(f.products) << " | " << f.cliWallMs.size() << " | " << num(cli, 0)
              << " ms | " << num(raw, 0) << " ms | " << ratio(cli, raw) << " | "
              << num(median(f.cliCpuMs), 0) << " / " << num(median(f.sqliteCpuMs), 0) << " ms ("
              << ratio(median(f.cliCpuMs), median(f.sqliteCpuMs)) << ") | "
              << verdict(raw > 0 && cli <= 2 * raw, f.products) << " | " << num(fts, 0) << " ms ("
              << ratio(cli, fts) << ") |\n";
    }
}

void BenchReport::searchSummary(const std::vector<std::pair<int, SearchFigures>> &runs)
{
    // The budget holds per keystroke: each one's median within 2x the raw query's median
    // and under 16 ms. The typing-session ratio (sums of medians) is shown too.
    m_out << "\nSearch as you type (median and p95 over all keystrokes and runs)\n";
    m_out << "| products | keystrokes x runs | store median / p95 | raw FTS5 median / p95 "
             "| session ratio | CPU ratio | keystrokes over 2x raw | keystrokes >= 16 ms "
             "| slowest keystroke (median) | budget <= 2x and < 16 ms |\n"
             "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n";
    for (const auto &[products, f] : runs) {
        std::vector<double> store, raw;
        const QueryFigures *slowest = nullptr;
        int overRatio = 0, overTime = 0;
        for (const QueryFigures &q : f.queries) {
            store.insert(store.end(), q.storeMs.begin(), q.storeMs.end());
            raw.insert(raw.end(), q.rawMs.begin(), q.rawMs.end());
            if (!slowest || median(q.storeMs) > median(slowest->storeMs))
                slowest = &q;
            overRatio += median(q.storeMs) > 2 * median(q.rawMs);
            overTime += median(q.storeMs) >= 16;
        }
        if (!slowest)
            continue;
        const int n = int(f.queries.size());
        m_out << "| " << count(products) << " | " << n << " x " << slowest->storeMs.size() << " | "
              << num(median(store), 2) << " / " << num(percentile(store, 0.95), 2) << " ms | "
              << num(median(raw), 2) << " / " << num(percentile(raw, 0.95), 2) << " ms | "
              << ratio(sumOfMedians(f, true), sumOfMedians(f, false)) << " | "
              << ratio(f.storeCpuMs, f.rawCpuMs) << " | " << overRatio << " of " << n << " | "
              << overTime << " of " << n << " | \"" << slowest->text << "\" "
              << num(median(slowest->storeMs), 2) << " ms | "
              << verdict(overRatio == 0 && overTime == 0, products) << " |\n";
    }
}

void BenchReport::startupSummary(const std::vector<StartupFigures> &runs)
{
    m_out << "\nStart to first painted window (median of interleaved runs; shipped catalogue)\n";
    m_out << "| platform | runs | stackatlas | bare QMainWindow + QTableView | ratio "
             "| CPU: stackatlas / bare | budget <= 1.3x |\n|---|---:|---:|---:|---:|---:|---|\n";
    for (const StartupFigures &f : runs) {
        const double app = median(f.appMs), bare = median(f.bareMs);
        m_out << "| " << f.platform << " | " << f.appMs.size() << " | " << num(app, 0) << " ms | "
              << num(bare, 0) << " ms | " << ratio(app, bare) << " | " << num(median(f.appCpuMs), 0)
              << " / " << num(median(f.bareCpuMs), 0) << " ms | "
              << verdict(bare > 0 && app <= 1.3 * bare, budgetProducts) << " |\n";
    }
}

void BenchReport::problems(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    m_out << "\nProblems:\n";
    for (const QString &line : lines)
        m_out << "  " << line << '\n';
}

} // namespace sa::bench
