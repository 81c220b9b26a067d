#include "overlapsview.h"

#include "analysis/liveanalysis.h"
#include "analysisheader.h"
#include "banner.h"
#include "itemmodels/overlaplistmodel.h"
#include "itemmodels/similaritymatrixmodel.h"
#include "rotatedheaderview.h"
#include "similaritydelegate.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

constexpr int matrixCell = 30;

QWidget *titled(const QString &title, QLabel *note, QWidget *body, QLabel *empty = nullptr)
{
    auto *box = new QWidget;
    auto *heading = new QLabel(title);
    heading->setObjectName(u"panelSubheading"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(heading);
    if (note) {
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(body, 1);
    if (empty)
        layout->addWidget(empty, 1);
    return box;
}

} // namespace

OverlapsView::OverlapsView(WorkspaceDocument *document, QWidget *parent)
    : MainView(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
    , m_overlaps(new OverlapListModel(this))
    , m_matrix(new SimilarityMatrixModel(this))
    , m_list(new QTableView)
    , m_grid(new QTableView)
    , m_summary(new QLabel)
    , m_matrixEmpty(new QLabel(tr("No two active tools share a capability.")))
    , m_keepButton(new QPushButton(tr("Which to Keep?")))
{
    setObjectName(u"overlapsView"_s);
    m_list->setObjectName(u"overlapTable"_s);
    m_list->setModel(m_overlaps);
    styleTable(m_list, 32);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(OverlapListModel::Others, QHeaderView::Stretch);
    m_list->setColumnWidth(OverlapListModel::Capability, 200);
    m_list->setColumnWidth(OverlapListModel::Primary, 170);
    m_list->setColumnWidth(OverlapListModel::RedundantCost, 150);
    m_summary->setObjectName(u"overlapSummary"_s);

    m_grid->setObjectName(u"similarityMatrix"_s);
    m_grid->setHorizontalHeader(new RotatedHeaderView(Qt::Horizontal, m_grid));
    m_grid->setVerticalHeader(new RotatedHeaderView(Qt::Vertical, m_grid));
    m_grid->setModel(m_matrix);
    m_grid->setItemDelegate(new SimilarityDelegate(m_grid));
    m_grid->setShowGrid(false);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setDefaultSectionSize(matrixCell);
    m_grid->horizontalHeader()->setMinimumSectionSize(matrixCell);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(matrixCell);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setFixedWidth(190);
    m_matrixEmpty->setObjectName(u"similarityEmpty"_s);
    m_matrixEmpty->setAlignment(Qt::AlignCenter);

    auto *matrixNote = new QLabel(tr("How much two tools' capabilities coincide, weighted by "
                                     "strength: 100 is the same tool twice. Hover a cell for "
                                     "the exact figure."));
    matrixNote->setObjectName(u"analysisHint"_s);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"overlapsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_keepButton->setObjectName(u"whichToKeepButton"_s);
    m_keepButton->setToolTip(
        tr("Compare the products of the chosen overlap's tools in the Compare view"));
    auto *listBox = new QWidget;
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepButton);
    listLayout->addLayout(buttons);
    splitter->addWidget(
        titled(tr("Overlapped capabilities, by redundant spend"), m_summary, listBox));
    splitter->addWidget(titled(tr("Tool similarity"), matrixNote, m_grid, m_matrixEmpty));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createAnalysisHeader(
        u"overlapsBar"_s,
        tr("Overlaps"),
        tr("Capabilities paid for more than once. The primary is the strongest tool, then the "
           "cheapest; the others' cost shares are redundant spend.")));
    layout->addWidget(splitter, 1);

    connect(m_analysis, &LiveAnalysis::updated, this, &OverlapsView::refresh);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &OverlapsView::overlapChosen);
    connect(m_keepButton, &QPushButton::clicked, this, [this] {
        emit compareRequested(chosenProducts());
    });
    refresh();
}

QStringList OverlapsView::chosenProducts() const
{
    const QModelIndex current = m_list->currentIndex();
    QStringList slugs;
    if (!current.isValid())
        return slugs;
    const auto tools = current.data(OverlapListModel::ToolIdsRole).value<QList<qint64>>();
    for (const qint64 id : tools) {
        const std::optional<Tool> tool = m_document->store()->tool(ToolId(id));
        if (tool && !tool->productSlug.isEmpty() && !slugs.contains(tool->productSlug)
            && slugs.size() < 6)
            slugs << tool->productSlug;
    }
    return slugs;
}

QString OverlapsView::viewId() const
{
    return u"overlaps"_s;
}

QString OverlapsView::title() const
{
    return tr("Overlaps");
}

QIcon OverlapsView::icon() const
{
    return actionIcon(u"overlaps"_s);
}

void OverlapsView::refresh()
{
    const AnalysisResult &r = m_analysis->result();
    const QString currency = m_document->store()->info().currency;
    m_overlaps->setAnalysis(r, currency);
    m_matrix->setAnalysis(r);
    m_summary->setText(
        r.overlaps.empty()
            ? tr("No capability is covered twice at solid strength or better.")
            : tr("%n capabilities overlap; %1 a year is redundant, %2 of %3 spent.",
                 nullptr,
                 int(r.overlaps.size()))
                  .arg(formatMoney(r.redundantCost, currency),
                       r.annualCost > 0
                           ? QString::number(
                                 100.0 * double(r.redundantCost) / double(r.annualCost), 'f', 1)
                                 + u" %"
                           : u"0 %"_s,
                       formatMoney(r.annualCost, currency)));
    m_keepButton->setEnabled(chosenProducts().size() >= 2);
    const bool empty = m_matrix->rowCount() == 0;
    m_grid->setVisible(!empty);
    m_matrixEmpty->setVisible(empty);
}

void OverlapsView::overlapChosen()
{
    m_keepButton->setEnabled(chosenProducts().size() >= 2);
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QList<qint64> tools = current.data(OverlapListModel::ToolIdsRole).value<QList<qint64>>();
    if (tools.size() < 2)
        return;
    const int row = m_matrix->sectionOf(tools[0]), column = m_matrix->sectionOf(tools[1]);
    if (row < 0 || column < 0)
        return;
    const QModelIndex cell = m_matrix->index(row, column);
    m_grid->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(cell);
}

void OverlapsView::prepareSnapshot()
{
    m_analysis->flush();
    if (!m_list->currentIndex().isValid() && m_overlaps->rowCount() > 0)
        m_list->selectRow(0);
}

} // namespace sa
