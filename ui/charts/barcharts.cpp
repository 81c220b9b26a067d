#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/redundantspendmodel.h"
#include "itemmodels/renewalsmodel.h"
#include "itemmodels/scenariocostmodel.h"

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

// Bars over the model's rows (the categories) from columns first..last (the sets), with
// the category labels and a money axis redone on every reset.
struct Bars
{
    QAbstractBarSeries *series;
    QBarCategoryAxis *categories;
    QCategoryAxis *money;
};

Bars bindBars(QChart *chart,
              QAbstractBarSeries *series,
              ChartRowsModel *model,
              int first,
              int last,
              int maxRows,
              const ChartStyle &style)
{
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(first);
    mapper->setLastBarSetColumn(last);
    mapper->setFirstRow(0);
    mapper->setRowCount(maxRows);
    mapper->setModel(model);
    mapper->setSeries(series);
    chart->addSeries(series);
    Bars bars{series, new QBarCategoryAxis(chart), new QCategoryAxis(chart)};
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    chart->addAxis(bars.categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(bars.money, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(bars.categories);
    series->attachAxis(bars.money);
    ChartLook::styleAxis(bars.categories, style);
    ChartLook::styleAxis(bars.money, style);
    bars.categories->setGridLineVisible(false);
    QObject::connect(series, &QAbstractBarSeries::clicked, chart, [chart](int index, QBarSet *) {
        chartBinding(chart)->click(index);
    });
    QObject::connect(
        series, &QAbstractBarSeries::hovered, chart, [chart](bool on, int index, QBarSet *) {
            chartBinding(chart)->hover(index, on);
        });
    return bars;
}

// The labels of the first count rows, and the money axis up to the largest bar.
void refreshBars(const Bars &bars,
                 ChartRowsModel *model,
                 int count,
                 const std::function<QString(int)> &label,
                 const QString &currency)
{
    QStringList labels;
    double max = 0;
    const int rows = std::min(count, model->rowCount());
    for (int row = 0; row < rows; ++row)
        labels << label(row);
    for (QBarSet *set : bars.series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            max = std::max(max, set->at(i));
    }
    bars.categories->setCategories(labels);
    ChartLook::setMoneyRange(bars.money, max, currency);
    const QList<QBarSet *> sets = bars.series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color = sets.size() == 2
                                 ? (i == 0 ? ChartLook::beforeColor() : ChartLook::afterColor())
                                 : ChartLook::seriesColor(i == 0 ? 1 : i);
        sets[i]->setColor(color);
        sets[i]->setBorderColor(color);
    }
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

} // namespace

void redundantSpend(QChart *chart,
                    RedundantSpendModel *model,
                    ChartBinding *binding,
                    const ChartStyle &style,
                    const QString &currency)
{
    const int count = style.maxBars;
    const Bars bars = bindBars(chart,
                               new QHorizontalBarSeries(chart),
                               model,
                               RedundantSpendModel::RedundantSpend,
                               RedundantSpendModel::RedundantSpend,
                               count,
                               style);
    bars.series->setBarWidth(0.7);
    // The largest at the top.
    bars.categories->setReverse(true);
    chart->legend()->setVisible(false);
    binding->setRefresh([bars, model, count, currency] {
        refreshBars(
            bars,
            model,
            count,
            [model](int row) { return elided(model->label(row), 28); },
            currency);
    });
}

void scenarioCost(QChart *chart,
                  ScenarioCostModel *model,
                  ChartBinding *binding,
                  const ChartStyle &style,
                  const QString &currency)
{
    const int count = 6;
    const Bars bars = bindBars(chart,
                               new QBarSeries(chart),
                               model,
                               ScenarioCostModel::Before,
                               ScenarioCostModel::After,
                               count,
                               style);
    chart->legend()->setAlignment(Qt::AlignTop);
    binding->setRefresh([bars, model, count, currency] {
        refreshBars(
            bars,
            model,
            count,
            [model](int row) { return elided(model->label(row), 18); },
            currency);
    });
}

void renewals(QChart *chart,
              RenewalsModel *model,
              ChartBinding *binding,
              const ChartStyle &style,
              const QString &currency)
{
    const int count = RenewalsModel::MonthCount;
    const Bars bars = bindBars(chart,
                               new QBarSeries(chart),
                               model,
                               RenewalsModel::Renewing,
                               RenewalsModel::Renewing,
                               count,
                               style);
    bars.series->setBarWidth(0.7);
    chart->legend()->setVisible(false);
    binding->setRefresh([bars, model, count, currency] {
        refreshBars(
            bars,
            model,
            count,
            [model](int row) {
                const QDate month = model
                                        ->data(model->index(row, RenewalsModel::Month),
                                               ChartRowsModel::UnderlyingDataRole)
                                        .toDate();
                return QLocale().toString(month, u"MMM");
            },
            currency);
    });
}

} // namespace ChartBuilders

} // namespace sa
