#pragma once

#include "compare/comparisonresult.h"

#include <QAbstractTableModel>

namespace sa {

// The stack fit of a comparison: one row per aspect (integrations with the tools already
// owned, the indicative price band, segment fit, deployment, what is owned of it, the gaps
// it closes, what it duplicates), the aspect's name, then one column per compared product
// in rank order from ColumnCount on, as CapabilityMatrixModel has them. Reset with each
// new result.
class ComparisonDetailsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDetailsModel)

public:
    // The fixed column; product columns follow ColumnCount.
    enum Column { Aspect, ColumnCount };
    enum Row { Integrations, Price, Segment, Deployment, Owned, GapsClosed, Overlaps, RowCount };
    enum Role {
        // Aspect: its title. Products: links (int), price midpoint (double or null),
        // segment fit (bool or null), deployment, owned-as names, gaps closed (int),
        // overlapping capabilities (int).
        UnderlyingDataRole = Qt::UserRole,
    };

    explicit ComparisonDetailsModel(QObject *parent = nullptr);

    void setResult(ComparisonResult result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString aspectTitle(int row);

private:
    QString text(const ProductScore &p, int row) const;
    QString toolTip(const ProductScore &p, int row) const;
    QVariant value(const ProductScore &p, int row) const;
    QString names(const QStringList &slugs) const;

    ComparisonResult m_result;
};

} // namespace sa
