#pragma once

#include "planning/roadmap.h"

#include <QWidget>

class QPainter;

namespace sa {

// The roadmap of one scenario, painted on a month axis: a lane per dated decision with
// its notice deadline (a diamond, red when already past) joined to its effective date (a
// dot: red retire, amber replace, green add) and what a retirement gives up; below, the
// monthly cost before (grey) and after (blue) as bars, cumulative savings as a line and
// the payback month marked. Read-only; tooltips give each mark's date and figures.
class RoadmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapWidget)

public:
    explicit RoadmapWidget(QWidget *parent = nullptr);

    void setRoadmap(const Roadmap &roadmap, QDate start, const QString &currency);
    const Roadmap &roadmap() const { return m_roadmap; }
    // The x position of a date on the axis (for tests of the layout).
    double xOf(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    QRectF chartArea() const;
    double lanesTop() const;
    void paintAxis(QPainter &p) const;
    void paintLanes(QPainter &p) const;
    void paintChart(QPainter &p) const;
    QString tipAt(QPointF pos) const;

    Roadmap m_roadmap;
    QDate m_start;
    QString m_currency;
};

} // namespace sa
