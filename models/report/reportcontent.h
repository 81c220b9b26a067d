#pragma once

#include "analysis/analysisinput.h"
#include "domain/category.h"
#include "domain/result.h"
#include "domain/scenario.h"
#include "domain/shortlist.h"
#include "domain/workspaceinfo.h"
#include "planning/planoptions.h"
#include "reportsettings.h"

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace sa {

class CatalogueStore;

struct ReportColumn
{
    QString title;
    double width = 1;     // relative to the other columns
    bool numeric = false; // right-aligned
};

// A table as the report prints it: every cell already text; the last totalRows rows are
// totals (printed bold, after a rule).
struct ReportTable
{
    std::vector<ReportColumn> columns;
    std::vector<QStringList> rows;
    int totalRows = 0;
};

// One headline number: "Annual spend", "$43,500.00", "3 active tools".
struct ReportFigure
{
    QString label;
    QString value;
    QString note;
};

// The integration map as points and lines, laid out by forceLayout() in the engine so
// that any painter on any thread can draw it.
struct ReportMap
{
    struct Node
    {
        QString name;
        QPointF position;
        bool hub = false;
        bool singlePointOfFailure = false;
        int silo = -1; // index into the analysis' silos; -1: reaches a hub
    };
    std::vector<Node> nodes;
    std::vector<std::pair<int, int>> edges;
    QRectF bounds;
};

enum class ReportBlockKind { Heading, Paragraph, Figures, Table, IntegrationMap, Chart };

struct ReportBlock
{
    ReportBlockKind kind = ReportBlockKind::Paragraph;
    QString text; // heading or paragraph; a chart's key
    std::vector<ReportFigure> figures;
    ReportTable table;
};

struct ReportChapter
{
    ReportSection section = ReportSection::Summary;
    QString title;
    std::vector<ReportBlock> blocks;
};

// The headline numbers of the executive summary, as values.
struct ReportHeadline
{
    int tools = 0;
    Cents annualSpend = 0;
    Cents redundantSpend = 0;
    Cents shelfwareCost = 0;
    int gaps = 0;
    int silos = 0;
    bool hasPlan = false;
    Cents planSavings = 0; // over the plan's horizon
    int planMonths = 0;
};

// Everything the PDF review says, worked out once and as text, with no notion of pages:
// the renderer lays it out on paper, a presentation could lay the same chapters out on
// slides. Which numbers and which rows appear is decided here, nowhere else.
struct ReportContent
{
    QString company;
    QString preparedBy;
    QDate date;
    QString currency;
    ReportSettings settings;
    ReportHeadline headline;
    QString planSource;                  // "Scenario 'X'" or "Optimizer"
    std::vector<ReportChapter> chapters; // only the sections the settings include
    ReportMap map;
};

// Everything the report reads, as plain values.
struct ReportInput
{
    WorkspaceInfo info;
    AnalysisInput stack;
    std::vector<Category> categories; // the catalogue's taxonomy, for category names
    std::vector<Scenario> scenarios;
    std::vector<Shortlist> shortlists;
    QString segment;                // the workspace's segment for comparisons
    std::vector<Product> catalogue; // candidates for the optimizer's plan
    PlanOptions planOptions;        // the workspace's planner settings
    ReportSettings settings;
    QDate date; // the report's date; the optimizer's horizon starts on it
};

// The saved scenario the settings name (exactly, else ignoring case); null for none.
const Scenario *findReportScenario(const ReportInput &input);

ReportInput reportInput(const WorkspaceStore &workspace, const CatalogueStore &catalogue);

struct ReportControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int percent, const QString &step)> progress;
};

// Builds the content. Fails (bad input) when settings.scenario names no saved scenario,
// and when cancelled.
Expected<ReportContent> buildReportContent(const ReportInput &input,
                                           const ReportControl &control = {});

} // namespace sa
