#include "compareview.h"

#include "analysis/stackanalysis.h"
#include "banner.h"
#include "catalogue/cataloguedocument.h"
#include "charts/criterionradarchart.h"
#include "compare/comparisonexport.h"
#include "compare/comparisonsession.h"
#include "compareshortlists.h"
#include "compareweightspanel.h"
#include "filedialogs.h"
#include "itemmodels/capabilitymatrixmodel.h"
#include "itemmodels/comparisondetailsmodel.h"
#include "itemmodels/comparisonscoremodel.h"
#include "itemmodels/criterionradarmodel.h"
#include "productpickerdialog.h"
#include "rankingheaders.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

// The ranking's look: the total in bold, each product with the colour of its radar line.
class RankingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ComparisonScoreModel::Total)
            option->font.setBold(true);
        if (index.column() == ComparisonScoreModel::Product) {
            QPixmap swatch(12, 12);
            swatch.fill(Qt::transparent);
            QPainter painter(&swatch);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(CriterionRadarChart::productColor(index.row()));
            painter.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3);
            option->icon = QIcon(swatch);
            option->decorationSize = QSize(12, 12);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

// The matrix's product cells: a tick for a met minimum in the tinted cell, no check box.
class MatrixDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() < CapabilityMatrixModel::ColumnCount)
            return;
        option->features &= ~QStyleOptionViewItem::HasCheckIndicator;
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            option->text = u"✓  "_s + option->text;
    }
};

QLabel *sectionHeading(const QString &text, const QString &hint = QString())
{
    auto *label = new QLabel(hint.isEmpty() ? text
                                            : text + u"  <span style='font-weight:400'>"
                                                  + hint.toHtmlEscaped() + u"</span>");
    label->setProperty("compareHeading", true);
    return label;
}

QTableView *comparisonTable(const QString &name, QAbstractItemModel *model, int rowHeight)
{
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setModel(model);
    styleTable(table, rowHeight);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setFrameShape(QFrame::NoFrame);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    return table;
}

// The fixed columns at their widths, one stretching column per product after them.
void sizeProductColumns(QTableView *table, int fixedColumns, const QList<int> &widths)
{
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        header->setSectionResizeMode(
            c, c < fixedColumns ? QHeaderView::Interactive : QHeaderView::Stretch);
        if (c < fixedColumns && c < widths.size())
            table->setColumnWidth(c, widths[c]);
    }
}

// "Which to keep?": the two owned catalogue products that share the most overlaps (the
// capabilities both cover at the overlap threshold), the costlier pair on a tie.
QStringList mostOverlappingPair(const AnalysisInput &stack)
{
    const AnalysisResult analysis = analyzeStack(stack);
    QHash<ToolId, const Tool *> tools;
    for (const Tool &t : stack.tools)
        tools.insert(t.id, &t);
    std::map<std::pair<QString, QString>, std::pair<int, Cents>> shared;
    for (const Overlap &o : analysis.overlaps) {
        for (size_t i = 0; i < o.tools.size(); ++i) {
            for (size_t j = i + 1; j < o.tools.size(); ++j) {
                const AnalyzedTool &a = analysis.tools[size_t(o.tools[i])];
                const AnalyzedTool &b = analysis.tools[size_t(o.tools[j])];
                const QString pa = tools.value(a.id)->productSlug;
                const QString pb = tools.value(b.id)->productSlug;
                if (pa.isEmpty() || pb.isEmpty() || pa == pb)
                    continue;
                auto &entry = shared[std::minmax(pa, pb)];
                entry.first += 1;
                entry.second = a.annualCost + b.annualCost;
            }
        }
    }
    const auto best
        = std::max_element(shared.begin(), shared.end(), [](const auto &x, const auto &y) {
              return x.second < y.second;
          });
    return best == shared.end() ? QStringList()
                                : QStringList{best->first.first, best->first.second};
}

} // namespace

