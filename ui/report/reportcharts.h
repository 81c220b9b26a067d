#pragma once

#include "report/reportcontent.h"

#include <QByteArray>
#include <QHash>
#include <QSize>

namespace sa {

// The dashboard charts of the PDF review, by file name ("spend-by-category"), as SVG.
// Qt Charts are graphics-scene widgets and must be built and painted on the GUI thread;
// recorded as SVG (vectors and text, via QSvgGenerator) they can be drawn back by the
// renderer on its worker thread with QSvgRenderer, still as vectors.
using ReportCharts = QHash<QString, QByteArray>;

// The layout size the charts are drawn at, in points; the renderer scales them to the
// page's width.
inline constexpr QSize kReportChartSize{640, 300};

// Builds, on the GUI thread, the charts the included sections show: the dashboard's data
// sets over the same input (the monthly chart showing the scenario the settings name).
ReportCharts reportCharts(const ReportInput &input);

} // namespace sa
