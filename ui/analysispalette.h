#pragma once

#include "itemmodels/capabilitycoverage.h"

#include <QColor>

namespace sa {

// The colours the analysis views share, so that a gap is the same red on the capability
// map, its legend and the findings bar: a light fill that dark text reads on, and a
// stronger edge of the same hue.
struct CoverageColors
{
    QColor fill;
    QColor edge;
};
CoverageColors coverageColors(Coverage coverage);

// The similarity heat scale: white at 0 to deep teal at 1.
QColor similarityColor(double similarity);
// Text that reads on similarityColor(similarity).
QColor similarityTextColor(double similarity);

// The integration map's markers.
QColor hubColor();
QColor siloColor();
QColor singlePointColor();
QColor toolNodeColor();

} // namespace sa
