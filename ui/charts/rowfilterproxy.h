#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace sa {

// The rows of a model that a predicate accepts, in their order: the scatter binds one
// series per marker size through these, as Qt Charts 6.4 misplaces points given their own
// size.
class RowFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowFilterProxy)

public:
    using Accept = std::function<bool(const QAbstractItemModel &model, int row)>;
    RowFilterProxy(QAbstractItemModel *source, Accept accept, QObject *parent);

    int sourceRow(int row) const; // -1 when out of range

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Accept m_accept;
};

} // namespace sa
