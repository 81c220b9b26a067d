#pragma once

#include "chartkind.h"

#include <QRectF>
#include <QSizeF>

class QChart;
class QPainter;

namespace sa {

class ChartRowsModel;
class DashboardModels;

// How a chart looks where it is shown: the dashboard (titles outside, in its panel), a
// slide (large type) or a report page (title inside the chart).
struct ChartStyle
{
    qreal fontScale = 1.0; // 1 on the dashboard; the slides use about 1.7
    bool title = false;    // draw chartTitle() inside the chart
    bool legend = true;
    int maxBars = 10; // redundant spend: the largest N capabilities
};

// The one place that builds the dashboard's charts. Each chart is bound to its model of
// models through a Qt Charts model mapper (QVPieModelMapper, QVBarModelMapper,
// QVXYModelMapper), so it follows every update of the models without being rebuilt;
// axes, category labels and point sizes follow through the chart's ChartBinding. The
// caller owns the chart; models must outlive it. Animations are off, so a chart painted
// right after it is built or updated shows the new values.
QChart *createChart(ChartKind kind, const DashboardModels &models, const ChartStyle &style = {});

// The model a chart of that kind is bound to.
ChartRowsModel *chartModel(ChartKind kind, const DashboardModels &models);
// Whether the chart has nothing to show (chartEmptyText() says why).
bool chartIsEmpty(ChartKind kind, const DashboardModels &models);

// Draws chart as vectors onto any painter (a widget, a QImage, a QPdfWriter page, a
// QSvgGenerator) into target: the chart is laid out at layoutSize (target's size when
// empty, in the painter's units) and scaled to fill target, so that a PDF page at 1200
// dpi gets the same layout and type as the screen. A chart shown in a QChartView keeps
// its place there: it is painted from its own scene at its current size.
void paintChart(QPainter &painter, const QRectF &target, QChart *chart, QSizeF layoutSize = {});
// Builds the chart of that kind over models, paints it, and deletes it. An empty chart
// paints chartEmptyText() in its place.
void paintChart(QPainter &painter,
                const QRectF &target,
                ChartKind kind,
                const DashboardModels &models,
                const ChartStyle &style = {},
                QSizeF layoutSize = {});

} // namespace sa
