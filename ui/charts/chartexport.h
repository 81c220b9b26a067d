#pragma once

#include "domain/result.h"

#include <QSize>
#include <QString>

class QChart;
class QWidget;

namespace sa {

// Writing a chart to a file: a PNG (rendered at scale times size, for sharp type on
// slides and documents) or an SVG whose shapes and text stay vectors (QSvgGenerator).
// The chart is painted with paintChart(): as shown when it is in a view, else laid out
// at size. Errors name the file.
namespace ChartExport {

Status writePng(QChart *chart, const QString &path, QSize size, qreal scale = 2.0);
Status writeSvg(QChart *chart, const QString &path, QSize size, const QString &title = {});
// Asks for a path through FileDialogs (PNG or SVG, svg preselecting SVG; the suffix of
// the chosen filter is added when the name has neither) and writes the file. Cancelled: an empty
// path and success; otherwise the path written and what happened.
Status exportWithDialog(QWidget *parent,
                        QChart *chart,
                        const QString &suggestedName,
                        QSize size,
                        bool svg,
                        QString *writtenPath);

} // namespace ChartExport

} // namespace sa
