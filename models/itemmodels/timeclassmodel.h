#pragma once

#include "itemmodels/syncedtablemodel.h"
#include "planning/timeclassification.h"

#include <QColor>

namespace sa {

class LiveAnalysis;
class WorkspaceDocument;

// The TIME view of the stack as it is: every active tool with its quadrant (tolerate,
// invest, migrate, eliminate) and the two axes it comes from (functional fit: required
// share averaged with utilization; cost efficiency: the share of its cost not spent twice),
// worst first (eliminate, migrate, tolerate, invest), then by name. Follows the live
// analysis; read-only.
class TimeClassModel final : public SyncedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeClassModel)

public:
    enum Column { Tool, Class, Fit, Efficiency, Utilization, AnnualCost, ColumnCount };
    enum Role {
        // Raw values: the name; the class as TimeClass (int); fit, efficiency and
        // utilization as doubles in [0, 1] (utilization NaN when unknown); cents.
        UnderlyingDataRole = Qt::UserRole,
        ToolIdRole,
    };

    explicit TimeClassModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int count(TimeClass c) const;
    static QString classTitle(TimeClass c); // "Tolerate", "Invest", "Migrate", "Eliminate"
    static QString classAdvice(TimeClass c);
    static QColor classColour(TimeClass c); // green invest ... red eliminate
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        ToolId id = 0;
        QString name;
        TimeRating rating;
        double utilization = 0;
        Cents annualCost = 0;
        bool operator==(const Row &o) const;
    };

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    std::vector<Row> m_rows;
};

} // namespace sa
