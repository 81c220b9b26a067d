#include "inventoryview.h"

#include "catalogue/cataloguedocument.h"
#include "inventorydelegate.h"
#include "inventorytreeview.h"
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "itemmodels/inventoryrules.h"
#include "itemmodels/inventorytext.h"
#include "productpickerdialog.h"
#include "theme.h"
#include "tooldialog.h"
#include "tooledit.h"
#include "workspace/workspacedocument.h"
#include "workspaceviews.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace sa {

namespace {

QString quoted(const std::vector<Tool> &tools, const std::vector<ToolId> &ids)
{
    for (const Tool &t : tools) {
        if (t.id == ids.front())
            return t.name;
    }
    return QString();
}

} // namespace

InventoryView::InventoryView(WorkspaceDocument *workspace,
                             CatalogueDocument *catalogue,
                             QWidget *parent)
    : MainView(parent)
    , m_workspace(workspace)
    , m_catalogue(catalogue)
    , m_model(new InventoryModel(workspace, catalogue->store()->categories(), this))
    , m_proxy(new InventoryFilterModel(this))
    , m_pages(new QStackedWidget)
    , m_tree(new InventoryTreeView)
    , m_search(new QLineEdit)
    , m_totals(new QLabel)
    , m_filterNote(new QLabel)
{
    setObjectName(QStringLiteral("inventoryView"));
    m_proxy->setSourceModel(m_model);

    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new InventoryDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIndentation(18);
    m_tree->setSortingEnabled(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->sortByColumn(InventoryModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(56);
    header->setSectionResizeMode(InventoryModel::Name, QHeaderView::Stretch);
    const int widths[] = {0, 190, 112, 60, 100, 86, 118, 100, 104, 120, 72};
    for (int column = 1; column < InventoryModel::ColumnCount; ++column)
        m_tree->setColumnWidth(column, widths[column]);

    m_pages->setObjectName(QStringLiteral("inventoryPages"));
    m_pages->addWidget(m_tree);
    m_pages->addWidget(createEmptyState());

    auto *footer = new QWidget;
    footer->setObjectName(QStringLiteral("inventoryFooter"));
    footer->setAttribute(Qt::WA_StyledBackground);
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(16, 7, 16, 7);
    m_totals->setObjectName(QStringLiteral("inventoryTotals"));
    m_filterNote->setObjectName(QStringLiteral("inventoryFilterNote"));
    footerLayout->addWidget(m_totals, 1);
    footerLayout->addWidget(m_filterNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBar());
    layout->addWidget(m_pages, 1);
    layout->addWidget(footer);
    createActions();

    connect(m_model, &InventoryModel::totalsChanged, this, &InventoryView::updateFooter);
    connect(m_model, &InventoryModel::totalsChanged, this, &InventoryView::updatePage);
    connect(m_model, &InventoryModel::editRefused, this, [this](const QString &message) {
        emit statusMessage(tr("Not saved: %1").arg(message));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InventoryView::updateFooter);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &InventoryView::updateActions);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &InventoryView::updateActions);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(InventoryModel::IsGroupRole).toBool())
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index));
        else
            editCurrent();
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &InventoryView::showContextMenu);
    connect(m_search, &QLineEdit::textChanged, this, &InventoryView::filterChanged);
    updateFooter();
    updatePage();
    updateActions();
}

InventoryView::~InventoryView() = default;

