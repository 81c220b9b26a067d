#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/costutilizationmodel.h"
#include "itemmodels/monthlycostmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

namespace sa {

namespace ChartBuilders {

namespace {

QVXYModelMapper *mapXY(QXYSeries *series, QAbstractItemModel *model, int x, int y)
{
    auto *mapper = new QVXYModelMapper(series);
    mapper->setXColumn(x);
    mapper->setYColumn(y);
    mapper->setModel(model);
    mapper->setSeries(series);
    return mapper;
}

// The point of series nearest to point in x (and then y): the row it shows.
int nearestPoint(const QXYSeries *series, const QPointF &point)
{
    int best = -1;
    double bestDistance = 0;
    const QList<QPointF> points = series->points();
    for (int i = 0; i < points.size(); ++i) {
        const double d = std::hypot(points[i].x() - point.x(), points[i].y() - point.y());
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void reportPoints(QXYSeries *series, QChart *chart)
{
    QObject::connect(series, &QXYSeries::clicked, chart, [series, chart](const QPointF &p) {
        chartBinding(chart)->click(nearestPoint(series, p));
    });
    QObject::connect(
        series, &QXYSeries::hovered, chart, [series, chart](const QPointF &p, bool on) {
            chartBinding(chart)->hover(nearestPoint(series, p), on);
        });
}

double maxY(const QList<QXYSeries *> &series)
{
    double max = 0;
    for (const QXYSeries *s : series) {
        for (const QPointF &p : s->points())
            max = std::max(max, p.y());
    }
    return max;
}

} // namespace

void costVsUtilization(QChart *chart,
                       CostUtilizationModel *model,
                       ChartBinding *binding,
                       const ChartStyle &style,
                       const QString &currency)
{
    auto *series = new QScatterSeries(chart);
    series->setName(QCoreApplication::translate("sa::Charts", "Tools"));
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setColor(ChartLook::seriesColor(1));
    series->setBorderColor(Qt::white);
    mapXY(series, model, CostUtilizationModel::Utilization, CostUtilizationModel::AnnualCost);
    chart->addSeries(series);
    auto *x = new QValueAxis(chart);
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    x->setTitleText(
        QCoreApplication::translate("sa::Charts", "Utilization (active users / seats)"));
    auto *y = new QCategoryAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartLook::styleAxis(x, style);
    ChartLook::styleAxis(y, style);
    chart->legend()->setVisible(false);
    reportPoints(series, chart);
    const qreal scale = style.fontScale;
    binding->setRefresh([series, model, x, y, currency, scale] {
        const double max = maxY({series});
        ChartLook::setMoneyRange(y, max * 1.08, currency);
        // Over 100 % (more users than seats) stays on the chart.
        double maxX = 100;
        for (const QPointF &p : series->points())
            maxX = std::max(maxX, p.x());
        x->setRange(0, std::ceil(maxX / 20.0) * 20.0);
        const double top = double(std::max<Cents>(model->maxCost(), 1));
        const QList<QPointF> points = series->points();
        for (int i = 0; i < points.size(); ++i) {
            const double cost = std::max(points[i].y(), 0.0) * 100.0;
            const qreal size = scale * (9.0 + 25.0 * std::sqrt(cost / top));
            const bool shelfware = points[i].x() < 50.0;
            series->setPointConfiguration(
                i,
                {{QXYSeries::PointConfiguration::Size, size},
                 {QXYSeries::PointConfiguration::Color,
                  shelfware ? ChartLook::warningColor() : ChartLook::seriesColor(1)}});
        }
    });
}

void monthlyCost(QChart *chart,
                 MonthlyCostModel *model,
                 ChartBinding *binding,
                 const ChartStyle &style,
                 const QString &currency)
{
    auto *before = new QLineSeries(chart);
    auto *after = new QLineSeries(chart);
    before->setName(QCoreApplication::translate("sa::Charts", "Today's stack"));
    mapXY(before, model, MonthlyCostModel::Month, MonthlyCostModel::Before);
    mapXY(after, model, MonthlyCostModel::Month, MonthlyCostModel::After);
    QPen pen(ChartLook::beforeColor(), 2.0 * style.fontScale);
    before->setPen(pen);
    pen.setColor(ChartLook::afterColor());
    pen.setWidthF(2.6 * style.fontScale);
    after->setPen(pen);
    chart->addSeries(before);
    chart->addSeries(after);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM yy"));
    auto *y = new QCategoryAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {before, after}) {
        s->attachAxis(x);
        s->attachAxis(y);
        reportPoints(s, chart);
    }
    ChartLook::styleAxis(x, style);
    ChartLook::styleAxis(y, style);
    chart->legend()->setAlignment(Qt::AlignTop);
    binding->setRefresh([before, after, model, x, y, currency] {
        const QString name = model->scenarioName();
        after->setName(name);
        after->setVisible(!name.isEmpty());
        const double max = maxY({before, after});
        ChartLook::setMoneyRange(y, max * 1.1, currency);
        const int rows = model->rowCount();
        if (rows == 0)
            return;
        const auto month = [model](int row) {
            return model->data(model->index(row, MonthlyCostModel::Month)).toDate();
        };
        x->setRange(month(0).startOfDay(), month(rows - 1).startOfDay());
        x->setTickCount(std::min(rows, 7));
    });
}

} // namespace ChartBuilders

} // namespace sa
