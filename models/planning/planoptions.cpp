#include "planoptions.h"

#include "workspace/workspacestore.h"

#include <cmath>

namespace sa {

QString shouldPenaltyKey()
{
    return QStringLiteral("planner/should_penalty");
}

QString implementationRateKey()
{
    return QStringLiteral("planner/implementation_rate");
}

QString migrationRateKey()
{
    return QStringLiteral("planner/migration_rate");
}

QString maxVendorsKey()
{
    return QStringLiteral("planner/max_vendors");
}

QString requireHubKey()
{
    return QStringLiteral("planner/require_hub");
}

QString timeLimitKey()
{
    return QStringLiteral("planner/time_limit");
}

PlanOptions planOptions(const WorkspaceStore &store)
{
    PlanOptions options;
    const auto number = [&store](const QString &key, double *value) {
        bool ok = false;
        const double v = store.setting(key).trimmed().toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0)
            *value = v;
    };
    double penalty = -1;
    number(shouldPenaltyKey(), &penalty);
    if (penalty >= 0)
        options.shouldPenalty = Cents(std::llround(penalty * 100));
    number(implementationRateKey(), &options.implementationRate);
    number(migrationRateKey(), &options.migrationRate);
    number(timeLimitKey(), &options.timeLimitSeconds);
    double vendors = -1;
    number(maxVendorsKey(), &vendors);
    if (vendors >= 1)
        options.maxVendors = int(vendors);
    options.currency = store.info().currency;
    options.requireHub = store.setting(requireHubKey()).trimmed() == u"1";
    return options;
}

} // namespace sa
