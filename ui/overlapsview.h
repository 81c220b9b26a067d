#pragma once

#include "mainview.h"

class QLabel;
class QPushButton;
class QTableView;

namespace sa {

class LiveAnalysis;
class OverlapListModel;
class SimilarityMatrixModel;
class WorkspaceDocument;

// The overlaps view: on the left the overlapped capabilities by redundant spend, each
// with the primary tool the rule keeps and the others covering it; on the right the tool
// x tool similarity heat matrix, the exact similarity in each cell's tooltip. Choosing an
// overlap marks its primary against the next tool in the matrix. Follows the live analysis.
class OverlapsView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverlapsView)

public:
    explicit OverlapsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    void prepareSnapshot() override;

    OverlapListModel *overlaps() const { return m_overlaps; }
    SimilarityMatrixModel *matrix() const { return m_matrix; }
    QTableView *overlapTable() const { return m_list; }
    QTableView *matrixTable() const { return m_grid; }
    // The distinct catalogue products of the chosen overlap's tools, primary first, at
    // most 6: what "Which to Keep?" compares.
    QStringList chosenProducts() const;

signals:
    // "Which to Keep?": compare these products (the Compare view takes them).
    void compareRequested(const QStringList &productSlugs);

private:
    void refresh();
    void overlapChosen();

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    OverlapListModel *m_overlaps;
    SimilarityMatrixModel *m_matrix;
    QTableView *m_list;
    QTableView *m_grid;
    QLabel *m_summary;
    QLabel *m_matrixEmpty;
    QPushButton *m_keepButton;
};

} // namespace sa
