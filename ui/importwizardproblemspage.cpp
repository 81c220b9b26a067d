#include "importwizardproblemspage.h"

#include "banner.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "itemmodels/importproblemmodel.h"
#include "itemmodels/inventorytablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sa {

ImportWizardProblemsPage::ImportWizardProblemsPage(ImportWizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_problems(new ImportProblemModel(this))
    , m_table(new InventoryTableModel(this))
    , m_banner(createBanner(QStringLiteral("problemBanner")))
    , m_list(new QTreeView)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("importProblemsPage"));
    setPageHeading(this,
                   tr("Check the problems"),
                   tr("What StackAtlas could not read as it should. Click a problem to see its "
                      "cell in the file."));

    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setModel(m_problems);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setColumnWidth(ImportProblemModel::Severity, 90);
    m_list->setColumnWidth(ImportProblemModel::Location, 200);
    m_list->header()->setStretchLastSection(true);

    m_view->setObjectName(QStringLiteral("problemTable"));
    m_view->setModel(m_table);
    styleTable(m_view, 26);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    connect(m_table, &QAbstractItemModel::modelReset, m_view, [this] {
        m_view->setColumnWidth(InventoryTableModel::Line, 56);
    });

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("problemSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setSizes({180, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { showProblem(current.row()); });
    connect(m_session, &ImportWizardSession::previewChanged, this, [this] {
        if (isVisible())
            sync();
    });
    connect(m_session, &ImportWizardSession::busyChanged, this, [this] { emit completeChanged(); });
}

void ImportWizardProblemsPage::initializePage()
{
    sync();
}

bool ImportWizardProblemsPage::isComplete() const
{
    return !m_session->isBusy();
}

void ImportWizardProblemsPage::sync()
{
    const InventoryPreview &preview = m_session->preview();
    std::vector<ImportProblem> problems = collectImportProblems(preview);
    std::vector<bool> skipped;
    for (const InventoryRow &row : preview.rows)
        skipped.push_back(row.skipped);
    m_table->setTable(preview.table, problems, skipped);
    m_problems->setProblems(std::move(problems));
    const int errors = m_problems->errorCount();
    const int warnings = m_problems->warningCount();
    const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningText = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    if (errors > 0)
        showBanner(
            m_banner,
            BannerKind::Error,
            tr("%1. Errors block the import: fix them in the file and Reload it on the "
               "first page, or change the column mapping. Nothing has been written.")
                .arg(warnings > 0 ? tr("%1 and %2").arg(errorText, warningText) : errorText));
    else if (warnings > 0)
        showBanner(m_banner,
                   BannerKind::Warning,
                   tr("%1. Warnings do not block the import; read them before you go on.")
                       .arg(warningText.at(0).toUpper() + warningText.mid(1)));
    else
        showBanner(m_banner, BannerKind::Ok, tr("No problems: every row reads cleanly."));
    m_list->setVisible(errors + warnings > 0);
    if (errors + warnings > 0)
        m_list->setCurrentIndex(m_problems->index(0, 0));
}

void ImportWizardProblemsPage::showProblem(int row)
{
    if (row < 0 || row >= m_problems->rowCount())
        return;
    const ImportProblem &p = m_problems->problem(row);
    if (p.row < 0 && p.column < 0)
        return;
    if (p.row < 0) { // a header cell: show its column
        const QModelIndex top = m_table->cellIndex(0, p.column);
        if (top.isValid())
            m_view->scrollTo(top);
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex cell = m_table->cellIndex(p.row, p.column);
    m_view->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

} // namespace sa