QWidget *InventoryView::createBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("inventoryBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(
        tr("Filter tools by name, product, vendor, owner, team or status — e.g. “hubspot”"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(actionIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addSpacing(10);
    auto *fromCatalogue = new QPushButton(tr("Add from Catalogue…"));
    fromCatalogue->setObjectName(QStringLiteral("addFromCatalogueButton"));
    fromCatalogue->setProperty("primary", true);
    auto *custom = new QPushButton(actionIcon(QStringLiteral("add")), tr("Add Custom Tool…"));
    custom->setObjectName(QStringLiteral("addCustomToolButton"));
    layout->addWidget(fromCatalogue);
    layout->addWidget(custom);
    connect(fromCatalogue, &QPushButton::clicked, this, &InventoryView::openProductPicker);
    connect(custom, &QPushButton::clicked, this, [this] { openToolDialog(0); });
    return bar;
}

QWidget *InventoryView::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("inventoryEmpty"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *headline = new QLabel(tr("No tools yet"));
    headline->setObjectName(QStringLiteral("emptyHeadline"));
    QString intro = tr("List what the company pays for: pick the products from the catalogue, "
                       "or add a tool the catalogue does not know.");
    if (WorkspaceViews::hasImportWizard())
        intro += u' ' + tr("File > Import… brings a finance export in at once.");
    auto *text = new QLabel(intro);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    for (QLabel *label : {headline, text}) {
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *fromCatalogue = new QPushButton(tr("Add from Catalogue…"));
    fromCatalogue->setProperty("primary", true);
    auto *custom = new QPushButton(tr("Add Custom Tool…"));
    buttons->addWidget(fromCatalogue);
    buttons->addWidget(custom);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(fromCatalogue, &QPushButton::clicked, this, &InventoryView::openProductPicker);
    connect(custom, &QPushButton::clicked, this, [this] { openToolDialog(0); });
    return page;
}

void InventoryView::createActions()
{
    m_addProduct = new QAction(
        actionIcon(QStringLiteral("catalogue-add")), tr("Add from &Catalogue…"), this);
    m_addProduct->setObjectName(QStringLiteral("addFromCatalogueAction"));
    m_addProduct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_addProduct, &QAction::triggered, this, &InventoryView::openProductPicker);

    m_addCustom = new QAction(actionIcon(QStringLiteral("add")), tr("Add C&ustom Tool…"), this);
    m_addCustom->setObjectName(QStringLiteral("addCustomToolAction"));
    m_addCustom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addCustom, &QAction::triggered, this, [this] { openToolDialog(0); });

    m_edit = new QAction(actionIcon(QStringLiteral("edit")), tr("&Edit Tool…"), this);
    m_edit->setObjectName(QStringLiteral("editToolAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_edit, &QAction::triggered, this, &InventoryView::editCurrent);

    // Del where the tools are in focus, not in the filter box, where it deletes text.
    m_delete = new QAction(actionIcon(QStringLiteral("delete")), tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteToolAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &InventoryView::deleteSelected);

    m_hub = new QAction(actionIcon(QStringLiteral("hub")), tr("Mark as &System of Record"), this);
    m_hub->setObjectName(QStringLiteral("systemOfRecordAction"));
    m_hub->setCheckable(true);
    m_hub->setStatusTip(tr("A system of record is a hub of the integration graph: tools cut "
                           "off from every hub are a data silo"));
    connect(m_hub, &QAction::triggered, this, &InventoryView::toggleSystemOfRecord);

    m_compare = new QAction(tr("Com&pare Products of Selected Tools"), this);
    m_compare->setObjectName(QStringLiteral("compareToolsAction"));
    m_compare->setStatusTip(
        tr("Which to keep? Score 2 to 6 selected tools' products side by side"));
    connect(m_compare, &QAction::triggered, this, [this] {
        emit compareRequested(selectedProductSlugs());
    });

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_expandAll = new QAction(tr("E&xpand All"), this);
    m_expandAll->setObjectName(QStringLiteral("expandAllAction"));
    connect(m_expandAll, &QAction::triggered, m_tree, &QTreeView::expandAll);
    m_collapseAll = new QAction(tr("C&ollapse All"), this);
    m_collapseAll->setObjectName(QStringLiteral("collapseAllAction"));
    connect(m_collapseAll, &QAction::triggered, m_tree, &QTreeView::collapseAll);
}

QString InventoryView::viewId() const
{
    return QStringLiteral("inventory");
}

QString InventoryView::title() const
{
    return tr("Inventory");
}

QIcon InventoryView::icon() const
{
    return actionIcon(QStringLiteral("inventory"));
}

QList<QAction *> InventoryView::editActions() const
{
    return {m_addProduct, m_addCustom, m_edit, m_delete, m_separator, m_hub, m_compare};
}

QUndoStack *InventoryView::undoStack() const
{
    return m_workspace->undoStack();
}

void InventoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InventoryView::filterChanged(const QString &text)
{
    m_proxy->setFilterText(text);
    if (m_proxy->isFiltering())
        m_tree->expandAll(); // show what matched
    updateFooter();
}

void InventoryView::updateFooter()
{
    const InventoryModel::Totals &t = m_model->totals();
    QString tools = toolCountLabel(t.tools);
    if (t.retired > 0)
        tools = tr("%1 (%2 retired, not counted)").arg(tools).arg(t.retired);
    m_totals->setText(tr("%1  ·  %2 a year  ·  %3 seats  ·  %4 active users")
                          .arg(tools,
                               formatMoney(t.annualCost, m_model->currency()),
                               inventoryCount(t.seats),
                               inventoryCount(t.activeUsers)));
    if (!m_proxy->isFiltering()) {
        m_filterNote->clear();
        return;
    }
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown += m_proxy->rowCount(m_proxy->index(row, 0));
    m_filterNote->setText(shown == 0 ? tr("No tool matches “%1”").arg(m_proxy->filterText())
                                     : tr("%1 shown").arg(toolCountLabel(shown)));
}

void InventoryView::updatePage()
{
    m_pages->setCurrentIndex(m_model->totals().tools == 0 ? 1 : 0);
}

void InventoryView::updateActions()
{
    const std::vector<ToolId> ids = m_tree->selectedToolIds();
    m_edit->setEnabled(m_tree->currentToolId() != 0);
    m_delete->setEnabled(!ids.empty());
    m_hub->setEnabled(!ids.empty());
    bool allHubs = !ids.empty();
    for (ToolId id : ids) {
        const Tool *t = m_model->tool(m_model->indexOfTool(id));
        allHubs = allHubs && t && t->systemOfRecord;
    }
    m_hub->setChecked(allHubs);
    const qsizetype products = selectedProductSlugs().size();
    m_compare->setEnabled(products >= 2 && products <= 6);
}

QStringList InventoryView::selectedProductSlugs() const
{
    QStringList slugs;
    for (ToolId id : m_tree->selectedToolIds()) {
        const Tool *t = m_model->tool(m_model->indexOfTool(id));
        if (t && !t->productSlug.isEmpty() && !slugs.contains(t->productSlug))
            slugs << t->productSlug;
    }
    return slugs;
}

void InventoryView::selectTool(ToolId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfTool(id));
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void InventoryView::selectTools(const QList<ToolId> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const ToolId id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfTool(id));
        if (!index.isValid())
            continue;
        m_tree->expand(index.parent());
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(first);
}

void InventoryView::editCurrent()
{
    if (const ToolId id = m_tree->currentToolId())
        openToolDialog(id);
}

ToolDialog *InventoryView::openToolDialog(ToolId id)
{
    auto *dialog = new ToolDialog(m_workspace, m_catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (id) {
        const Tool *tool = m_model->tool(m_model->indexOfTool(id));
        if (!tool) {
            delete dialog;
            return nullptr;
        }
        dialog->setTool(*tool);
    } else {
        Tool fresh;
        const QModelIndex current = m_tree->currentIndex();
        fresh.categorySlug = current.data(InventoryModel::CategorySlugRole).toString();
        dialog->setTool(fresh);
    }
    dialog->setSubmitHandler([this](const ToolEdit &edit) -> Status {
        const Expected<ToolId> saved = applyToolEdit(m_workspace, edit);
        if (!saved)
            return saved.error();
        emit statusMessage(edit.tool.id ? tr("Saved “%1”.").arg(edit.tool.name)
                                        : tr("Added “%1”.").arg(edit.tool.name));
        selectTool(*saved);
        return success();
    });
    dialog->open();
    return dialog;
}

ProductPickerDialog *InventoryView::openProductPicker()
{
    auto *picker = new ProductPickerDialog(m_catalogue, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ProductPickerDialog::productPicked, this, &InventoryView::addProduct);
    picker->open();
    return picker;
}

void InventoryView::addProduct(qint64 productId)
{
    const std::optional<Product> product = m_catalogue->store()->product(productId);
    if (!product)
        return;
    Tool tool;
    tool.name = uniqueToolName(product->name, m_model->tools());
    tool.productSlug = product->slug;
    tool.categorySlug = product->categorySlug;
    const Expected<ToolId> id = m_workspace->addTool(tool, *product);
    if (!id) {
        QMessageBox::warning(this, tr("Could not add “%1”").arg(tool.name), id.error().message);
        return;
    }
    selectTool(*id);
    m_tree->setFocus();
    emit statusMessage(tr("Added “%1”. Enter its cost and seats in the row (F2), or press Enter "
                          "for every detail.")
                           .arg(tool.name));
}

void InventoryView::deleteSelected()
{
    const std::vector<ToolId> ids = m_tree->selectedToolIds();
    if (ids.empty())
        return;
    const QString first = quoted(m_model->tools(), ids);
    const QModelIndex anchor = m_tree->currentIndex();
    const int row = anchor.row();
    const QPersistentModelIndex group = anchor.parent();
    const Status status = m_workspace->removeTools(ids);
    if (!status) {
        QMessageBox::warning(this, tr("Could not delete"), status.error().message);
        return;
    }
    emit statusMessage(
        ids.size() == 1 ? tr("Deleted “%1”. Undo with Ctrl+Z.").arg(first)
                        : tr("Deleted %1. Undo with Ctrl+Z.").arg(toolCountLabel(int(ids.size()))));
    // Keep the keyboard in the list: the row that took the deleted one's place.
    if (group.isValid() && m_proxy->rowCount(group) > 0) {
        const QModelIndex next
            = m_proxy->index(std::min(row, m_proxy->rowCount(group) - 1), 0, group);
        selectTool(next.data(InventoryModel::ToolIdRole).toLongLong());
    }
}

void InventoryView::toggleSystemOfRecord()
{
    const std::vector<ToolId> ids = m_tree->selectedToolIds();
    if (ids.empty())
        return;
    std::vector<Tool> tools;
    bool allHubs = true;
    for (ToolId id : ids) {
        const Tool *t = m_model->tool(m_model->indexOfTool(id));
        if (!t)
            return;
        allHubs = allHubs && t->systemOfRecord;
        tools.push_back(*t);
    }
    for (Tool &t : tools)
        t.systemOfRecord = !allHubs;
    const Status status = m_workspace->editTools(tools);
    if (!status) {
        QMessageBox::warning(this, tr("Could not change the tool"), status.error().message);
        return;
    }
    const QString name = tools.size() == 1 ? tools.front().name : QString();
    if (allHubs)
        emit statusMessage(
            name.isEmpty()
                ? tr("%1 are no longer systems of record.").arg(toolCountLabel(int(tools.size())))
                : tr("“%1” is no longer a system of record.").arg(name));
    else
        emit statusMessage(
            name.isEmpty()
                ? tr("Marked %1 as systems of record.").arg(toolCountLabel(int(tools.size())))
                : tr("Marked “%1” as a system of record (a hub).").arg(name));
    updateActions();
}

void InventoryView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const bool onTool = m_tree->indexAt(position).isValid()
                        && !m_tree->indexAt(position).data(InventoryModel::IsGroupRole).toBool();
    if (onTool) {
        menu.addAction(m_edit);
        menu.addAction(m_hub);
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_compare);
        menu.addSeparator();
    }
    menu.addAction(m_addProduct);
    menu.addAction(m_addCustom);
    menu.addSeparator();
    menu.addAction(m_expandAll);
    menu.addAction(m_collapseAll);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void InventoryView::prepareSnapshot()
{
    m_search->clear();
    m_tree->collapseAll();
    // A system of record with the most integrations, in its opened category.
    std::map<ToolId, int> links;
    for (const ToolIntegration &i : m_workspace->store()->integrations()) {
        ++links[i.a];
        ++links[i.b];
    }
    ToolId best = 0;
    int most = -1;
    for (const Tool &t : m_model->tools()) {
        const int score = links[t.id] + (t.systemOfRecord ? 1000 : 0);
        if (score > most) {
            most = score;
            best = t.id;
        }
    }
    // And the category with the most tools, to show a full group.
    int largest = -1, size = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->rowCount(m_proxy->index(row, 0)) > size) {
            size = m_proxy->rowCount(m_proxy->index(row, 0));
            largest = row;
        }
    }
    if (largest >= 0)
        m_tree->expand(m_proxy->index(largest, 0));
    if (best)
        selectTool(best);
}

void InventoryView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("columns"), m_tree->header()->saveState());
}

void InventoryView::restoreState(QSettings &settings)
{
    m_tree->header()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
}

} // namespace sa
