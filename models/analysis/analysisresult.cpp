#include "analysisresult.h"

#include <algorithm>

namespace sa {

bool AnalysisResult::capabilityBefore(CapabilityIndex a, CapabilityIndex b) const
{
    const AnalyzedCapability &x = capabilities[size_t(a)];
    const AnalyzedCapability &y = capabilities[size_t(b)];
    if (const int c = x.name.compare(y.name, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return x.slug < y.slug;
}

void AnalysisResult::sortByName(std::vector<ToolIndex> *list) const
{
    std::sort(
        list->begin(), list->end(), [this](ToolIndex a, ToolIndex b) { return nameBefore(a, b); });
}

void AnalysisResult::rankNames()
{
    m_byName.resize(tools.size());
    for (size_t t = 0; t < tools.size(); ++t)
        m_byName[t] = ToolIndex(t);
    std::sort(m_byName.begin(), m_byName.end(), [this](ToolIndex a, ToolIndex b) {
        const AnalyzedTool &x = tools[size_t(a)];
        const AnalyzedTool &y = tools[size_t(b)];
        if (const int c = x.name.compare(y.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = x.name.compare(y.name); c != 0)
            return c < 0;
        return x.id < y.id;
    });
    m_nameRank.resize(tools.size());
    for (size_t k = 0; k < m_byName.size(); ++k)
        m_nameRank[size_t(m_byName[k])] = int(k);
}

std::vector<ToolIndex> AnalysisResult::cutOffBy(ToolIndex t) const
{
    std::vector<ToolIndex> out = hubReach.cutOff(t);
    sortByName(&out);
    return out;
}

} // namespace sa
