#pragma once

#include <QChartView>

class QAbstractItemModel;
class QCategoryAxis;
class QPolarChart;
class QValueAxis;

namespace sa {

// The radar of a comparison: a polar chart with one closed line per product over the
// four criteria (0-100 points each), bound to a CriterionRadarModel through one
// QVXYModelMapper per product column, so the chart never holds copied figures. The lines
// are made again when the model resets (products added, removed or re-ranked).
class CriterionRadarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriterionRadarChart)

public:
    explicit CriterionRadarChart(QAbstractItemModel *model, QWidget *parent = nullptr);

    QPolarChart *polarChart() const { return m_chart; }
    // The colour of the product in column ColumnCount + index, shared with the legend.
    static QColor productColor(int index);

private:
    void rebuild();

    QAbstractItemModel *m_model;
    QPolarChart *m_chart;
    QCategoryAxis *m_angular;
    QValueAxis *m_radial;
};

} // namespace sa
