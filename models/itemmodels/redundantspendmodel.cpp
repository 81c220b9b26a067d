#include "redundantspendmodel.h"

namespace sa {

RedundantSpendModel::RedundantSpendModel(QObject *parent)
    : ChartRowsModel({tr("Capability"), tr("Redundant spend"), tr("Tools")}, parent)
{
}

void RedundantSpendModel::setAnalysis(const AnalysisResult &result, const QString &currency)
{
    std::vector<Row> rows;
    for (const Overlap &o : result.overlaps) {
        const AnalyzedCapability &c = result.capabilities[size_t(o.capability)];
        Row row;
        row.cells = {{c.name, c.slug, c.name},
                     moneyCell(o.redundantCost, currency),
                     countCell(int(o.tools.size()))};
        for (size_t k = 0; k < o.tools.size(); ++k) {
            const AnalyzedTool &tool = result.tools[size_t(o.tools[k])];
            row.toolIds << tool.id;
            row.details << (k == 0 ? tr("%1 (primary, kept)").arg(tool.name)
                                   : tr("%1: cost share %2")
                                         .arg(tool.name, formatMoney(o.shares[k], currency)));
        }
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

} // namespace sa