CompareView::CompareView(WorkspaceDocument *workspace,
                         CatalogueDocument *catalogue,
                         QWidget *parent)
    : MainView(parent)
    , m_workspace(workspace)
    , m_catalogue(catalogue)
    , m_session(new ComparisonSession(workspace, catalogue->store(), this))
    , m_scoreModel(new ComparisonScoreModel(this))
    , m_matrixModel(new CapabilityMatrixModel(this))
    , m_detailsModel(new ComparisonDetailsModel(this))
    , m_radarModel(new CriterionRadarModel(this))
{
    setObjectName(u"compareView"_s);
    m_shortlists = new CompareShortlists(m_session, workspace, this);
    createActions();
    m_pages = new QStackedWidget;
    m_pages->addWidget(createComparison());
    m_pages->addWidget(createEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBar());
    m_banner = createBanner(u"compareBanner"_s);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(16, 8, 16, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);
    layout->addWidget(m_pages, 1);
    auto *footer = new QLabel(
        tr("Points = the criterion's score (0–100) × its weight; the total is their sum. "
           "Hover a cell for the sum. Prices are indicative published bands, never quotes; "
           "README “Comparing vendors” gives every formula."));
    footer->setObjectName(u"compareFooter"_s);
    footer->setWordWrap(true);
    layout->addWidget(footer);

    connect(m_session, &ComparisonSession::changed, this, &CompareView::refresh);
    connect(m_shortlists, &CompareShortlists::statusMessage, this, &CompareView::statusMessage);
    connect(m_session, &ComparisonSession::settingsFailed, this, [this](const QString &message) {
        emit statusMessage(
            tr("The comparison could not be kept in the workspace: %1").arg(message));
    });
    connect(
        m_weights, &CompareWeightsPanel::weightsChanged, m_session, &ComparisonSession::setWeights);
    connect(m_weights, &CompareWeightsPanel::resetRequested, m_reset, &QAction::trigger);
    connect(m_ranking->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CompareView::updateActions);
    refresh();
}

CompareView::~CompareView() = default;

QWidget *CompareView::createBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(u"compareBar"_s);
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *headline = new QLabel(tr("Compare vendors"));
    headline->setObjectName(u"compareHeadline"_s);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"compareSubtitle"_s);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(headline);
    titles->addWidget(m_subtitle);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(titles);
    layout->addStretch(1);
    layout->addWidget(m_shortlists->combo());
    auto *more = new QMenu(bar);
    more->addActions(
        {m_shortlists->saveAsAction(), m_shortlists->renameAction(), m_shortlists->deleteAction()});
    for (QAction *action : {m_shortlists->saveAction(), m_add, m_fill, m_export}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + u"Button");
        if (action == m_shortlists->saveAction()) {
            button->setMenu(more);
            button->setPopupMode(QToolButton::MenuButtonPopup);
        }
        layout->addWidget(button);
        if (action == m_shortlists->saveAction())
            layout->addSpacing(10);
    }
    return bar;
}

