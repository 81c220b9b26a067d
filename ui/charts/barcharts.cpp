#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/redundantspendmodel.h"
#include "itemmodels/renewalsmodel.h"
#include "itemmodels/scenariocostmodel.h"
#include "reversedrowsproxy.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QVBarModelMapper>

#include <algorithm>

namespace sa {

namespace ChartBuilders {

namespace {

// Bars over the rows of mapped (the categories) from columns first..last (the sets),
// on a category axis and a money axis. toRow turns a bar's index into its row of the
// chart's model (the binding's).
struct Bars
{
    QAbstractBarSeries *series;
    QAbstractAxis *categories;
    QCategoryAxis *money;
};

Bars bindBars(QChart *chart,
              QAbstractBarSeries *series,
              QAbstractItemModel *mapped,
              std::pair<int, int> columns,
              int maxRows,
              QAbstractAxis *categories,
              const ChartStyle &style,
              std::function<int(int)> toRow)
{
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(columns.first);
    mapper->setLastBarSetColumn(columns.second);
    mapper->setFirstRow(0);
    mapper->setRowCount(maxRows);
    mapper->setModel(mapped);
    mapper->setSeries(series);
    chart->addSeries(series);
    Bars bars{series, categories, new QCategoryAxis(chart)};
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    chart->addAxis(bars.categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(bars.money, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(bars.categories);
    series->attachAxis(bars.money);
    ChartLook::styleAxis(bars.categories, style);
    ChartLook::styleAxis(bars.money, style);
    bars.categories->setGridLineVisible(false);
    QObject::connect(
        series, &QAbstractBarSeries::clicked, chart, [chart, toRow](int index, QBarSet *) {
            chartBinding(chart)->click(toRow(index));
        });
    QObject::connect(
        series, &QAbstractBarSeries::hovered, chart, [chart, toRow](bool on, int index, QBarSet *) {
            chartBinding(chart)->hover(toRow(index), on);
        });
    return bars;
}

// The money axis up to the largest bar, and the sets' colours.
void refreshBars(const Bars &bars, const QString &currency)
{
    double max = 0;
    const QList<QBarSet *> sets = bars.series->barSets();
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    }
    ChartLook::setMoneyRange(bars.money, max, currency);
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color = sets.size() == 2
                                 ? (i == 0 ? ChartLook::beforeColor() : ChartLook::afterColor())
                                 : ChartLook::seriesColor(1 + i);
        sets[i]->setColor(color);
        sets[i]->setBorderColor(color);
    }
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

QStringList labels(const QAbstractItemModel *model, int length)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << elided(model->data(model->index(row, 0), ChartRowsModel::TextRole).toString(),
                      length);
    return out;
}

} // namespace

void redundantSpend(QChart *chart,
                    RedundantSpendModel *model,
                    ChartBinding *binding,
                    const ChartStyle &style,
                    const QString &currency)
{
    // The largest at the top.
    auto *top = new ReversedRowsProxy(model, style.maxBars, chart);
    auto *axis = new QBarCategoryAxis(chart);
    const Bars bars
        = bindBars(chart,
                   new QHorizontalBarSeries(chart),
                   top,
                   {RedundantSpendModel::RedundantSpend, RedundantSpendModel::RedundantSpend},
                   style.maxBars,
                   axis,
                   style,
                   [top](int index) { return top->sourceRow(index); });
    bars.series->setBarWidth(0.7);
    chart->legend()->setVisible(false);
    // Room for the money axis's last label.
    chart->setMargins(QMargins(4, 10, 22, 4));
    binding->setRefresh([bars, axis, top, currency] {
        axis->setCategories(labels(top, 26));
        refreshBars(bars, currency);
    });
}

void scenarioCost(QChart *chart,
                  ScenarioCostModel *model,
                  ChartBinding *binding,
                  const ChartStyle &style,
                  const QString &currency)
{
    auto *axis = new QBarCategoryAxis(chart);
    const Bars bars = bindBars(chart,
                               new QBarSeries(chart),
                               model,
                               {ScenarioCostModel::Before, ScenarioCostModel::After},
                               6,
                               axis,
                               style,
                               [](int index) { return index; });
    chart->legend()->setAlignment(Qt::AlignTop);
    binding->setRefresh([bars, axis, model, currency] {
        axis->setCategories(labels(model, 18).mid(0, 6));
        refreshBars(bars, currency);
    });
}

void renewals(QChart *chart,
              RenewalsModel *model,
              ChartBinding *binding,
              const ChartStyle &style,
              const QString &currency)
{
    // Bars stand at 0..11 on a value axis, so that a narrow chart can label every other
    // month instead of eliding all twelve.
    auto *axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const Bars bars = bindBars(chart,
                               new QBarSeries(chart),
                               model,
                               {RenewalsModel::Renewing, RenewalsModel::Renewing},
                               RenewalsModel::MonthCount,
                               axis,
                               style,
                               [](int index) { return index; });
    bars.series->setBarWidth(0.7);
    chart->legend()->setVisible(false);
    const auto relabel = [chart, axis, model] {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        const int months = model->rowCount();
        const int step = chart->plotArea().width() / std::max(months, 1) < 34 ? 2 : 1;
        axis->setStartValue(-0.5 - step); // a full category's room for the first label
        for (int m = 0; m < months; m += step) {
            const QDate month = model
                                    ->data(model->index(m, RenewalsModel::Month),
                                           ChartRowsModel::UnderlyingDataRole)
                                    .toDate();
            axis->append(QLocale().toString(month, QStringLiteral("MMM")), m);
        }
        axis->setRange(-0.5, months - 0.5);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, relabel);
    binding->setRefresh([bars, relabel, currency] {
        relabel();
        refreshBars(bars, currency);
    });
}

} // namespace ChartBuilders

} // namespace sa
