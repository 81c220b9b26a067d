#include "cataloguebrowser.h"

#include "capabilitymanagerdialog.h"
#include "catalogue/cataloguedocument.h"
#include "cataloguefilterbar.h"
#include "editconflictdialog.h"
#include "itemmodels/capabilitylistmodel.h"
#include "itemmodels/categorytreemodel.h"
#include "itemmodels/productsearchmodel.h"
#include "productdetailpanel.h"
#include "productdialog.h"
#include "theme.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sa {

CatalogueBrowser::CatalogueBrowser(CatalogueDocument *document, QWidget *parent)
    : MainView(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("catalogueBrowser"));
    createActions();
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(30);
    connect(&m_searchTimer, &QTimer::timeout, this, &CatalogueBrowser::runSearch);
}

void CatalogueBrowser::setVisible(bool visible)
{
    if (visible)
        ensureBuilt(); // before the widget is visible, so that its children show with it
    MainView::setVisible(visible);
}

void CatalogueBrowser::ensureBuilt()
{
    if (m_model)
        return;
    m_model = new ProductSearchModel(m_document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_categories = new CategoryTreeModel(m_document, this);
    m_capabilities = new CapabilityListModel(m_document, this);
    m_filterBar = new CatalogueFilterBar(m_capabilities);
    m_tree = new QTreeView;
    m_table = new QTableView;
    m_resultCount = new QLabel;
    m_detail = new ProductDetailPanel(m_document);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProductSearchModel::UnderlyingDataRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_categories);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIndentation(14);
    m_tree->setMinimumWidth(170);
    m_tree->expandAll();
    m_tree->setCurrentIndex(m_categories->indexOf(0));

    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(createResults());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({236, 744, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    m_table->addAction(m_deleteAction);
    m_detail->addAction(m_deleteAction);
    m_detail->setActions(m_editAction, m_deleteAction);
    if (!m_pendingSplitter.isEmpty())
        m_splitter->restoreState(m_pendingSplitter);
    if (!m_pendingColumns.isEmpty())
        m_table->horizontalHeader()->restoreState(m_pendingColumns);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connectWidgets();
    runSearch();
}

void CatalogueBrowser::connectWidgets()
{
    connect(m_filterBar, &CatalogueFilterBar::textEdited, this, [this] {
        m_textChanged = true;
        scheduleSearch();
    });
    connect(
        m_filterBar, &CatalogueFilterBar::filtersChanged, this, &CatalogueBrowser::scheduleSearch);
    connect(
        m_filterBar, &CatalogueFilterBar::clearRequested, this, &CatalogueBrowser::clearFilters);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &CatalogueBrowser::scheduleSearch);
    // A click moves the current row before it selects it: follow both.
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CatalogueBrowser::showCurrentProduct);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CatalogueBrowser::showCurrentProduct);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openProductDialog(index.data(ProductSearchModel::ProductIdRole).toLongLong());
    });
    connect(
        m_model, &ProductSearchModel::resultsChanged, this, &CatalogueBrowser::updateResultCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogueBrowser::updateActions);
    connect(
        m_detail, &ProductDetailPanel::productActivated, this, &CatalogueBrowser::selectProduct);
    connect(m_document, &CatalogueDocument::capabilityRemoved, this, [this](CapabilityId id) {
        if (m_filterBar->capabilityId() == id)
            m_filterBar->setCapabilityId(0);
    });
}

CatalogueBrowser::~CatalogueBrowser() = default;

