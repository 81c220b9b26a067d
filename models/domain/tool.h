#pragma once

#include "money.h"
#include "product.h"

#include <QDate>
#include <QString>

#include <cmath>
#include <vector>

namespace sa {

using ToolId = qint64;

// Where a tool stands. Every status but Retired counts as active in the analysis.
enum class ToolStatus { Active, Trial, Retiring, Retired };
QString toolStatusName(ToolStatus status); // "active", "trial", "retiring", "retired"
bool parseToolStatus(const QString &text, ToolStatus *status);

// A capability a tool has (custom tools) or a change to what its product has (strength
// 0: the tool does not do this, whatever the product says).
struct ToolCapability
{
    QString capabilitySlug;
    int strength = 2; // 0 removes, 1 basic, 2 solid, 3 leading

    friend bool operator==(const ToolCapability &, const ToolCapability &) = default;
};

// One tool the company pays for: a row of the inventory. Unknown numbers are -1 (seats,
// users, notice days) so that "0 seats" and "not in the export" stay different.
struct Tool
{
    ToolId id = 0;
    QString name;         // as the user or the finance export wrote it
    QString productSlug;  // the catalogue product; empty for a custom tool
    QString vendorName;   // for custom tools; a product tool shows its product's vendor
    QString categorySlug; // subcategory; defaults to the product's
    Cents annualCost = 0;
    int seats = -1;
    int activeUsers = -1;
    QString owner;
    QString team;
    QDate contractStart;
    QDate contractEnd;
    int noticeDays = -1;
    bool autoRenew = false;
    int satisfaction = 0; // 1..5, 0 when not rated
    ToolStatus status = ToolStatus::Active;
    bool systemOfRecord = false; // a hub of the integration graph (CRM, CDP by default)
    QString notes;
    std::vector<ToolCapability> capabilities; // overrides, or the whole list for custom tools

    bool isCustom() const { return productSlug.isEmpty(); }
    bool isActive() const { return status != ToolStatus::Retired; }
    // activeUsers / seats, or NaN when either is unknown or seats is 0.
    double utilization() const;
    // contractEnd - noticeDays; null when either is unknown.
    QDate noticeDeadline() const;

    friend bool operator==(const Tool &, const Tool &) = default;
};

// An integration between two tools of the workspace (stored once per pair, a < b).
struct ToolIntegration
{
    ToolId a = 0;
    ToolId b = 0;
    IntegrationKind kind = IntegrationKind::Api;

    friend bool operator==(const ToolIntegration &, const ToolIntegration &) = default;
};

// A tool's capabilities after applying its overrides to its product's (or its own list
// for a custom tool): slug and strength, without the removed ones, ordered by slug.
std::vector<ToolCapability> effectiveCapabilities(const Tool &tool, const Product *product);

} // namespace sa
