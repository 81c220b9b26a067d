#pragma once

#include "inventorycells.h"
#include "inventorypreview.h"

namespace sa {

class InventoryCapabilities;
class InventoryMessages;

// Turns one row of `import --as requirements` ("Capability, Importance, Min strength")
// into a Requirement: the capability resolved like a Capabilities cell item (unknown
// names become local capabilities), importance must/should/nice and their synonyms
// (empty: must), minimum strength 1-3 (empty: 2). Bad values are errors at their cell.
class InventoryRequirementReader
{
public:
    InventoryRequirementReader(const InventoryCells &cells,
                               InventoryCapabilities *capabilities,
                               InventoryMessages *messages);

    // nullopt for a blank row.
    std::optional<InventoryRequirementRow> read(int row) const;

private:
    const InventoryCells &m_cells;
    InventoryCapabilities *m_capabilities;
    InventoryMessages *m_messages;
};

} // namespace sa
