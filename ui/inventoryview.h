#pragma once

#include "domain/tool.h"
#include "mainview.h"

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;

namespace sa {

class CatalogueDocument;
class InventoryFilterModel;
class InventoryModel;
class InventoryTreeView;
class ProductPickerDialog;
class ToolDialog;
class WorkspaceDocument;

// The Inventory view: every tool the company pays for, grouped by category with the
// group's totals, the workspace's totals in the footer, a filter (Ctrl+F), inline editing
// (F2 or a click on a selected cell) and the tool dialog (Enter or a double-click). Adds
// tools from the catalogue or as custom tools, deletes any number in one undo step, marks
// systems of record. Every change is a command on the workspace's undo stack.
class InventoryView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryView)

public:
    InventoryView(WorkspaceDocument *workspace, CatalogueDocument *catalogue, QWidget *parent);
    ~InventoryView() override;

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    QUndoStack *undoStack() const override;
    void focusSearch() override;
    void prepareSnapshot() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    InventoryModel *model() const { return m_model; }
    InventoryTreeView *tree() const { return m_tree; }
    // Selects the tool's row (showing its group) and makes it current.
    void selectTool(ToolId id);
    // Selects these tools (the first one current), as the dashboard's Show in Inventory.
    void selectTools(const QList<ToolId> &ids);
    // Window-modal dialogs that delete themselves; id 0: a new custom tool.
    ToolDialog *openToolDialog(ToolId id);
    ProductPickerDialog *openProductPicker();
    // The distinct catalogue products of the selected tools, in selection order.
    QStringList selectedProductSlugs() const;

signals:
    // Compare Products of Selected Tools: 2 to 6 products for the Compare view.
    void compareRequested(const QStringList &productSlugs);

private:
    QWidget *createBar();
    QWidget *createEmptyState();
    void createActions();
    void addProduct(qint64 productId);
    void deleteSelected();
    void toggleSystemOfRecord();
    void editCurrent();
    void updateActions();
    void updateFooter();
    void updatePage();
    void showContextMenu(const QPoint &position);
    void filterChanged(const QString &text);

    WorkspaceDocument *m_workspace;
    CatalogueDocument *m_catalogue;
    InventoryModel *m_model;
    InventoryFilterModel *m_proxy;
    QStackedWidget *m_pages;
    InventoryTreeView *m_tree;
    QLineEdit *m_search;
    QLabel *m_totals;
    QLabel *m_filterNote;
    QAction *m_addProduct = nullptr;
    QAction *m_addCustom = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_hub = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_expandAll = nullptr;
    QAction *m_collapseAll = nullptr;
};

} // namespace sa
