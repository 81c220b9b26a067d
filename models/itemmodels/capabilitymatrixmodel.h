#pragma once

#include "compare/comparisonresult.h"

#include <QAbstractTableModel>

namespace sa {

// The capability matrix of a comparison: one row per requirement (must, should, nice),
// the requirement's columns, then one column per compared product in rank order from
// ColumnCount on, holding its strength; CheckStateRole on a product cell says whether it
// meets the minimum. Reset with each new result, like ComparisonScoreModel.
class CapabilityMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMatrixModel)

public:
    // The fixed columns; product columns follow ColumnCount.
    enum Column { Capability, Importance, MinStrength, Stack, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // name, importance (int), strengths (int)
    };

    explicit CapabilityMatrixModel(QObject *parent = nullptr);

    void setResult(ComparisonResult result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant value(int row, int column) const;

    ComparisonResult m_result;
};

} // namespace sa
