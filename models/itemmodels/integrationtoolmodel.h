#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractTableModel>

namespace sa {

// The tools of the integration map, by name, with what marks them on the map (hub, in a
// silo, single point of failure), their number of integrations and what removing them
// would cut: the list beside the graph, and the source of its markers. A new analysis is
// one reset.
class IntegrationToolModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationToolModel)

public:
    enum Column { Tool, Marks, Integrations, CutOff, ColumnCount };
    enum Mark { Hub = 1, Silo = 2, SinglePoint = 4 };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // name, marks (int), count (int), count (int)
        ToolIdRole,
        MarksRole, // Mark flags (int), on every column
        SiloRole,  // the silo's number (0 the largest), -1 when not in one
    };

    explicit IntegrationToolModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &result);
    int rowOf(ToolId tool) const; // -1 when unknown
    ToolIndex toolIndex(int row) const { return m_rows[size_t(row)].tool; }
    static QString marksText(int marks); // "Hub · Single point of failure"

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        ToolIndex tool = -1;
        ToolId id = 0;
        QString name;
        int marks = 0;
        int silo = -1;
        int integrations = 0;
        int cutOff = 0;
    };

    std::vector<Row> m_rows;
};

// Each tool's marks on the integration map, by ToolIndex; silo numbers in *silo if given.
std::vector<int> integrationMarks(const AnalysisResult &result, std::vector<int> *silo = nullptr);

} // namespace sa
