#include "analysisjson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

double rounded4(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonArray toolNames(const AnalysisResult &r, const std::vector<ToolIndex> &tools)
{
    QJsonArray out;
    for (const ToolIndex t : tools)
        out.append(r.tools[size_t(t)].name);
    return out;
}

QJsonObject capabilityRef(const AnalysisResult &r, CapabilityIndex c)
{
    return QJsonObject{{u"capability"_s, r.capabilities[size_t(c)].slug},
                       {u"name"_s, r.capabilities[size_t(c)].name}};
}

QJsonArray overlapsJson(const AnalysisResult &r)
{
    QJsonArray out;
    for (const Overlap &o : r.overlaps) {
        QJsonObject item = capabilityRef(r, o.capability);
        QJsonArray strengths, shares;
        for (size_t k = 0; k < o.tools.size(); ++k) {
            strengths.append(o.strengths[k]);
            shares.append(moneyValue(o.shares[k]));
        }
        item.insert(u"tools"_s, toolNames(r, o.tools));
        item.insert(u"primary"_s, r.tools[size_t(o.primary())].name);
        item.insert(u"redundant_cost"_s, moneyValue(o.redundantCost));
        item.insert(u"strengths"_s, strengths);
        item.insert(u"cost_shares"_s, shares);
        out.append(item);
    }
    return out;
}

QJsonArray gapsJson(const AnalysisResult &r)
{
    QJsonArray out;
    for (const Gap &g : r.gaps) {
        QJsonObject item = capabilityRef(r, g.capability);
        item.insert(u"importance"_s, importanceName(g.importance));
        item.insert(u"min_strength"_s, g.minStrength);
        item.insert(u"best_strength"_s, g.bestStrength);
        out.append(item);
    }
    return out;
}

QJsonArray pairsJson(const AnalysisResult &r)
{
    QJsonArray out;
    for (const SimilarPair &p : r.similarPairs)
        out.append(QJsonObject{{u"a"_s, r.tools[size_t(p.a)].name},
                               {u"b"_s, r.tools[size_t(p.b)].name},
                               {u"similarity"_s, rounded4(p.similarity)}});
    return out;
}

QJsonArray shelfwareJson(const AnalysisResult &r)
{
    QJsonArray out;
    for (const ToolIndex t : r.shelfware) {
        const AnalyzedTool &tool = r.tools[size_t(t)];
        out.append(QJsonObject{{u"tool"_s, tool.name},
                               {u"annual_cost"_s, moneyValue(tool.annualCost)},
                               {u"utilization"_s, rounded4(tool.utilization)},
                               {u"shelfware_cost"_s, moneyValue(tool.shelfwareCost)}});
    }
    return out;
}

QJsonArray removalJson(const AnalysisResult &r)
{
    QJsonArray out;
    for (const ToolIndex t : r.toolsByName()) {
        const RemovalImpact &impact = r.removal[size_t(t)];
        QJsonArray only;
        for (const CapabilityIndex c : impact.onlyCovers)
            only.append(capabilityRef(r, c));
        out.append(QJsonObject{{u"tool"_s, r.tools[size_t(t)].name},
                               {u"only_covers"_s, only},
                               {u"integrations_cut"_s, toolNames(r, impact.integrationsCut)},
                               {u"cut_off"_s, toolNames(r, r.cutOffBy(t))}});
    }
    return out;
}

} // namespace

double moneyValue(Cents cents)
{
    return double(cents) / 100.0;
}

QJsonObject analysisJson(const AnalysisResult &r, const QString &currency)
{
    QJsonArray silos;
    for (const std::vector<ToolIndex> &silo : r.silos)
        silos.append(toolNames(r, silo));
    return QJsonObject{
        {u"currency"_s, currency},
        {u"overlap_threshold"_s, r.settings.overlapThreshold},
        {u"tools"_s, int(r.tools.size())},
        {u"retired_tools"_s, r.retiredTools},
        {u"integrations"_s, r.integrations},
        {u"annual_cost"_s, moneyValue(r.annualCost)},
        {u"overlaps"_s, overlapsJson(r)},
        {u"redundant_cost"_s, moneyValue(r.redundantCost)},
        {u"fully_redundant"_s, toolNames(r, r.fullyRedundant)},
        {u"without_capabilities"_s, toolNames(r, r.withoutCapabilities)},
        {u"gaps"_s, gapsJson(r)},
        {u"shelfware_cost"_s, moneyValue(r.shelfwareCost)},
        {u"shelfware"_s, shelfwareJson(r)},
        {u"similar_pairs"_s, pairsJson(r)},
        {u"hub_rule"_s, r.hubRule == HubRule::Marked ? u"system_of_record"_s : u"category"_s},
        {u"hubs"_s, toolNames(r, r.hubs)},
        {u"silos"_s, silos},
        {u"single_points_of_failure"_s, toolNames(r, r.singlePointsOfFailure)},
        {u"removal_impact"_s, removalJson(r)},
    };
}

} // namespace sa
