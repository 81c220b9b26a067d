#include "tool.h"

#include <algorithm>
#include <limits>
#include <map>

namespace sa {

QString toolStatusName(ToolStatus status)
{
    switch (status) {
    case ToolStatus::Active:
        return QStringLiteral("active");
    case ToolStatus::Trial:
        return QStringLiteral("trial");
    case ToolStatus::Retiring:
        return QStringLiteral("retiring");
    case ToolStatus::Retired:
        return QStringLiteral("retired");
    }
    return QString();
}

bool parseToolStatus(const QString &text, ToolStatus *status)
{
    const QString t = text.trimmed().toLower();
    for (ToolStatus s : {ToolStatus::Active, ToolStatus::Trial, ToolStatus::Retiring, ToolStatus::Retired}) {
        if (t == toolStatusName(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

double Tool::utilization() const
{
    if (seats <= 0 || activeUsers < 0)
        return std::numeric_limits<double>::quiet_NaN();
    return double(activeUsers) / double(seats);
}

QDate Tool::noticeDeadline() const
{
    if (!contractEnd.isValid() || noticeDays < 0)
        return {};
    return contractEnd.addDays(-noticeDays);
}

std::vector<ToolCapability> effectiveCapabilities(const Tool &tool, const Product *product)
{
    std::map<QString, int> strengths;
    if (product) {
        for (const ProductCapability &pc : product->capabilities)
            strengths[pc.capabilitySlug] = pc.strength;
    }
    for (const ToolCapability &override : tool.capabilities)
        strengths[override.capabilitySlug] = override.strength;
    std::vector<ToolCapability> out;
    for (const auto &[slug, strength] : strengths) {
        if (strength > 0)
            out.push_back(ToolCapability{slug, strength});
    }
    return out;
}

} // namespace sa
