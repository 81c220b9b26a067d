#include "rowfilterproxy.h"

namespace sa {

RowFilterProxy::RowFilterProxy(QAbstractItemModel *source, Accept accept, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_accept(std::move(accept))
{
    setSourceModel(source);
}

int RowFilterProxy::sourceRow(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? source.row() : -1;
}

bool RowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_accept(*sourceModel(), sourceRow);
}

} // namespace sa
