#include "analysisinput.h"

#include "workspace/workspacestore.h"

namespace sa {

QString overlapThresholdKey()
{
    return QStringLiteral("analysis/overlap_threshold");
}

QString hubCategoriesKey()
{
    return QStringLiteral("analysis/hub_categories");
}

bool isHubCategory(const AnalysisSettings &settings, const QString &categorySlug)
{
    return !categorySlug.isEmpty() && settings.hubCategories.contains(categorySlug);
}

AnalysisSettings analysisSettings(const WorkspaceStore &store)
{
    AnalysisSettings settings;
    bool ok = false;
    const int threshold = store.setting(overlapThresholdKey()).trimmed().toInt(&ok);
    if (ok && threshold >= 1 && threshold <= 3)
        settings.overlapThreshold = threshold;
    const QString hubs = store.setting(hubCategoriesKey()).trimmed();
    if (!hubs.isEmpty()) {
        settings.hubCategories.clear();
        for (const QString &slug : hubs.split(u',', Qt::SkipEmptyParts)) {
            if (!slug.trimmed().isEmpty())
                settings.hubCategories << slug.trimmed();
        }
    }
    return settings;
}

AnalysisInput analysisInput(const WorkspaceStore &store)
{
    AnalysisInput input;
    input.tools = store.tools();
    input.integrations = store.integrations();
    input.products = store.products();
    input.capabilities = store.capabilities();
    input.requirements = store.requirements();
    input.settings = analysisSettings(store);
    return input;
}

} // namespace sa
