#pragma once

#include "chartkind.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace sa {

class DashboardModels;

// One chart of the dashboard as a card: its title, an export button (PNG or SVG, also
// on the chart's context menu), the chart bound to its model, or the reason it is empty.
// Hovering an element shows its model row's tooltip; clicking one reports its tools.
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(ChartKind kind, DashboardModels *models, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    bool isShowingChart() const; // false while it shows chartEmptyText()
    void exportChart(bool svg);

signals:
    // The user clicked an element: its label ("Marketing automation") and its tools.
    void toolsClicked(const QString &label, const QList<qint64> &toolIds);
    void statusMessage(const QString &text);

private:
    void refresh();
    void showContextMenu(const QPoint &pos);
    void showHover(int row, bool on);

    ChartKind m_kind;
    DashboardModels *m_models;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QToolButton *m_export;
};

} // namespace sa
