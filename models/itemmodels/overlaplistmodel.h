#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractTableModel>

namespace sa {

// The overlaps of an analysis, one row each in the analysis's order (redundant spend
// down): the capability, the primary tool the rule keeps, the others covering it at or
// above the threshold, and the redundant spend (their cost shares). The tooltip of the
// tools gives each one's strength and share. A new analysis is one reset.
class OverlapListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverlapListModel)

public:
    enum Column { Capability, Primary, Others, RedundantCost, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // name, name, tool count (int), cents (qint64)
        CapabilitySlugRole,
        ToolIdsRole, // QList<qint64>: the primary first, then the others in the rule's order
    };

    explicit OverlapListModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &result, const QString &currency);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString slug;
        QString capability;
        QStringList tools;   // the primary first
        QStringList details; // "Echo Pages: strength 2, share $400.00", same order
        QList<qint64> toolIds;
        Cents redundant = 0;
    };

    std::vector<Row> m_rows;
    QString m_currency;
};

} // namespace sa
