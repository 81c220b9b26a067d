#include "timeclassification.h"

#include <QHash>

#include <cmath>

namespace sa {

QString timeClassName(TimeClass c)
{
    switch (c) {
    case TimeClass::Tolerate:
        return QStringLiteral("tolerate");
    case TimeClass::Invest:
        return QStringLiteral("invest");
    case TimeClass::Migrate:
        return QStringLiteral("migrate");
    case TimeClass::Eliminate:
        return QStringLiteral("eliminate");
    }
    return QString();
}

TimeRating classifyTime(const TimeInputs &inputs, double fitLine, double efficiencyLine)
{
    TimeRating r;
    r.fit = std::isnan(inputs.utilization) ? inputs.requiredShare
                                           : (inputs.requiredShare + inputs.utilization) / 2;
    r.efficiency = inputs.efficiency;
    const bool fits = r.fit >= fitLine;
    const bool efficient = r.efficiency >= efficiencyLine;
    r.timeClass = fits ? (efficient ? TimeClass::Invest : TimeClass::Migrate)
                       : (efficient ? TimeClass::Tolerate : TimeClass::Eliminate);
    return r;
}

std::vector<TimeInputs> timeInputs(const AnalysisResult &analysis,
                                   const std::vector<Requirement> &requirements)
{
    QHash<QString, int> minStrength;
    for (const Requirement &r : requirements) {
        if (r.importance != Importance::Nice)
            minStrength.insert(r.capabilitySlug, r.minStrength);
    }
    const CapabilityGraph &cg = analysis.capabilityGraph;
    const auto &g = cg.graph();
    std::vector<Cents> redundant(analysis.tools.size(), 0);
    for (const Overlap &o : analysis.overlaps) {
        for (size_t k = 1; k < o.tools.size(); ++k)
            redundant[size_t(o.tools[k])] += o.shares[k];
    }
    std::vector<TimeInputs> out;
    for (ToolIndex t = 0; t < ToolIndex(analysis.tools.size()); ++t) {
        const AnalyzedTool &tool = analysis.tools[size_t(t)];
        TimeInputs in;
        int required = 0;
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(t), g))) {
            const QString &slug = cg.capability(cg.capabilityOf(boost::target(e, g))).slug;
            const auto it = minStrength.constFind(slug);
            required += (it != minStrength.constEnd() && g[e].strength >= *it) ? 1 : 0;
        }
        in.requiredShare = tool.capabilityCount > 0 ? double(required) / tool.capabilityCount : 0;
        // std::min(1.0, NaN) is 1.0: an unknown utilization must stay unknown.
        in.utilization
            = std::isnan(tool.utilization) ? tool.utilization : std::min(1.0, tool.utilization);
        in.efficiency = tool.annualCost > 0
                            ? 1.0 - double(redundant[size_t(t)]) / double(tool.annualCost)
                            : 1.0;
        out.push_back(in);
    }
    return out;
}

} // namespace sa
