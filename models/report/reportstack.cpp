#include "reportchapters.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace sa::report {

namespace {

QString numberOrDash(int n)
{
    return n < 0 ? QStringLiteral("–") : QString::number(n);
}

struct CategoryGroup
{
    QString name;
    Cents cost = 0;
    std::vector<ToolIndex> tools;
};

} // namespace

ReportChapter stackChapter(const Build &b)
{
    const AnalysisResult &a = b.analysis;
    QHash<ToolId, const Tool *> byId;
    for (const Tool &t : b.input.stack.tools)
        byId.insert(t.id, &t);

    // Grouped by landscape category, the largest spend first, then by name.
    std::map<QString, CategoryGroup> groups;
    for (ToolIndex t : a.toolsByName()) {
        const QString top = b.topCategoryOf(a.tools[size_t(t)].categorySlug);
        CategoryGroup &g = groups[top];
        g.name = top.isEmpty() ? tr("Uncategorised") : b.categoryName(top);
        g.cost += a.tools[size_t(t)].annualCost;
        g.tools.push_back(t);
    }
    std::vector<const CategoryGroup *> order;
    for (const auto &[slug, g] : groups)
        order.push_back(&g);
    std::stable_sort(order.begin(), order.end(), [](const auto *x, const auto *y) {
        return x->cost != y->cost ? x->cost > y->cost
                                  : x->name.compare(y->name, Qt::CaseInsensitive) < 0;
    });

    ReportChapter c;
    ReportTable summary;
    summary.columns = {column(tr("Category"), 4),
                       column(tr("Tools"), 1, true),
                       column(tr("Annual spend"), 2, true),
                       column(tr("Share"), 1, true)};
    const double total = double(a.annualCost);
    for (const CategoryGroup *g : order) {
        summary.rows.push_back(
            {g->name,
             QString::number(g->tools.size()),
             b.money(g->cost),
             total > 0 ? percentText(double(g->cost) / total) : QStringLiteral("–")});
    }
    summary.rows.push_back({tr("Total"),
                            QString::number(a.tools.size()),
                            b.money(a.annualCost),
                            total > 0 ? percentText(1) : QStringLiteral("–")});
    summary.totalRows = 1;
    c.blocks.push_back(tableBlock(summary));
    c.blocks.push_back(chartBlock(QStringLiteral("cost-vs-utilization")));
    c.blocks.push_back(chartBlock(QStringLiteral("renewals")));

    for (const CategoryGroup *g : order) {
        c.blocks.push_back(heading(g->name));
        ReportTable t;
        t.columns = {column(tr("Tool"), 3),
                     column(tr("Subcategory"), 2.4),
                     column(tr("Annual cost"), 1.8, true),
                     column(tr("Seats"), 0.9, true),
                     column(tr("Used"), 0.9, true),
                     column(tr("Owner"), 1.8),
                     column(tr("Contract end"), 1.6)};
        for (ToolIndex i : g->tools) {
            const AnalyzedTool &at = a.tools[size_t(i)];
            const Tool *tool = byId.value(at.id);
            const bool known = !std::isnan(at.utilization);
            t.rows.push_back({at.name,
                              b.categoryName(at.categorySlug),
                              b.money(at.annualCost),
                              numberOrDash(tool ? tool->seats : -1),
                              known ? percentText(at.utilization) : QStringLiteral("–"),
                              tool ? tool->owner : QString(),
                              dateText(tool ? tool->contractEnd : QDate())});
        }
        c.blocks.push_back(tableBlock(t));
    }
    return c;
}

} // namespace sa::report
