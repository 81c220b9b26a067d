#pragma once

#include <QAbstractProxyModel>

namespace sa {

// The first rows of a model, last first: a horizontal bar chart draws its first category
// at the bottom (and Qt Charts cannot reverse a bar axis), so the largest of a ranked
// list is bound through this to stand at the top.
class ReversedRowsProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReversedRowsProxy)

public:
    ReversedRowsProxy(QAbstractItemModel *source, int maxRows, QObject *parent);

    int sourceRow(int row) const { return rowCount() - 1 - row; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    int m_maxRows;
};

} // namespace sa
