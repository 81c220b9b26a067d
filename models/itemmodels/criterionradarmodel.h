#pragma once

#include "compare/comparisonresult.h"

#include <QAbstractTableModel>

namespace sa {

// The criteria of a comparison shaped for a radar chart's model mappers: one row per
// criterion at angle 0, 1, 2, 3 and a last row at angle 4 that repeats the first, so
// that each product's line closes; column Angle holds the angle and each product (in
// rank order, from ColumnCount on) its score in points 0..100 (before weighting: the
// shape of a product, which the weights do not change). Reset with each new result.
class CriterionRadarModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriterionRadarModel)

public:
    enum Column { Angle, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the angle or the score, as double
    };
    static constexpr int PointCount = kCriterionCount + 1;

    explicit CriterionRadarModel(QObject *parent = nullptr);

    void setResult(ComparisonResult result);
    int productCount() const { return int(m_result.products.size()); }
    static Criterion criterionOf(int row); // row 4 is criterion 0 again

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ComparisonResult m_result;
};

} // namespace sa