QWidget *CompareView::createComparison()
{
    auto *headers = new RankingHeaders(this);
    headers->setSourceModel(m_scoreModel);
    m_ranking = comparisonTable(u"rankingTable"_s, headers, 32);
    m_ranking->setItemDelegate(new RankingDelegate(m_ranking));
    m_ranking->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ranking->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ranking->addAction(m_remove); // Del where the ranking has focus
    m_ranking->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *rankHeader = m_ranking->horizontalHeader();
    rankHeader->setSectionResizeMode(ComparisonScoreModel::Product, QHeaderView::Stretch);
    m_ranking->setColumnWidth(ComparisonScoreModel::Rank, 34);
    m_ranking->setColumnWidth(ComparisonScoreModel::Total, 66);
    for (int c = ComparisonScoreModel::Coverage; c < ComparisonScoreModel::ColumnCount; ++c)
        m_ranking->setColumnWidth(c, 124);
    connect(m_ranking, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_remove);
        menu.addSeparator();
        menu.addAction(m_add);
        menu.addAction(m_fill);
        menu.exec(m_ranking->viewport()->mapToGlobal(at));
    });

    m_matrix = comparisonTable(u"matrixTable"_s, m_matrixModel, 28);
    m_matrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrix->setAlternatingRowColors(false);
    m_matrix->setItemDelegate(new MatrixDelegate(m_matrix));
    m_details = comparisonTable(u"detailsTable"_s, m_detailsModel, 30);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setAlternatingRowColors(false);

    auto *left = new QWidget;
    left->setObjectName(u"compareTables"_s);
    left->setAttribute(Qt::WA_StyledBackground);
    auto *tables = new QVBoxLayout(left);
    tables->setContentsMargins(16, 10, 10, 10);
    tables->setSpacing(6);
    tables->addWidget(sectionHeading(tr("RANKING"), tr("points per criterion and the total")));
    tables->addWidget(m_ranking);
    tables->addSpacing(6);
    tables->addWidget(sectionHeading(tr("CAPABILITIES AGAINST YOUR REQUIREMENTS"),
                                     tr("strength per product; green meets the minimum")));
    tables->addWidget(m_matrix, 3);
    tables->addSpacing(6);
    tables->addWidget(sectionHeading(tr("STACK FIT"), tr("against the tools you have today")));
    tables->addWidget(m_details);

    m_weights = new CompareWeightsPanel;
    m_radar = new CriterionRadarChart(m_radarModel);
    m_radar->setMinimumSize(300, 300);
    auto *right = new QWidget;
    right->setObjectName(u"compareSide"_s);
    right->setAttribute(Qt::WA_StyledBackground);
    auto *side = new QVBoxLayout(right);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(0);
    side->addWidget(m_weights);
    auto *radarHeading = sectionHeading(tr("CRITERIA"), tr("scores 0–100 before weights"));
    radarHeading->setContentsMargins(14, 8, 14, 0);
    side->addWidget(radarHeading);
    side->addWidget(m_radar, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"compareSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 400});
    return m_splitter;
}

