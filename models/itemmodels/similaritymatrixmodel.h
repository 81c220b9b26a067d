#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractTableModel>

namespace sa {

// The tool x tool similarity matrix: the tools that resemble at least one other (a
// similar pair of the analysis) as both rows and columns, ordered so that similar tools
// sit side by side (a greedy chain from the most similar pair); each cell the
// weighted Jaccard similarity of the two, shown as a whole percentage, exactly in the
// tooltip (sum of minimum strengths over sum of maximum strengths). The diagonal is
// empty. A new analysis is one reset.
class SimilarityMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimilarityMatrixModel)

public:
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the similarity (double), 1 on the diagonal
        ToolIdRole,                        // the row's tool (header: that section's)
    };

    explicit SimilarityMatrixModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &result);
    double similarity(int row, int column) const;
    int sectionOf(ToolId tool) const; // -1 when not in the matrix

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Fraction
    {
        int min = 0; // sum of the smaller strength over shared capabilities
        int max = 0; // sum of the larger strength over all of either's capabilities
    };
    Fraction fraction(int row, int column) const;

    std::vector<ToolIndex> m_tools; // sections, in the chain's order
    std::vector<QString> m_names;
    std::vector<ToolId> m_ids;
    std::vector<double> m_cells;                                           // row-major
    std::vector<std::vector<std::pair<CapabilityIndex, int>>> m_strengths; // per section
};

} // namespace sa
