#include "chartfactory.h"

#include "chartbinding.h"
#include "chartbuilders.h"
#include "chartlook.h"
#include "itemmodels/costutilizationmodel.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/monthlycostmodel.h"
#include "itemmodels/redundantspendmodel.h"
#include "itemmodels/renewalsmodel.h"
#include "itemmodels/scenariocostmodel.h"
#include "itemmodels/spendbycategorymodel.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace sa {

ChartRowsModel *chartModel(ChartKind kind, const DashboardModels &models)
{
    switch (kind) {
    case ChartKind::SpendByCategory:
        return models.spendByCategory();
    case ChartKind::CostVsUtilization:
        return models.costUtilization();
    case ChartKind::RedundantSpend:
        return models.redundantSpend();
    case ChartKind::ScenarioCost:
        return models.scenarioCost();
    case ChartKind::MonthlyCost:
        return models.monthlyCost();
    case ChartKind::Renewals:
        return models.renewals();
    }
    return nullptr;
}

bool chartIsEmpty(ChartKind kind, const DashboardModels &models)
{
    const ChartRowsModel *model = chartModel(kind, models);
    if (kind == ChartKind::Renewals) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, RenewalsModel::Tools)).toInt() > 0)
                return false;
        }
        return true;
    }
    if (kind == ChartKind::MonthlyCost) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, MonthlyCostModel::Before)).toDouble() > 0
                || model->data(model->index(row, MonthlyCostModel::After)).toDouble() > 0)
                return false;
        }
        return true;
    }
    return model->rowCount() == 0;
}

QChart *createChart(ChartKind kind, const DashboardModels &models, const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setObjectName(chartFileName(kind));
    ChartLook::setUp(chart, kind, style);
    const QString currency = models.currency();
    ChartRowsModel *model = chartModel(kind, models);
    auto *binding = new ChartBinding(kind, model, chart);
    switch (kind) {
    case ChartKind::SpendByCategory:
        ChartBuilders::spendByCategory(chart, models.spendByCategory(), binding, style);
        break;
    case ChartKind::CostVsUtilization:
        ChartBuilders::costVsUtilization(chart, models.costUtilization(), binding, style, currency);
        break;
    case ChartKind::RedundantSpend:
        ChartBuilders::redundantSpend(chart, models.redundantSpend(), binding, style, currency);
        break;
    case ChartKind::ScenarioCost:
        ChartBuilders::scenarioCost(chart, models.scenarioCost(), binding, style, currency);
        break;
    case ChartKind::MonthlyCost:
        ChartBuilders::monthlyCost(chart, models.monthlyCost(), binding, style, currency);
        break;
    case ChartKind::Renewals:
        ChartBuilders::renewals(chart, models.renewals(), binding, style, currency);
        break;
    }
    return chart;
}

void paintChart(QPainter &painter, const QRectF &target, QChart *chart, QSizeF layoutSize)
{
    if (QGraphicsScene *own = chart->scene()) {
        own->render(&painter, target, chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
        return;
    }
    const QSizeF size = layoutSize.isEmpty() ? target.size() : layoutSize;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    // The chart's presenter lays out its axes and series in posted events.
    QApplication::sendPostedEvents();
    const QRectF source(QPointF(0, 0), size);
    scene.setSceneRect(source);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

void paintChart(QPainter &painter,
                const QRectF &target,
                ChartKind kind,
                const DashboardModels &models,
                const ChartStyle &style,
                QSizeF layoutSize)
{
    if (chartIsEmpty(kind, models)) {
        const QSizeF size = layoutSize.isEmpty() ? target.size() : layoutSize;
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(target.width() / size.width(), target.height() / size.height());
        painter.setFont(ChartLook::font(style, 10));
        painter.setPen(ChartLook::mutedTextColor());
        QRectF box(QPointF(0, 0), size);
        if (style.title) {
            painter.setFont(ChartLook::font(style, 11, true));
            painter.setPen(ChartLook::textColor());
            painter.drawText(
                box.adjusted(8, 8, -8, -8), Qt::AlignHCenter | Qt::AlignTop, chartTitle(kind));
            painter.setFont(ChartLook::font(style, 10));
            painter.setPen(ChartLook::mutedTextColor());
        }
        painter.drawText(box.adjusted(16, 16, -16, -16),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         chartEmptyText(kind));
        painter.restore();
        return;
    }
    QChart *chart = createChart(kind, models, style);
    paintChart(painter, target, chart, layoutSize);
    delete chart;
}

} // namespace sa
