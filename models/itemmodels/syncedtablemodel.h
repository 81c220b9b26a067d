#pragma once

#include "itemmodels/rowsync.h"

#include <QAbstractTableModel>

namespace sa {

// A table model whose rows are refreshed from a query as a whole but announced row by row:
// syncRows() turns the rows into the new list with RowSync's removals, moves and inserts,
// then dataChanged for the matched rows that differ, so that views keep their selection,
// current item and scroll position through an edit or an undo.
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // key(row) is a row's identity (a product or capability id, a slug's number).
    template<typename Row, typename KeyOf>
    void syncRows(std::vector<Row> &rows, std::vector<Row> next, KeyOf key)
    {
        std::vector<qint64> oldKeys, newKeys;
        for (const Row &row : rows)
            oldKeys.push_back(key(row));
        for (const Row &row : next)
            newKeys.push_back(key(row));
        for (const RowSync::Step &step : RowSync::steps(oldKeys, newKeys))
            applyStep(rows, step, next);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] == next[i])
                continue;
            rows[i] = std::move(next[i]);
            emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }

private:
    template<typename Row>
    void applyStep(std::vector<Row> &rows, const RowSync::Step &step, const std::vector<Row> &next)
    {
        switch (step.kind) {
        case RowSync::Step::Remove:
            beginRemoveRows(QModelIndex(), step.first, step.last);
            RowSync::apply(rows, step, next);
            endRemoveRows();
            break;
        case RowSync::Step::Move:
            beginMoveRows(QModelIndex(), step.first, step.first, QModelIndex(), step.to);
            RowSync::apply(rows, step, next);
            endMoveRows();
            break;
        case RowSync::Step::Insert:
            beginInsertRows(QModelIndex(), step.first, step.first);
            RowSync::apply(rows, step, next);
            endInsertRows();
            break;
        }
    }
};

} // namespace sa
