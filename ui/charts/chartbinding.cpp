#include "chartbinding.h"

#include "itemmodels/chartrowsmodel.h"

#include <QChart>

namespace sa {

ChartBinding::ChartBinding(ChartKind kind, ChartRowsModel *model, QChart *chart)
    : QObject(chart)
    , m_kind(kind)
    , m_model(model)
{
    setObjectName(QStringLiteral("chartBinding"));
}

void ChartBinding::setRefresh(std::function<void()> refresh)
{
    m_refresh = std::move(refresh);
    // Connected after the builder's mapper, so that on a reset the mapper rebuilds the
    // series before this relabels them.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartBinding::refresh);
    ChartBinding::refresh();
}

void ChartBinding::refresh()
{
    if (m_refresh)
        m_refresh();
}

void ChartBinding::click(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        emit elementClicked(row, m_model->toolIds(row));
}

void ChartBinding::hover(int row, bool on)
{
    emit elementHovered(row < m_model->rowCount() ? row : -1, on);
}

ChartBinding *chartBinding(QChart *chart)
{
    return chart ? chart->findChild<ChartBinding *>(QStringLiteral("chartBinding"),
                                                    Qt::FindDirectChildrenOnly)
                 : nullptr;
}

} // namespace sa
