#include "reversedrowsproxy.h"

#include <algorithm>

namespace sa {

ReversedRowsProxy::ReversedRowsProxy(QAbstractItemModel *source, int maxRows, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_maxRows(maxRows)
{
    setSourceModel(source);
    // Every change of the ranked list is a reset here: a row's place depends on the count.
    // The proxy keeps nothing of its own, so resetting after the fact is safe.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(source, &QAbstractItemModel::layoutChanged, this, reset);
    connect(source, &QAbstractItemModel::dataChanged, this, reset);
    connect(source, &QAbstractItemModel::rowsInserted, this, reset);
    connect(source, &QAbstractItemModel::rowsRemoved, this, reset);
}

QModelIndex ReversedRowsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ReversedRowsProxy::parent(const QModelIndex &) const
{
    return {};
}

int ReversedRowsProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : std::min(m_maxRows, sourceModel()->rowCount());
}

int ReversedRowsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sourceModel()->columnCount();
}

QModelIndex ReversedRowsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return {};
    return sourceModel()->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ReversedRowsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= rowCount())
        return {};
    return index(rowCount() - 1 - sourceIndex.row(), sourceIndex.column());
}

} // namespace sa
