#pragma once

#include "compare/comparisonresult.h"

#include <QAbstractTableModel>

namespace sa {

// The ranking of a comparison: one row per product in rank order, the total and each
// criterion's points (its weighted part) as columns, the score and weight in the tooltip.
// A new result (weights moved, a product added) replaces the rows in one reset: the
// ranking may reorder entirely, and views keep no per-row state worth carrying over.
class ComparisonScoreModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonScoreModel)

public:
    enum Column { Rank, Product, Total, Coverage, Integration, Cost, Overlap, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // rank (int), name, or points (double)
        SlugRole,                          // the product's slug, on every column
    };

    explicit ComparisonScoreModel(QObject *parent = nullptr);

    void setResult(ComparisonResult result);
    const ComparisonResult &result() const { return m_result; }
    static Criterion criterionOf(int column); // for Coverage..Overlap

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant value(const ProductScore &p, int column) const;

    ComparisonResult m_result;
};

} // namespace sa
