#pragma once

#include <QString>

#include <vector>

namespace sa {

// The fields of an inventory import, in export column order.
enum class InventoryField {
    Name,
    Vendor,
    Product, // the catalogue product's slug, or "custom": what our own export writes
    Category,
    AnnualCost,
    Seats,
    ActiveUsers,
    Owner,
    Team,
    ContractStart,
    ContractEnd,
    NoticeDays,
    AutoRenew,
    Status,
    Satisfaction,
    SystemOfRecord,
    IntegratesWith,
    Capabilities,
    Notes,
};
inline constexpr int kInventoryFieldCount = int(InventoryField::Notes) + 1;

// The fields of `import --as requirements`.
enum class RequirementField { Capability, Importance, MinStrength };
inline constexpr int kRequirementFieldCount = int(RequirementField::MinStrength) + 1;

// One field as people name it in column headers: the --map key, the header our export
// writes, and normalised synonyms (see InventoryColumns::normalised), most specific
// first. The lists are the whole policy of header recognition: English as finance and IT
// tools export, plus the German headers of DACH exports (the demo's EU file has them).
struct InventoryFieldSpec
{
    const char16_t *key;
    const char16_t *title;
    std::vector<const char16_t *> synonyms;
};

class InventoryFields
{
public:
    static const std::vector<InventoryFieldSpec> &tools();        // by InventoryField
    static const std::vector<InventoryFieldSpec> &requirements(); // by RequirementField

    static QString key(InventoryField field);
    static QString title(InventoryField field);
    static QString key(RequirementField field);
};

} // namespace sa
