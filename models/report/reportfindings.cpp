#include "domain/product.h"
#include "reportchapters.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sa::report {

namespace {

QString strengthText(int strength)
{
    return strength <= 0 ? tr("none") : QString::number(strength) + u' ' + strengthName(strength);
}

QStringList names(const Build &b, const std::vector<ToolIndex> &tools)
{
    QStringList out;
    for (ToolIndex t : tools)
        out << b.toolName(t);
    return out;
}

constexpr size_t kSimilarPairsShown = 10;

} // namespace

ReportChapter overlapsChapter(const Build &b)
{
    const AnalysisResult &a = b.analysis;
    ReportChapter c;
    if (a.overlaps.empty()) {
        c.blocks.push_back(paragraph(tr("No capability is covered by two or more active tools "
                                        "at the overlap threshold.")));
    } else {
        c.blocks.push_back(
            paragraph(countText(qint64(a.overlaps.size()), "capability is", "capabilities are")
                      + tr(" covered by two or more active tools at strength ")
                      + QString::number(a.settings.overlapThreshold)
                      + tr(" or above. The tool kept as "
                           "primary is listed first; the "
                           "cost shares of the others are "
                           "redundant spend.")));
        ReportTable t;
        t.columns = {column(tr("Capability"), 2.6),
                     column(tr("Tools (strength)"), 4.4),
                     column(tr("Primary"), 2),
                     column(tr("Redundant spend"), 1.8, true)};
        for (const Overlap &o : a.overlaps) {
            QStringList tools;
            for (size_t i = 0; i < o.tools.size(); ++i)
                tools << b.toolName(o.tools[i]) + u" (" + QString::number(o.strengths[i]) + u')';
            t.rows.push_back({b.capabilityName(o.capability),
                              tools.join(u", "),
                              b.toolName(o.primary()),
                              b.money(o.redundantCost)});
        }
        t.rows.push_back(
            {tr("Redundant spend a year"), QString(), QString(), b.money(a.redundantCost)});
        t.totalRows = 1;
        c.blocks.push_back(tableBlock(t));
        c.blocks.push_back(chartBlock(QStringLiteral("redundant-spend")));
    }
    if (!a.fullyRedundant.empty()) {
        c.blocks.push_back(heading(tr("Fully redundant tools")));
        c.blocks.push_back(paragraph(joinNames(names(b, a.fullyRedundant))
                                     + tr(": every capability they cover is covered at least as "
                                          "strongly by other active tools.")));
    }
    if (!a.similarPairs.empty()) {
        c.blocks.push_back(heading(tr("Most similar pairs")));
        ReportTable t;
        t.columns
            = {column(tr("Tool"), 3), column(tr("Tool"), 3), column(tr("Similarity"), 1.4, true)};
        for (size_t i = 0; i < std::min(kSimilarPairsShown, a.similarPairs.size()); ++i) {
            const SimilarPair &p = a.similarPairs[i];
            t.rows.push_back({b.toolName(p.a), b.toolName(p.b), percentText(p.similarity)});
        }
        c.blocks.push_back(tableBlock(t));
    }
    c.blocks.push_back(heading(tr("Shelfware")));
    if (a.shelfware.empty()) {
        c.blocks.push_back(paragraph(tr("No tool is used by fewer than half of its seats.")));
        return c;
    }
    ReportTable t;
    t.columns = {column(tr("Tool"), 3),
                 column(tr("Annual cost"), 1.8, true),
                 column(tr("Utilization"), 1.4, true),
                 column(tr("Shelfware cost"), 1.8, true)};
    for (ToolIndex i : a.shelfware) {
        const AnalyzedTool &at = a.tools[size_t(i)];
        t.rows.push_back({at.name,
                          b.money(at.annualCost),
                          percentText(at.utilization),
                          b.money(at.shelfwareCost)});
    }
    t.rows.push_back({tr("Total"), QString(), QString(), b.money(a.shelfwareCost)});
    t.totalRows = 1;
    c.blocks.push_back(tableBlock(t));
    return c;
}

ReportChapter gapsChapter(const Build &b)
{
    const AnalysisResult &a = b.analysis;
    ReportChapter c;
    if (a.gaps.empty()) {
        c.blocks.push_back(paragraph(tr("No gaps: every must and should requirement is covered "
                                        "at its minimum strength.")));
        return c;
    }
    c.blocks.push_back(paragraph(tr("Required capabilities (must and should) that no active "
                                    "tool covers at the minimum strength asked for.")));
    ReportTable t;
    t.columns = {column(tr("Capability"), 3.4),
                 column(tr("Importance"), 1.4),
                 column(tr("Minimum"), 1.6),
                 column(tr("Best today"), 1.6)};
    for (const Gap &g : a.gaps) {
        t.rows.push_back({b.capabilityName(g.capability),
                          importanceName(g.importance),
                          strengthText(g.minStrength),
                          strengthText(g.bestStrength)});
    }
    c.blocks.push_back(tableBlock(t));
    return c;
}

} // namespace sa::report