QWidget *CompareView::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(u"compareEmpty"_s);
    page->setAttribute(Qt::WA_StyledBackground);
    auto *headline = new QLabel(tr("Compare 2 to 6 products side by side"));
    headline->setObjectName(u"emptyHeadline"_s);
    auto *text = new QLabel(
        tr("Each product is scored against your requirements and the tools you already have: "
           "requirement coverage, integration fit, indicative cost and overlap with what you "
           "own. You set the weights; every criterion's points stay in view.\n\n"
           "Add products from the catalogue, let Fill a Gap find the ones that have a "
           "capability you lack, or select 2 to 6 tools in the Inventory and choose Compare "
           "Products of Selected Tools."));
    text->setObjectName(u"emptyText"_s);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    m_picked = new QLabel;
    m_picked->setObjectName(u"comparePicked"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    for (QLabel *label : {headline, text, m_picked}) {
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = new QPushButton(tr("Add Product…"));
    add->setObjectName(u"emptyAddProductButton"_s);
    add->setProperty("primary", true);
    auto *fill = new QPushButton(tr("Fill a Gap…"));
    fill->setObjectName(u"emptyFillGapButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(fill);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(add, &QPushButton::clicked, m_add, &QAction::trigger);
    connect(fill, &QPushButton::clicked, m_fill, &QAction::trigger);
    return page;
}

void CompareView::createActions()
{
    m_add = new QAction(actionIcon(u"catalogue-add"_s), tr("&Add Product…"), this);
    m_add->setObjectName(u"addCompareProductAction"_s);
    m_add->setIconText(tr("Add Product…"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_add->setToolTip(tr("Add a catalogue product to the comparison (Ctrl+T)"));
    connect(m_add, &QAction::triggered, this, &CompareView::openProductPicker);

    m_fill = new QAction(actionIcon(u"search"_s), tr("&Fill a Gap…"), this);
    m_fill->setObjectName(u"fillGapAction"_s);
    m_fill->setIconText(tr("Fill a Gap…"));
    m_fill->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_fill->setToolTip(tr("Rank the catalogue's products that have a capability (Ctrl+G)"));
    connect(m_fill, &QAction::triggered, this, [this] { fillGap(); });

    m_remove = new QAction(actionIcon(u"delete"_s), tr("&Remove from Comparison"), this);
    m_remove->setObjectName(u"removeCompareProductAction"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, &CompareView::removeSelected);

    m_export = new QAction(actionIcon(u"export"_s), tr("&Export Comparison…"), this);
    m_export->setObjectName(u"exportComparisonAction"_s);
    m_export->setIconText(tr("Export…"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the comparison to CSV or Excel (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &CompareView::exportComparison);

    m_reset = new QAction(tr("Reset &Weights to Defaults"), this);
    m_reset->setObjectName(u"resetWeightsAction"_s);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_reset, &QAction::triggered, m_session, &ComparisonSession::resetWeights);
    addAction(m_reset);

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_separator2 = new QAction(this);
    m_separator2->setSeparator(true);
}

QString CompareView::viewId() const
{
    return u"compare"_s;
}

QString CompareView::title() const
{
    return tr("Compare");
}

QIcon CompareView::icon() const
{
    return actionIcon(u"compare"_s);
}

QList<QAction *> CompareView::editActions() const
{
    return {m_add,
            m_fill,
            m_remove,
            m_separator,
            m_shortlists->saveAction(),
            m_shortlists->saveAsAction(),
            m_shortlists->renameAction(),
            m_shortlists->deleteAction(),
            m_separator2,
            m_export,
            m_reset};
}

QString CompareView::subtitle() const
{
    const ComparisonInput &in = m_session->input();
    int active = 0;
    for (const Tool &t : in.stack.tools)
        active += t.status != ToolStatus::Retired;
    const QString against
        = tr("against %n requirements", nullptr, int(in.stack.requirements.size()))
          + tr(" and %n active tools", nullptr, active);
    const int count = int(m_session->products().size());
    QString text = tr("%n products", nullptr, count) + u" " + against;
    if (!in.segment.isEmpty())
        text += tr(" · segment %1").arg(in.segment);
    return text;
}

void CompareView::refresh()
{
    const ComparisonResult &result = m_session->result();
    m_scoreModel->setResult(result);
    m_matrixModel->setResult(result);
    m_detailsModel->setResult(result);
    m_radarModel->setResult(result);
    m_weights->setWeights(m_session->weights());
    sizeProductColumns(m_matrix, CapabilityMatrixModel::ColumnCount, {230, 90, 80, 110});
    sizeProductColumns(m_details, ComparisonDetailsModel::ColumnCount, {190});
    // The ranking and the stack fit show every row; the matrix scrolls.
    const auto fitRows = [](QTableView *table, int rows, int height) {
        table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * height + 2);
    };
    fitRows(m_ranking, m_scoreModel->rowCount(), 32);
    fitRows(m_details, m_detailsModel->rowCount(), 30);

    const int count = int(m_session->products().size());
    m_pages->setCurrentIndex(count >= kMinComparedProducts && !result.products.empty() ? 0 : 1);
    QStringList names;
    for (const Product &p : m_session->products())
        names << p.name;
    m_picked->setText(
        count == 0 ? QString()
                   : tr("Picked so far: %1. Add at least one more.").arg(names.join(u", "_s)));
    m_subtitle->setText(subtitle());
    if (!m_session->error().isEmpty())
        showBanner(m_banner,
                   BannerKind::Warning,
                   tr("No ranking: %1. Move a weight above 0.").arg(m_session->error()));
    else
        showBanner(m_banner, BannerKind::Info, QString());
    updateActions();
}

void CompareView::updateActions()
{
    m_add->setEnabled(!m_session->isFull());
    m_remove->setEnabled(m_ranking->selectionModel()->hasSelection());
    m_export->setEnabled(!m_session->result().products.empty());
}

ProductPickerDialog *CompareView::openProductPicker()
{
    auto *picker = new ProductPickerDialog(m_catalogue, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Add to Comparison"));
    if (auto *ok = picker->findChild<QPushButton *>(u"pickerAddButton"_s))
        ok->setText(tr("Add to Comparison"));
    connect(picker, &ProductPickerDialog::productPicked, this, [this](ProductId id) {
        const std::optional<Product> product = m_catalogue->store()->product(id);
        if (!product)
            return;
        const Status added = m_session->addProduct(*product);
        if (!added) {
            QMessageBox::information(this, tr("Not added"), added.error().message);
            return;
        }
        emit statusMessage(tr("Added “%1” to the comparison.").arg(product->name));
    });
    picker->open();
    return picker;
}

void CompareView::compareProducts(const QStringList &slugs)
{
    const QStringList missing = m_session->setProducts(slugs);
    if (!missing.isEmpty())
        showBanner(m_banner,
                   BannerKind::Warning,
                   tr("Not in the catalogue or the workspace, so left out: %1")
                       .arg(missing.join(u", "_s)));
    emit viewRequested(viewId());
}

FillGapDialog *CompareView::fillGap(const QString &capabilitySlug)
{
    ComparisonInput input = m_session->input();
    input.weights = m_session->normalisedWeights();
    auto *dialog = new FillGapDialog(std::move(input), m_catalogue->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!capabilitySlug.isEmpty())
        dialog->setCapability(capabilitySlug);
    connect(dialog, &FillGapDialog::productsChosen, this, &CompareView::useFillers);
    dialog->open();
    emit viewRequested(viewId());
    return dialog;
}

void CompareView::useFillers(const QStringList &slugs, FillGapDialog::Use use)
{
    if (use == FillGapDialog::Use::Replace) {
        compareProducts(slugs);
        return;
    }
    int added = 0;
    for (const QString &slug : slugs) {
        if (std::optional<Product> p = m_session->findProduct(slug))
            added += m_session->addProduct(*p).ok();
    }
    emit statusMessage(added == int(slugs.size())
                           ? tr("Added %n products to the comparison.", nullptr, added)
                           : tr("Added %1 of %2 products: a comparison holds at most %3.")
                                 .arg(added)
                                 .arg(slugs.size())
                                 .arg(kMaxComparedProducts));
}

void CompareView::removeSelected()
{
    QStringList slugs;
    for (const QModelIndex &row : m_ranking->selectionModel()->selectedRows())
        slugs << row.data(ComparisonScoreModel::SlugRole).toString();
    for (const QString &slug : slugs)
        m_session->removeProduct(slug);
    if (!slugs.isEmpty())
        emit statusMessage(
            tr("Removed %n products from the comparison.", nullptr, int(slugs.size())));
}

void CompareView::exportComparison()
{
    if (m_session->result().products.empty())
        return;
    const QFileInfo file(m_workspace->store()->path());
    const QString suggested
        = file.absoluteDir().filePath(tr("%1 comparison.csv").arg(file.completeBaseName()));
    const QString path = FileDialogs::saveSpreadsheet(this, tr("Export Comparison"), suggested);
    if (path.isEmpty())
        return;
    const ComparisonExport exporter(m_session->result());
    const bool workbook = QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0;
    const Status written = workbook ? exporter.saveXlsx(path) : exporter.saveCsv(path);
    if (!written) {
        QMessageBox::warning(this, tr("The comparison was not exported"), written.error().message);
        return;
    }
    emit statusMessage(tr("Exported the comparison of %n products to %1.",
                          nullptr,
                          int(m_session->result().products.size()))
                           .arg(QFileInfo(path).fileName()));
}

void CompareView::prepareSnapshot()
{
    if (m_session->products().size() < size_t(kMinComparedProducts)) {
        const QStringList pair = mostOverlappingPair(m_session->input().stack);
        if (!pair.isEmpty())
            m_session->setProducts(pair);
    }
    m_ranking->selectRow(0);
}

void CompareView::saveState(QSettings &settings) const
{
    settings.setValue(u"splitter"_s, m_splitter->saveState());
}

void CompareView::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
}

} // namespace sa
