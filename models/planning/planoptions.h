#pragma once

#include "domain/money.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace sa {

class WorkspaceStore;

// What the planner is asked (DESIGN.md "Planner"). Money in cents of the workspace
// currency. Defaults are the workspace's settings (planOptions()), then these.
struct PlanOptions
{
    QDate start;                     // first day of the horizon; null: today
    int horizonMonths = 36;          // 1..120
    std::optional<Cents> budget;     // cap on the annual cost of the stack after the plan
    int maxVendors = -1;             // -1: no limit
    bool requireHub = false;         // every kept tool integrates with a kept hub
    Cents shouldPenalty = 1'000'000; // charged per should capability left uncovered
    // One-off costs the planner charges: implementing an added product (a share of its
    // annual price) and migrating off a retired tool (a share of its annual cost).
    double implementationRate = 0.25;
    double migrationRate = 0.10;
    QStringList keep;    // tool names: locked, always kept
    QStringList exclude; // product slugs or names never added
    double timeLimitSeconds = 60;
    QString currency = QStringLiteral("USD"); // the workspace's
};

// The settings keys the planner reads.
QString shouldPenaltyKey();      // "planner/should_penalty": money, e.g. 10000.00
QString implementationRateKey(); // "planner/implementation_rate": 0.25
QString migrationRateKey();      // "planner/migration_rate": 0.10
QString maxVendorsKey();         // "planner/max_vendors"
QString requireHubKey();         // "planner/require_hub": 1 or 0
QString timeLimitKey();          // "planner/time_limit": seconds

// The workspace's planner settings over the defaults above.
PlanOptions planOptions(const WorkspaceStore &store);

} // namespace sa