QWidget *CatalogueBrowser::createResults()
{
    auto *results = new QWidget;
    results->setObjectName(QStringLiteral("resultsPane"));
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    layout->addWidget(m_resultCount);

    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table, 32);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSortingEnabled(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // relevance: the store's order
    header->setSectionResizeMode(ProductSearchModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    const int widths[] = {0, 108, 140, 100, 130, 96};
    for (int column = 1; column < ProductSearchModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    layout->addWidget(m_table, 1);
    return results;
}

void CatalogueBrowser::createActions()
{
    m_newAction = new QAction(actionIcon(QStringLiteral("add")), tr("&New Product…"), this);
    m_newAction->setObjectName(QStringLiteral("newProductAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N: workspace
    connect(m_newAction, &QAction::triggered, this, [this] { openProductDialog(0); });

    m_editAction = new QAction(actionIcon(QStringLiteral("edit")), tr("&Edit Product…"), this);
    m_editAction->setObjectName(QStringLiteral("editProductAction"));
    m_editAction->setIconText(tr("Edit"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const ProductId id = currentProductId())
            openProductDialog(id);
    });

    // Del works where a product is in focus (the table, the detail panel), not in the
    // search box, where it deletes text.
    m_deleteAction = new QAction(actionIcon(QStringLiteral("delete")), tr("&Delete Product"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteProductAction"));
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &CatalogueBrowser::deleteProduct);

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_capabilitiesAction = new QAction(
        actionIcon(QStringLiteral("capabilities")), tr("Manage &Capabilities…"), this);
    m_capabilitiesAction->setObjectName(QStringLiteral("manageCapabilitiesAction"));
    connect(
        m_capabilitiesAction, &QAction::triggered, this, &CatalogueBrowser::openCapabilityManager);

    updateActions();
}

QString CatalogueBrowser::viewId() const
{
    return QStringLiteral("catalogue");
}

QString CatalogueBrowser::title() const
{
    return tr("Catalogue");
}

QIcon CatalogueBrowser::icon() const
{
    return actionIcon(QStringLiteral("catalogue"));
}

QList<QAction *> CatalogueBrowser::editActions() const
{
    return {m_newAction, m_editAction, m_deleteAction, m_separator, m_capabilitiesAction};
}

QUndoStack *CatalogueBrowser::undoStack() const
{
    return m_document->undoStack();
}

void CatalogueBrowser::focusSearch()
{
    ensureBuilt();
    m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchBox()->selectAll();
}

void CatalogueBrowser::scheduleSearch()
{
    m_searchTimer.start();
}

void CatalogueBrowser::flushSearch()
{
    ensureBuilt();
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        runSearch();
    }
}

void CatalogueBrowser::runSearch()
{
    m_searchTimer.stop();
    SearchQuery query;
    query.text = m_filterBar->text();
    query.categoryId = m_categories->categoryId(m_tree->currentIndex());
    query.capabilityId = m_filterBar->capabilityId();
    query.segment = m_filterBar->segment();
    query.price = m_filterBar->price();
    query.limit = ResultLimit;

    const ProductId keep = currentProductId();
    m_model->setQuery(query);
    if (m_textChanged) // a new search shows the best matches first
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_textChanged = false;
    if (!selectRow(keep))
        m_detail->setProduct(0);
}

void CatalogueBrowser::clearFilters()
{
    m_filterBar->resetFilters();
    m_tree->setCurrentIndex(m_categories->indexOf(0));
    runSearch();
}

void CatalogueBrowser::updateResultCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const int total = m_model->totalMatches();
    QString text;
    if (total == 0)
        text = tr("No products match. Try fewer words or clear the filters.");
    else if (shown < total)
        text = tr("Showing %1 of %2 matches").arg(locale.toString(shown), locale.toString(total));
    else if (total == 1)
        text = tr("1 product");
    else
        text = tr("%1 products").arg(locale.toString(total));
    m_resultCount->setText(text);
}

void CatalogueBrowser::updateActions()
{
    const bool hasProduct = currentProductId() != 0;
    m_editAction->setEnabled(hasProduct);
    m_deleteAction->setEnabled(hasProduct);
}

void CatalogueBrowser::showCurrentProduct()
{
    m_detail->setProduct(currentProductId());
    updateActions();
}

ProductId CatalogueBrowser::currentProductId() const
{
    if (!m_table)
        return 0;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()
        || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.data(ProductSearchModel::ProductIdRole).toLongLong();
}

bool CatalogueBrowser::selectRow(ProductId id)
{
    const int sourceRow = id ? m_model->rowOf(id) : -1;
    if (sourceRow < 0) {
        m_table->selectionModel()->clear();
        updateActions();
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrentProduct();
    return true;
}

void CatalogueBrowser::selectProduct(ProductId id)
{
    ensureBuilt();
    flushSearch();
    if (selectRow(id))
        return;
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->searchBox()->clear();
    }
    clearFilters();
    if (!selectRow(id))
        m_detail->setProduct(id); // beyond the result limit: show it anyway
}

Status CatalogueBrowser::saveEdit(const Product &edited, qint64 *version)
{
    bool keptTheirs = false;
    const Status status = EditConflictDialog::saveResolving(
        this,
        version,
        [&](qint64 basedOn) -> EditConflictDialog::Attempt {
            const auto done = m_document->editProductBasedOn(edited, basedOn);
            if (!done.conflict)
                return {done.status, std::nullopt};
            return {done.status, EditConflictDialog::sidesOf(*done.conflict)};
        },
        &keptTheirs);
    if (keptTheirs) {
        m_detail->setProduct(edited.id);
        emit statusMessage(tr("Kept the version of “%1” someone else saved.").arg(edited.name));
    } else if (status) {
        emit statusMessage(tr("Saved “%1”.").arg(edited.name));
    }
    return status;
}

ProductDialog *CatalogueBrowser::openProductDialog(ProductId id)
{
    ensureBuilt();
    auto *dialog = new ProductDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (id) {
        const std::optional<VersionedProduct> read = m_document->store()->versionedProduct(id);
        if (!read) {
            delete dialog;
            return nullptr;
        }
        dialog->setProduct(read->product);
        // Saved only over the version the dialog was opened on (a shared catalogue may
        // have changed meanwhile); a conflict asks which version to keep.
        dialog->setSubmitHandler([this, version = read->version](const Product &edited) mutable {
            return saveEdit(edited, &version);
        });
    } else {
        Product fresh;
        fresh.categoryId = m_categories->categoryId(m_tree->currentIndex());
        dialog->setProduct(fresh);
        dialog->setSubmitHandler([this](const Product &added) -> Status {
            const Expected<ProductId> id = m_document->addProduct(added);
            if (!id)
                return id.error();
            emit statusMessage(tr("Added “%1”.").arg(added.name));
            selectProduct(*id);
            return success();
        });
    }
    dialog->open();
    return dialog;
}

CapabilityManagerDialog *CatalogueBrowser::openCapabilityManager()
{
    ensureBuilt();
    auto *dialog = new CapabilityManagerDialog(m_document, m_capabilities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CatalogueBrowser::deleteProduct()
{
    const ProductId id = currentProductId();
    if (!id)
        return;
    const int row = m_table->currentIndex().row();
    const QString name = m_table->currentIndex().siblingAtColumn(0).data().toString();
    const Status status = m_document->removeProduct(id);
    if (!status) {
        QMessageBox::warning(this, tr("Could not delete “%1”").arg(name), status.error().message);
        return;
    }
    emit statusMessage(tr("Deleted “%1”. Undo with Ctrl+Z.").arg(name));
    const int next = std::min(row, m_proxy->rowCount() - 1);
    if (next >= 0)
        selectRow(m_proxy->index(next, 0).data(ProductSearchModel::ProductIdRole).toLongLong());
}

void CatalogueBrowser::prepareSnapshot()
{
    ensureBuilt();
    clearFilters();
    m_filterBar->searchBox()->setText(QStringLiteral("email"));
    flushSearch();
    if (m_model->rowCount() == 0) {
        m_filterBar->searchBox()->clear();
        flushSearch();
    }
    const int row = std::min(1, m_proxy->rowCount() - 1);
    if (row >= 0)
        selectRow(m_proxy->index(row, 0).data(ProductSearchModel::ProductIdRole).toLongLong());
}

void CatalogueBrowser::saveState(QSettings &settings) const
{
    // Never shown this time: keep what was restored.
    settings.setValue(QStringLiteral("splitter"),
                      m_splitter ? m_splitter->saveState() : m_pendingSplitter);
    settings.setValue(QStringLiteral("columns"),
                      m_table ? m_table->horizontalHeader()->saveState() : m_pendingColumns);
}

void CatalogueBrowser::restoreState(QSettings &settings)
{
    m_pendingSplitter = settings.value(QStringLiteral("splitter")).toByteArray();
    m_pendingColumns = settings.value(QStringLiteral("columns")).toByteArray();
    if (!m_model)
        return;
    m_splitter->restoreState(m_pendingSplitter);
    m_table->horizontalHeader()->restoreState(m_pendingColumns);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

} // namespace sa
