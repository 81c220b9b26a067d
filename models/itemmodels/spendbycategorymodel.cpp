#include "spendbycategorymodel.h"

#include <QHash>

#include <algorithm>

namespace sa {

SpendByCategoryModel::SpendByCategoryModel(QObject *parent)
    : ChartRowsModel({tr("Category"), tr("Annual spend"), tr("Tools"), tr("Share")}, parent)
{
}

void SpendByCategoryModel::setCategories(std::vector<sa::Category> categories)
{
    m_categories = std::move(categories);
}

void SpendByCategoryModel::setAnalysis(const AnalysisResult &result, const QString &currency)
{
    QHash<QString, const sa::Category *> bySlug;
    for (const sa::Category &c : m_categories)
        bySlug.insert(c.slug, &c);
    struct Sum
    {
        QString slug;
        QString name;
        Cents spend = 0;
        QList<qint64> ids;
        QStringList details;
    };
    std::vector<Sum> sums;
    QHash<QString, size_t> place;
    for (const ToolIndex t : result.toolsByName()) {
        const AnalyzedTool &tool = result.tools[size_t(t)];
        const sa::Category *c = bySlug.value(tool.categorySlug);
        if (c && !c->isTopLevel())
            c = bySlug.value(c->parentSlug);
        const QString slug = c ? c->slug : QString();
        if (!place.contains(slug)) {
            place.insert(slug, sums.size());
            sums.push_back({slug, c ? c->name : tr("Uncategorized"), 0, {}, {}});
        }
        Sum &sum = sums[place.value(slug)];
        sum.spend += tool.annualCost;
        sum.ids << tool.id;
        sum.details << tool.name + u": " + formatMoney(tool.annualCost, currency);
    }
    std::sort(sums.begin(), sums.end(), [](const Sum &a, const Sum &b) {
        if (a.spend != b.spend)
            return a.spend > b.spend;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    std::vector<Row> rows;
    for (const Sum &sum : sums) {
        const double share
            = result.annualCost > 0 ? 100.0 * double(sum.spend) / double(result.annualCost) : 0.0;
        Row row;
        row.cells = {{sum.name, sum.slug, sum.name},
                     moneyCell(sum.spend, currency),
                     countCell(int(sum.ids.size())),
                     {share, share / 100.0, QString::number(share, 'f', 1) + u" %"}};
        row.toolIds = sum.ids;
        row.details = sum.details;
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
