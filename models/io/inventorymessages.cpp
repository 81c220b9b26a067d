#include "inventorymessages.h"

namespace sa {

InventoryMessages::InventoryMessages(int maxErrors, int maxWarnings)
{
    m_lists.maxErrors = maxErrors;
    m_lists.maxWarnings = maxWarnings;
}

void InventoryMessages::error(std::vector<InventoryCellProblem> *problems,
                              int column,
                              const QString &where,
                              const QString &what)
{
    if (problems)
        problems->push_back(InventoryCellProblem{column, true, what});
    m_lists.error(where, what);
}

void InventoryMessages::warning(std::vector<InventoryCellProblem> *problems,
                                int column,
                                const QString &where,
                                const QString &what)
{
    if (problems)
        problems->push_back(InventoryCellProblem{column, false, what});
    m_lists.warning(where, what);
}

void InventoryMessages::finish(InventoryPreview *preview)
{
    m_lists.finish();
    preview->errors << m_lists.errors;
    preview->warnings << m_lists.warnings;
    m_lists.errors.clear();
    m_lists.warnings.clear();
}

} // namespace sa
