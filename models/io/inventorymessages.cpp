#include "inventorymessages.h"

#include <algorithm>

namespace sa {

InventoryMessages::InventoryMessages(int maxErrors, int maxWarnings)
{
    m_lists.maxErrors = maxErrors;
    m_lists.maxWarnings = maxWarnings;
}

void InventoryMessages::add(std::vector<InventoryCellProblem> *problems, Message message)
{
    if (problems)
        problems->push_back(InventoryCellProblem{message.column, message.error, message.what});
    m_messages.push_back(std::move(message));
}

void InventoryMessages::error(std::vector<InventoryCellProblem> *problems,
                              int column,
                              const QString &where,
                              const QString &what)
{
    add(problems, Message{m_row, column, true, where, what});
}

void InventoryMessages::warning(std::vector<InventoryCellProblem> *problems,
                                int column,
                                const QString &where,
                                const QString &what)
{
    add(problems, Message{m_row, column, false, where, what});
}

void InventoryMessages::finish(InventoryPreview *preview)
{
    std::stable_sort(m_messages.begin(), m_messages.end(), [](const Message &a, const Message &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (const Message &m : m_messages)
        m.error ? m_lists.error(m.where, m.what) : m_lists.warning(m.where, m.what);
    m_messages.clear();
    m_lists.finish();
    preview->errors << m_lists.errors;
    preview->warnings << m_lists.warnings;
    m_lists.errors.clear();
    m_lists.warnings.clear();
}

} // namespace sa
