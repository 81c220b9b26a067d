#pragma once

#include "chartfactory.h"

#include <QColor>
#include <QFont>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QValueAxis;

namespace sa {

// The charts' share of the application's look (ui/theme): the icon's navy, teal and
// amber first, then quieter hues, slate text, light grid lines; fonts from the
// application's, scaled by the style.
namespace ChartLook {

QColor seriesColor(int index); // cycles
QColor textColor();
QColor mutedTextColor();
QColor gridColor();
QColor beforeColor();  // today's stack in before/after charts
QColor afterColor();   // with the scenario
QColor warningColor(); // shelfware points

QFont font(const ChartStyle &style, qreal points, bool bold = false);
// Background, margins, title and legend of a new chart.
void setUp(QChart *chart, ChartKind kind, const ChartStyle &style);
void styleAxis(QAbstractAxis *axis, const ChartStyle &style);
// A money axis from 0 to a round number at or above max (in whole currency units), with
// 4 or 5 labels like "$50k".
void setMoneyRange(QCategoryAxis *axis, double max, const QString &currency);

} // namespace ChartLook

} // namespace sa
