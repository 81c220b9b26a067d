#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/costutilizationmodel.h"
#include "itemmodels/monthlycostmodel.h"
#include "rowfilterproxy.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
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

// Clicks and hovers on a point reach the binding as the model row it shows: toRow turns
// the point's index into it (the series may show a filtered view of the model).
void reportPoints(QXYSeries *series, QChart *chart, std::function<int(int)> toRow = {})
{
    if (!toRow)
        toRow = [](int index) {
            return index;
        };
    QObject::connect(series, &QXYSeries::clicked, chart, [series, chart, toRow](const QPointF &p) {
        chartBinding(chart)->click(toRow(nearestPoint(series, p)));
    });
    QObject::connect(
        series, &QXYSeries::hovered, chart, [series, chart, toRow](const QPointF &p, bool on) {
            chartBinding(chart)->hover(toRow(nearestPoint(series, p)), on);
        });
}

// The largest x (or y) of the series' points, at least floor.
double largest(const QList<QXYSeries *> &series, bool x, double floor = 0)
{
    double max = floor;
    for (const QXYSeries *s : series) {
        for (const QPointF &p : s->points())
            max = std::max(max, x ? p.x() : p.y());
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
    // Ticks every 20 %, with room on both sides for the largest points.
    auto *x = new QValueAxis(chart);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(20);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    x->setTitleText(
        QCoreApplication::translate("sa::Charts", "Utilization (active users / seats)"));
    auto *y = new QCategoryAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    ChartLook::styleAxis(x, style);
    ChartLook::styleAxis(y, style);
    chart->legend()->setVisible(false);
    // Points sized by cost in four steps (by the square root of the share of the
    // largest, so that area follows cost), amber under the shelfware line of 50 %: one
    // series each, over the rows that fall in it.
    QList<QXYSeries *> series;
    for (const bool shelfware : {false, true}) {
        for (int tier = 0; tier < 4; ++tier) {
            auto accept = [shelfware, tier](const QAbstractItemModel &m, int row) {
                const auto &costs = static_cast<const CostUtilizationModel &>(m);
                const double cost = m.index(row, CostUtilizationModel::AnnualCost)
                                        .data(ChartRowsModel::UnderlyingDataRole)
                                        .toDouble();
                const double share = std::sqrt(cost / double(std::max<Cents>(costs.maxCost(), 1)));
                const bool low
                    = m.index(row, CostUtilizationModel::Utilization).data().toDouble() < 50.0;
                return low == shelfware && std::min(3, int(share * 4)) == tier;
            };
            auto *rows = new RowFilterProxy(model, accept, chart);
            auto *s = new QScatterSeries(chart);
            s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            s->setMarkerSize(style.fontScale * (9.0 + 8.0 * tier));
            const QColor color = shelfware ? ChartLook::warningColor() : ChartLook::seriesColor(1);
            s->setColor(color);
            s->setBorderColor(Qt::white);
            mapXY(s, rows, CostUtilizationModel::Utilization, CostUtilizationModel::AnnualCost);
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            reportPoints(s, chart, [rows](int index) { return rows->sourceRow(index); });
            series << s;
        }
    }
    binding->setRefresh([series, x, y, currency] {
        ChartLook::setMoneyRange(y, largest(series, false) * 1.08, currency);
        // Over 100 % (more users than seats) stays on the chart.
        const double maxX = largest(series, true, 100);
        x->setRange(-4, std::ceil(maxX / 20.0) * 20.0 + 6);
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
    // Months as epoch milliseconds, labelled every few months on a category axis.
    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
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
    const auto relabel = [chart, model, x] {
        for (const QString &label : x->categoriesLabels())
            x->remove(label);
        const int rows = model->rowCount();
        if (rows == 0)
            return;
        const auto month = [model](int row) {
            return model->data(model->index(row, MonthlyCostModel::Month)).toDate();
        };
        const auto at = [](QDate d) {
            return double(d.startOfDay().toMSecsSinceEpoch());
        };
        // About one label per 70 px, on round steps of months; "Dec 2026", since "Dec 26"
        // reads as a day.
        const int fit = std::max(1, int(chart->plotArea().width() / 70));
        int step = 1;
        for (const int s : {1, 2, 3, 6, 12, 24}) {
            step = s;
            if ((rows + s - 1) / s <= fit)
                break;
        }
        x->setStartValue(at(month(0)) - 1);
        for (int m = 0; m < rows; m += step)
            x->append(QLocale().toString(month(m), QStringLiteral("MMM yyyy")), at(month(m)));
        x->setRange(at(month(0)), at(month(rows - 1)));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, x, relabel);
    binding->setRefresh([before, after, model, y, relabel, currency] {
        const QString name = model->scenarioName();
        after->setName(name);
        after->setVisible(!name.isEmpty());
        ChartLook::setMoneyRange(y, largest({before, after}, false) * 1.1, currency);
        relabel();
    });
}

} // namespace ChartBuilders

} // namespace sa
