#pragma once

#include "chartkind.h"

#include <QList>
#include <QObject>

#include <functional>

class QChart;

namespace sa {

class ChartRowsModel;

// What ties a built chart to its model beyond the mapper: the parts the mappers do not
// keep (category labels, money axes, point sizes and colours, series names) are redone
// on every reset of the model, and a click or hover on a chart element is turned back
// into the model row it shows. A child of its chart; chartBinding() finds it.
class ChartBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartBinding)

public:
    ChartBinding(ChartKind kind, ChartRowsModel *model, QChart *chart);

    ChartKind kind() const { return m_kind; }
    ChartRowsModel *model() const { return m_model; }
    // Registers what refresh() redoes, once per chart, after the chart's mappers exist.
    void setRefresh(std::function<void()> refresh);
    void refresh();
    // The series report an element by its model row.
    void click(int row);
    void hover(int row, bool on);

signals:
    void elementClicked(int row, const QList<qint64> &toolIds);
    void elementHovered(int row, bool on); // row -1: nothing

private:
    ChartKind m_kind;
    ChartRowsModel *m_model;
    std::function<void()> m_refresh;
};

ChartBinding *chartBinding(QChart *chart); // null for a chart not made by createChart()

} // namespace sa
