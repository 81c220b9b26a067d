#include "chartpanel.h"

#include "chartbinding.h"
#include "chartexport.h"
#include "chartfactory.h"
#include "itemmodels/chartrowsmodel.h"
#include "itemmodels/dashboardmodels.h"
#include "theme.h"

#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>

namespace sa {

ChartPanel::ChartPanel(ChartKind kind, DashboardModels *models, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_models(models)
    , m_chart(createChart(kind, *models))
    , m_view(new QChartView(m_chart))
    , m_empty(new QLabel(chartEmptyText(kind)))
    , m_stack(new QStackedWidget)
    , m_export(new QToolButton)
{
    setObjectName(chartFileName(kind) + u"Panel");
    setProperty("chartCard", true);
    auto *title = new QLabel(chartTitle(kind));
    title->setObjectName(QStringLiteral("chartTitle"));
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setIcon(actionIcon(QStringLiteral("export")));
    m_export->setToolTip(tr("Export this chart as a PNG image or an SVG drawing"));
    m_export->setAutoRaise(true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Export as &PNG…"), this, [this] { exportChart(false); });
    menu->addAction(tr("Export as &SVG…"), this, [this] { exportChart(true); });
    m_export->setMenu(menu);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 6, 0);
    header->addWidget(title, 1);
    header->addWidget(m_export);

    m_view->setObjectName(chartFileName(kind));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(220);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    ChartBinding *binding = chartBinding(m_chart);
    connect(
        binding, &ChartBinding::elementClicked, this, [this](int row, const QList<qint64> &ids) {
            emit toolsClicked(chartModel(m_kind, *m_models)->label(row), ids);
        });
    connect(binding, &ChartBinding::elementHovered, this, &ChartPanel::showHover);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartPanel::showContextMenu);
    connect(models, &DashboardModels::updated, this, &ChartPanel::refresh);
    refresh();
}

bool ChartPanel::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

void ChartPanel::refresh()
{
    const bool empty = chartIsEmpty(m_kind, *m_models);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_export->setEnabled(!empty);
}

void ChartPanel::showContextMenu(const QPoint &pos)
{
    if (!isShowingChart())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export as &PNG…"), this, [this] { exportChart(false); });
    menu.addAction(tr("Export as &SVG…"), this, [this] { exportChart(true); });
    menu.exec(m_view->mapToGlobal(pos));
}

void ChartPanel::showHover(int row, bool on)
{
    if (!on || row < 0) {
        QToolTip::hideText();
        return;
    }
    const ChartRowsModel *model = chartModel(m_kind, *m_models);
    const int column = model->columnCount() > 1 ? 1 : 0;
    QToolTip::showText(
        QCursor::pos(), model->data(model->index(row, column), Qt::ToolTipRole).toString(), m_view);
}

void ChartPanel::exportChart(bool svg)
{
    QString path;
    const Status status = ChartExport::exportWithDialog(
        this, m_chart, chartFileName(m_kind), m_chart->size().toSize(), svg, &path);
    if (!status) {
        QMessageBox::warning(this, tr("Export Chart"), status.error().message);
        return;
    }
    if (!path.isEmpty())
        emit statusMessage(
            tr("Exported “%1” to %2").arg(chartTitle(m_kind), QDir::toNativeSeparators(path)));
}

} // namespace sa
