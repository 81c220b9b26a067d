#include "inventoryrequirementreader.h"

#include "csvtable.h"
#include "inventorycapabilities.h"
#include "inventorymessages.h"
#include "inventoryvalues.h"

namespace sa {

InventoryRequirementReader::InventoryRequirementReader(const InventoryCells &cells,
                                                       InventoryCapabilities *capabilities,
                                                       InventoryMessages *messages)
    : m_cells(cells)
    , m_capabilities(capabilities)
    , m_messages(messages)
{
}

std::optional<InventoryRequirementRow> InventoryRequirementReader::read(int row) const
{
    using F = RequirementField;
    if (m_cells.rowIsBlank(row))
        return std::nullopt;
    InventoryRequirementRow out;
    out.line = m_cells.table().rowLine(row);
    const auto fail = [&](F field, const QString &what) {
        m_messages->error(
            &out.problems, m_cells.column(int(field)), m_cells.where(row, int(field)), what);
    };
    const QStringView name = m_cells.text(row, int(F::Capability));
    if (name.isEmpty()) {
        fail(F::Capability, QStringLiteral("the capability is empty"));
    } else if (Expected<QString> slug = m_capabilities->resolve(name, QString())) {
        out.requirement.capabilitySlug = *slug;
    } else {
        fail(F::Capability, slug.error().message);
    }
    if (Expected<Importance> i = InventoryValues::importance(m_cells.text(row, int(F::Importance))))
        out.requirement.importance = *i;
    else
        fail(F::Importance, i.error().message);
    if (Expected<int> s = InventoryValues::strength(m_cells.text(row, int(F::MinStrength))))
        out.requirement.minStrength = *s;
    else
        fail(F::MinStrength, s.error().message);
    return out;
}

} // namespace sa
