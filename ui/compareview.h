#pragma once

#include "fillgapdialog.h"
#include "mainview.h"

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sa {

class CapabilityMatrixModel;
class CatalogueDocument;
class CompareShortlists;
class CompareWeightsPanel;
class ComparisonDetailsModel;
class ComparisonScoreModel;
class ComparisonSession;
class CriterionRadarChart;
class CriterionRadarModel;
class ProductPickerDialog;
class WorkspaceDocument;

// The Compare view: 2 to 6 products scored against the workspace with the four named
// criteria. The ranking shows every criterion's points and the total; the capability
// matrix shows each product's strength against the requirements; the stack fit shows
// integrations with the tools owned, the indicative price band, segment fit and
// deployment; the weights are sliders and the ranking follows them live; a radar chart
// shows each product's criteria. Products come from catalogue search (Add Product…),
// "Fill a Gap…", the Inventory's selected tools, or other views through compareProducts()
// and fillGap(). Shortlists and CSV/XLSX export are here too.
class CompareView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    CompareView(WorkspaceDocument *workspace, CatalogueDocument *catalogue, QWidget *parent);
    ~CompareView() override;

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void prepareSnapshot() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    ComparisonSession *session() const { return m_session; }
    CompareShortlists *shortlists() const { return m_shortlists; }
    CriterionRadarModel *radarModel() const { return m_radarModel; }
    // Window-modal dialogs that delete themselves; returned for tests.
    ProductPickerDialog *openProductPicker();

public slots:
    // "Which to keep?" and the Inventory's selected tools: compares these products (slugs
    // of the catalogue or of the workspace's snapshots) instead of the current ones, and
    // asks to be shown.
    void compareProducts(const QStringList &slugs);
    // "Who fills this?": the Fill a Gap dialog on that capability (any when empty).
    FillGapDialog *fillGap(const QString &capabilitySlug = QString());
    void removeSelected();
    void exportComparison();

private:
    QWidget *createBar();
    QWidget *createComparison();
    QWidget *createEmptyState();
    void createActions();
    void refresh();
    void updateActions();
    void useFillers(const QStringList &slugs, FillGapDialog::Use use);
    QString subtitle() const;

    WorkspaceDocument *m_workspace;
    CatalogueDocument *m_catalogue;
    ComparisonSession *m_session;
    ComparisonScoreModel *m_scoreModel;
    CapabilityMatrixModel *m_matrixModel;
    ComparisonDetailsModel *m_detailsModel;
    CriterionRadarModel *m_radarModel;
    CompareShortlists *m_shortlists = nullptr;
    CompareWeightsPanel *m_weights = nullptr;
    CriterionRadarChart *m_radar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_ranking = nullptr;
    QTableView *m_matrix = nullptr;
    QTableView *m_details = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_picked = nullptr;
    QAction *m_add = nullptr;
    QAction *m_fill = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_export = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_separator2 = nullptr;
};

} // namespace sa
