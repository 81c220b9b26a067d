#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "mainview.h"

#include <QByteArray>
#include <QTimer>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace sa {

class CapabilityListModel;
class CapabilityManagerDialog;
class CatalogueDocument;
class CatalogueFilterBar;
class CategoryTreeModel;
struct Product;
class ProductDetailPanel;
class ProductDialog;
class ProductSearchModel;

// The Catalogue view: find products by typing (CatalogueStore::search, coalesced per
// keystroke), narrow them by landscape category, capability, segment and price band, read
// one in the detail panel, and add, edit or delete products through undoable commands.
class CatalogueBrowser final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueBrowser)

public:
    static constexpr int ResultLimit = 500;

    explicit CatalogueBrowser(CatalogueDocument *document, QWidget *parent = nullptr);
    ~CatalogueBrowser() override;

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    QUndoStack *undoStack() const override;
    void focusSearch() override;
    void prepareSnapshot() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    ProductId currentProductId() const;
    // Selects the product in the results; clears the search and filters first when the
    // product is not among them.
    void selectProduct(ProductId id);
    // Opens the product dialog (window-modal, deletes itself); id 0 for a new product.
    ProductDialog *openProductDialog(ProductId id);
    // Saves an edit made on *version; on a conflict asks which version to keep.
    Status saveEdit(const Product &edited, qint64 *version);
    CapabilityManagerDialog *openCapabilityManager();
    // Runs a pending search now instead of waiting for the keystroke timer.
    void flushSearch();

protected:
    // The view's widgets and models are built the first time it is shown or used: at
    // start-up another view is usually current, and building this one costs a third of
    // the time to the first paint.
    void setVisible(bool visible) override;

private:
    void ensureBuilt();
    void connectWidgets();
    QWidget *createResults();
    void createActions();
    void scheduleSearch();
    void runSearch();
    void clearFilters();
    void updateResultCount();
    void updateActions();
    void showCurrentProduct();
    void deleteProduct();
    bool selectRow(ProductId id);

    CatalogueDocument *m_document;
    ProductSearchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    CategoryTreeModel *m_categories = nullptr;
    CapabilityListModel *m_capabilities = nullptr;
    CatalogueFilterBar *m_filterBar = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_resultCount = nullptr;
    ProductDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_searchTimer;
    // restoreState() before the view is built: applied when it is.
    QByteArray m_pendingSplitter;
    QByteArray m_pendingColumns;
    bool m_textChanged = false;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_capabilitiesAction = nullptr;
    QAction *m_separator = nullptr;
};

} // namespace sa
