#include "reportchapters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sa::report {

namespace {

// A term and how its figure is computed, for the method appendix's table.
struct Definition
{
    const char *term;
    const char *meaning;
};

// Written for a reader checking a figure by hand; they follow DESIGN.md "Definitions",
// "Planner" and "Vendor comparison", which the engine implements and its tests pin.
const Definition definitions[] = {
    {"Active tool",
     "A tool whose status is not retired. Every figure below counts active tools "
     "only; retired tools are listed nowhere but in the tool count's note."},
    {"Annual spend", "The sum of the annual cost of every active tool, as entered or imported."},
    {"Covers",
     "A tool covers a capability at strength 1 (basic), 2 (solid) or 3 (leading), taken "
     "from its catalogue product unless the workspace overrides it."},
    {"Overlap",
     "A capability covered by two or more active tools at the overlap threshold "
     "(strength {T}) or above."},
    {"Cost share",
     "A tool's annual cost split over the capabilities it covers in proportion to "
     "their strengths: a $9,000 tool covering one capability at 2 and another at 1 "
     "puts $6,000 on the first and $3,000 on the second."},
    {"Primary tool",
     "Of the tools in an overlap, the one kept: the highest strength, then the "
     "lowest annual cost, then the name."},
    {"Redundant spend",
     "For each overlap, the cost shares of its tools other than the primary "
     "one; summed over every overlap."},
    {"Pair similarity",
     "The weighted Jaccard index of two tools' strength vectors: the sum over "
     "capabilities of the smaller strength divided by the sum of the larger."},
    {"Fully redundant tool",
     "A tool every capability of which other active tools cover at least "
     "as strongly: retiring it loses no capability."},
    {"Gap", "A must or should requirement that no active tool covers at its minimum strength."},
    {"Utilization", "Active users divided by seats; unknown when either is missing."},
    {"Shelfware",
     "For each tool used by fewer than half of its seats, annual cost times (1 - "
     "utilization); summed over those tools."},
    {"Hub",
     "A tool marked system of record; when none is marked, the active tools in the CRM "
     "and CDP categories."},
    {"Data silo",
     "A group of tools connected by integrations (a connected component of the "
     "integration graph) that contains no hub."},
    {"Single point of failure",
     "A tool whose removal splits its connected group of tools in two "
     "or more (an articulation point of the integration graph)."},
    {"Cost over the horizon",
     "Each tool's annual cost / 12 per month, by the day within a month; "
     "a retired tool is paid through its last contract day, an added "
     "product from its first day at its indicative band's midpoint."},
    {"Savings",
     "Cost of keeping the stack as it is over the horizon minus the cost with the "
     "plan, one-off costs (implementation, migration) included."},
    {"Optimizer's plan",
     "The cheapest stack over the horizon that covers every must capability "
     "at its minimum strength (should capabilities or a penalty), solved as "
     "a mixed-integer program with COIN-OR CBC; a greedy set cover is "
     "computed beside it as a baseline."},
    {"Notice by",
     "The day notice must be given: the retirement date minus the contract's notice "
     "days."},
    {"Comparison score",
     "A weighted sum of four criteria, each 0-100 points: requirement "
     "coverage weighted by importance (must 3, should 2, nice 1), integration "
     "fit with the current stack (hubs count twice), indicative cost (the "
     "cheapest midpoint compared divided by this one), and overlap with "
     "tools already owned (1 - owned / offered). Weights are divided by "
     "their sum; each criterion's points are weight times score, rounded "
     "to hundredths, and the total is their sum."},
};

} // namespace

ReportChapter methodChapter(const Build &b)
{
    ReportChapter c;
    c.blocks.push_back(paragraph(
        tr("Every figure in this review is computed by StackAtlas from the workspace's "
           "inventory, requirements, integrations and saved scenarios and shortlists, with the "
           "definitions below. Money is in ")
        + b.input.info.currency + tr(", rounded to cents.")));
    ReportTable t;
    t.columns = {column(tr("Figure"), 2.2), column(tr("Definition"), 7.8)};
    const QString threshold = QString::number(b.analysis.settings.overlapThreshold);
    for (const Definition &d : definitions) {
        QString meaning = tr(d.meaning);
        meaning.replace(u"{T}"_s, threshold);
        t.rows.push_back({tr(d.term), meaning});
    }
    c.blocks.push_back(tableBlock(t));
    return c;
}

} // namespace sa::report
