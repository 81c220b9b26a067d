#include "reportcharts.h"

#include "analysis/stackanalysis.h"
#include "charts/chartfactory.h"
#include "itemmodels/dashboardmodels.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace sa {

namespace {

QByteArray svgOf(ChartKind kind, const DashboardModels &models)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(kReportChartSize);
    svg.setViewBox(QRect(QPoint(0, 0), kReportChartSize));
    svg.setResolution(72); // the PDF's points: type keeps its size
    QPainter painter(&svg);
    ChartStyle style;
    style.title = true;
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(kReportChartSize)), kind, models, style);
    painter.end();
    return bytes;
}

// The charts each section shows, as in models/report.
QList<ChartKind> chartsOf(ReportSection s)
{
    switch (s) {
    case ReportSection::Summary:
        return {ChartKind::SpendByCategory};
    case ReportSection::Stack:
        return {ChartKind::CostVsUtilization, ChartKind::Renewals};
    case ReportSection::Overlaps:
        return {ChartKind::RedundantSpend};
    case ReportSection::Plan:
        return {ChartKind::MonthlyCost, ChartKind::ScenarioCost};
    default:
        return {};
    }
}

} // namespace

ReportCharts reportCharts(const ReportInput &input)
{
    DashboardModels models;
    models.setCategories(input.categories);
    models.setToday(input.date);
    if (const Scenario *s = findReportScenario(input))
        models.setScenario(s->id);
    models.update(input.stack, analyzeStack(input.stack), input.scenarios, input.info.currency);
    ReportCharts out;
    for (int i = 0; i < kReportSectionCount; ++i) {
        if (!input.settings.includes(ReportSection(i)))
            continue;
        for (ChartKind kind : chartsOf(ReportSection(i)))
            out.insert(chartFileName(kind), svgOf(kind, models));
    }
    return out;
}

} // namespace sa
