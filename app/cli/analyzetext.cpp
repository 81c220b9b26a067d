#include "analyzetext.h"

#include "cli.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::cli {

namespace {

constexpr int similarPairsShown = 10;

QString names(const AnalysisResult &r, const std::vector<ToolIndex> &tools)
{
    QStringList out;
    for (const ToolIndex t : tools)
        out << r.tools[size_t(t)].name;
    return out.join(u", ");
}

QString strength(int s)
{
    return s > 0 ? strengthName(s) : u"nothing"_s;
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100.0)) + u" %";
}

class Report
{
public:
    Report(QTextStream &out, const AnalysisResult &r, const WorkspaceInfo &info)
        : m_out(out)
        , m_r(r)
        , m_currency(info.currency)
    {
    }

    QString money(Cents c) const { return formatMoney(c, m_currency); }
    void heading(const QString &title) { m_out << '\n' << title << '\n'; }
    void line(const QString &text) { m_out << "  " << text << '\n'; }
    void noneIf(bool empty)
    {
        if (empty)
            line(u"none"_s);
    }

    void totals(const WorkspaceInfo &info);
    void overlaps();
    void gapsAndRedundancy();
    void shelfwareAndPairs();
    void connectivity();
    void removal();

private:
    QTextStream &m_out;
    const AnalysisResult &m_r;
    QString m_currency;
};

void Report::totals(const WorkspaceInfo &info)
{
    const QString company = info.company.isEmpty() ? u"the workspace"_s : info.company;
    m_out << "Analysis of " << company << " (" << m_currency << ", overlap at "
          << strength(m_r.settings.overlapThreshold) << " or better)\n\n";
    const auto row = [this](const char *label, const QString &value) {
        line(QString::fromLatin1(label).leftJustified(26) + value);
    };
    int must = 0;
    for (const Gap &g : m_r.gaps)
        must += g.importance == Importance::Must;
    row("active tools",
        counted(m_r.tools.size(), "tool", "tools") + u" (" + QString::number(m_r.retiredTools)
            + u" retired), " + counted(size_t(m_r.integrations), "integration", "integrations"));
    row("annual cost", money(m_r.annualCost));
    row("redundant spend",
        money(m_r.redundantCost) + u" in "
            + counted(m_r.overlaps.size(), "overlapping capability", "overlapping capabilities"));
    row("shelfware",
        money(m_r.shelfwareCost) + u" on " + counted(m_r.shelfware.size(), "tool", "tools")
            + u" used under " + percent(m_r.settings.shelfwareUtilization));
    row("gaps",
        QString::number(m_r.gaps.size()) + u" (" + QString::number(must) + u" must, "
            + QString::number(m_r.gaps.size() - size_t(must)) + u" should)");
    row("fully redundant tools", QString::number(m_r.fullyRedundant.size()));
    row("silos", QString::number(m_r.silos.size()));
    row("single points of failure", QString::number(m_r.singlePointsOfFailure.size()));
}

void Report::overlaps()
{
    heading(u"Overlaps (redundant spend: what the tools beside the kept one cost for it)"_s);
    for (const Overlap &o : m_r.overlaps) {
        const std::vector<ToolIndex> others(o.tools.begin() + 1, o.tools.end());
        line(money(o.redundantCost).rightJustified(13) + u"  "
             + m_r.capabilities[size_t(o.capability)].name + u": "
             + m_r.tools[size_t(o.primary())].name + u" (kept), " + names(m_r, others));
    }
    noneIf(m_r.overlaps.empty());
}

