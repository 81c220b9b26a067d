#pragma once

#include "chartfactory.h"

#include <map>

class QChart;

namespace sa {

// Charts of one DashboardModels built once each and kept, for a place that paints them
// again and again (the slides) without holding Qt Charts types itself. The models must
// outlive the cache.
class ChartCache final
{
    Q_DISABLE_COPY_MOVE(ChartCache)

public:
    ChartCache(const DashboardModels &models, const ChartStyle &style);
    ~ChartCache();

    QChart *chart(ChartKind kind); // built on first use

private:
    const DashboardModels &m_models;
    ChartStyle m_style;
    std::map<ChartKind, QChart *> m_charts;
};

} // namespace sa
