#include "criterionradarchart.h"

#include "itemmodels/criterionradarmodel.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QVXYModelMapper>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sa {

CriterionRadarChart::CriterionRadarChart(QAbstractItemModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_chart(new QPolarChart)
    , m_angular(new QCategoryAxis)
    , m_radial(new QValueAxis)
{
    setObjectName(u"radarChart"_s);
    setRenderHint(QPainter::Antialiasing);
    m_chart->setBackgroundRoundness(0);
    // Room beside the plot for the side labels, which the polar layout leaves out.
    m_chart->setMargins(QMargins(44, 4, 44, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    // Angle r holds criterion r mod 4; each label sits on its angle (4 is 0 again).
    m_angular->setRange(0, kCriterionCount);
    m_angular->setStartValue(0);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Short names: the long titles would squeeze the plot.
    for (int i = 1; i <= kCriterionCount; ++i)
        m_angular->append(criterionShortTitle(CriterionRadarModel::criterionOf(i)), i);
    m_angular->setLabelsColor(QColor(0x33'41'55));
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);

    m_radial->setRange(0, 100);
    m_radial->setTickCount(5);
    m_radial->setLabelFormat(u"%d"_s);
    m_radial->setLabelsColor(QColor(0x94'a3'b8));
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
    setChart(m_chart);

    connect(model, &QAbstractItemModel::modelReset, this, &CriterionRadarChart::rebuild);
    rebuild();
}

QColor CriterionRadarChart::productColor(int index)
{
    static const QRgb colors[]
        = {0x1f'3a'5f, 0x2a'a1'ae, 0xd9'8c'0b, 0xb4'23'18, 0x6d'28'd9, 0x15'80'3d};
    return QColor(colors[index % int(std::size(colors))]);
}

void CriterionRadarChart::rebuild()
{
    m_chart->removeAllSeries(); // deletes the series and with them their mappers
    const int products = m_model->columnCount() - CriterionRadarModel::ColumnCount;
    for (int i = 0; i < products; ++i) {
        auto *series = new QLineSeries;
        const int column = CriterionRadarModel::ColumnCount + i;
        series->setName(m_model->headerData(column, Qt::Horizontal).toString());
        QPen pen(productColor(i));
        pen.setWidthF(i == 0 ? 3.0 : 2.0); // the leader stands out
        series->setPen(pen);
        series->setPointsVisible(true);
        auto *mapper = new QVXYModelMapper(series);
        mapper->setXColumn(CriterionRadarModel::Angle);
        mapper->setYColumn(column);
        mapper->setSeries(series);
        mapper->setModel(m_model);
        m_chart->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    }
}

} // namespace sa