void Report::gapsAndRedundancy()
{
    heading(u"Fully redundant tools (others cover everything they do, as strongly)"_s);
    for (const ToolIndex t : m_r.fullyRedundant)
        line(m_r.tools[size_t(t)].name + u"  " + money(m_r.tools[size_t(t)].annualCost));
    noneIf(m_r.fullyRedundant.empty());
    if (!m_r.withoutCapabilities.empty()) {
        heading(u"Tools without known capabilities (not judged)"_s);
        line(names(m_r, m_r.withoutCapabilities));
    }
    heading(u"Gaps (required, not covered at the strength asked)"_s);
    for (const Gap &g : m_r.gaps)
        line(importanceName(g.importance).leftJustified(8)
             + m_r.capabilities[size_t(g.capability)].name + u": needs " + strength(g.minStrength)
             + u", best today " + strength(g.bestStrength));
    noneIf(m_r.gaps.empty());
}

void Report::shelfwareAndPairs()
{
    heading(u"Shelfware (cost of unused seats)"_s);
    for (const ToolIndex t : m_r.shelfware) {
        const AnalyzedTool &tool = m_r.tools[size_t(t)];
        line(money(tool.shelfwareCost).rightJustified(13) + u"  " + tool.name + u" ("
             + percent(tool.utilization) + u" of seats used)");
    }
    noneIf(m_r.shelfware.empty());
    heading(u"Most similar tools (weighted Jaccard of capability strengths)"_s);
    const size_t shown = std::min(m_r.similarPairs.size(), size_t(similarPairsShown));
    for (size_t k = 0; k < shown; ++k) {
        const SimilarPair &p = m_r.similarPairs[k];
        line(QString::number(p.similarity, 'f', 2) + u"  " + m_r.tools[size_t(p.a)].name + u" and "
             + m_r.tools[size_t(p.b)].name);
    }
    if (m_r.similarPairs.size() > shown)
        line(u"... " + QString::number(m_r.similarPairs.size() - shown)
             + u" more pairs (--json lists them all)");
    noneIf(m_r.similarPairs.empty());
}

void Report::connectivity()
{
    heading(m_r.hubRule == HubRule::Marked ? u"Hubs (marked system of record)"_s
                                           : u"Hubs (no tool is marked system of record: "
                                             u"the tools in the hub categories)"_s);
    line(m_r.hubs.empty() ? u"none: every group of tools is a silo"_s : names(m_r, m_r.hubs));
    heading(u"Silos (tools integrated with no hub)"_s);
    for (const std::vector<ToolIndex> &silo : m_r.silos)
        line(names(m_r, silo));
    noneIf(m_r.silos.empty());
    heading(u"Single points of failure (their removal splits the integrations)"_s);
    for (const ToolIndex t : m_r.singlePointsOfFailure)
        line(m_r.tools[size_t(t)].name);
    noneIf(m_r.singlePointsOfFailure.empty());
}

void Report::removal()
{
    heading(u"Removal impact (tools whose removal loses a capability or cuts tools off)"_s);
    bool any = false;
    for (const ToolIndex t : m_r.toolsByName()) {
        const RemovalImpact &impact = m_r.removal[size_t(t)];
        if (impact.onlyCovers.empty() && impact.cutOffCount == 0)
            continue;
        any = true;
        QStringList parts;
        if (!impact.onlyCovers.empty()) {
            QStringList caps;
            for (const CapabilityIndex c : impact.onlyCovers)
                caps << m_r.capabilities[size_t(c)].name;
            parts << u"only it covers " + caps.join(u", ");
        }
        parts << counted(impact.integrationsCut.size(), "integration", "integrations") + u" cut";
        if (impact.cutOffCount > 0)
            parts << u"cuts off " + names(m_r, m_r.cutOffBy(t)) + u" from every hub";
        line(m_r.tools[size_t(t)].name + u": " + parts.join(u"; "));
    }
    noneIf(!any);
}

} // namespace

void printAnalysisText(QTextStream &out, const AnalysisResult &result, const WorkspaceInfo &info)
{
    Report report(out, result, info);
    report.totals(info);
    report.overlaps();
    report.gapsAndRedundancy();
    report.shelfwareAndPairs();
    report.connectivity();
    report.removal();
}

} // namespace sa::cli
