#pragma once

#include "analysis/analysisresult.h"
#include "chartrowsmodel.h"

namespace sa {

// Redundant spend by capability (the bar chart): one row per overlap in the analysis's
// order (redundant spend down, then capability name), with the number of tools covering
// it at or above the threshold. Its tools are the overlap's, the primary first.
class RedundantSpendModel final : public ChartRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedundantSpendModel)

public:
    enum Column {
        Capability,     // the name; UnderlyingDataRole: the slug
        RedundantSpend, // the cost shares of every tool but the primary
        Tools,          // tools in the overlap
        ColumnCount
    };

    explicit RedundantSpendModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &result, const QString &currency);
};

} // namespace sa
