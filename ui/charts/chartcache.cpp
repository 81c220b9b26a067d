#include "chartcache.h"

#include <QChart>

namespace sa {

ChartCache::ChartCache(const DashboardModels &models, const ChartStyle &style)
    : m_models(models)
    , m_style(style)
{
}

ChartCache::~ChartCache()
{
    for (const auto &[kind, chart] : m_charts)
        delete chart;
}

QChart *ChartCache::chart(ChartKind kind)
{
    QChart *&chart = m_charts[kind];
    if (!chart)
        chart = createChart(kind, m_models, m_style);
    return chart;
}

} // namespace sa
