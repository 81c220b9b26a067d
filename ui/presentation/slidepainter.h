#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

namespace sa {

struct Slide;

// Draws one slide on any painter, laid out on a 1366 x 768 canvas (the laptop screen it
// must read on) and scaled to fit target with its aspect kept, so that the window, the
// snapshot and the tests see the same slide. Type is large: titles 40 px, statements
// 23 px on that canvas. chart is the slide's chart when it has one (it may be null).
namespace SlidePainter {

QSizeF canvasSize(); // 1366 x 768

void paint(QPainter &painter,
           const QRectF &target,
           const Slide &slide,
           QChart *chart,
           int index,
           int count,
           const QString &footer);

} // namespace SlidePainter

} // namespace sa
