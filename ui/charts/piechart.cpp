#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/spendbycategorymodel.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QVPieModelMapper>

namespace sa {

namespace ChartBuilders {

void spendByCategory(QChart *chart,
                     SpendByCategoryModel *model,
                     ChartBinding *binding,
                     const ChartStyle &style)
{
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.52);
    series->setPieSize(0.86);
    auto *mapper = new QVPieModelMapper(series);
    mapper->setLabelsColumn(SpendByCategoryModel::Category);
    mapper->setValuesColumn(SpendByCategoryModel::Spend);
    mapper->setModel(model);
    mapper->setSeries(series);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);

    QObject::connect(series, &QPieSeries::clicked, binding, [series, binding](QPieSlice *slice) {
        binding->click(int(series->slices().indexOf(slice)));
    });
    QObject::connect(
        series, &QPieSeries::hovered, binding, [series, binding](QPieSlice *slice, bool on) {
            slice->setExploded(on);
            binding->hover(int(series->slices().indexOf(slice)), on);
        });
    binding->setRefresh([series, model, style] {
        const QList<QPieSlice *> slices = series->slices();
        for (int i = 0; i < slices.size(); ++i) {
            QPieSlice *slice = slices[i];
            slice->setColor(ChartLook::seriesColor(i));
            slice->setBorderColor(Qt::white);
            slice->setBorderWidth(1.5);
            slice->setExplodeDistanceFactor(0.06);
            slice->setLabelFont(ChartLook::font(style, 8));
            // The legend names each slice with its share; the ring itself stays quiet.
            const QString share
                = model
                      ->data(model->index(i, SpendByCategoryModel::Share), ChartRowsModel::TextRole)
                      .toString();
            slice->setLabel(model->label(i) + u"  " + share);
        }
    });
}

} // namespace ChartBuilders

} // namespace sa
