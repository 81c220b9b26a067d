#pragma once

#include "importbench.h"
#include "searchbench.h"
#include "startupbench.h"

#include <QTextStream>

namespace sa::bench {

// The tables bench_catalogue prints: absolute figures, ratios, and PASS/OVER against the
// budgets of DESIGN.md ("Performance budgets"). The budgets are for 15,000 products;
// other sizes get their verdict in parentheses, as information.
class BenchReport
{
public:
    explicit BenchReport(QTextStream &out);

    void searchDetail(int products, const SearchFigures &f);
    void importSummary(const std::vector<ImportFigures> &runs);
    void searchSummary(const std::vector<std::pair<int, SearchFigures>> &runs);
    void startupSummary(const std::vector<StartupFigures> &runs);
    void problems(const QStringList &lines);

    static constexpr int budgetProducts = 15000;

private:
    QString verdict(bool pass, int products) const;

    QTextStream &m_out;
};

} // namespace sa::bench
