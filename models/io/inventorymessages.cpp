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
    // What the preview already has is about the header, above every row.
    preview->messages = preview->infos + preview->warnings + preview->errors;
    for (const Message &m : m_messages) {
        QStringList &list = m.error ? m_lists.errors : m_lists.warnings;
        const qsizetype listed = list.size();
        m.error ? m_lists.error(m.where, m.what) : m_lists.warning(m.where, m.what);
        if (list.size() > listed) // not past the cap
            preview->messages << list.back();
    }
    m_messages.clear();
    const qsizetype warnings = m_lists.warnings.size();
    m_lists.finish();
    if (m_lists.warnings.size() > warnings) // "N more warnings"
        preview->messages << m_lists.warnings.back();
    preview->errors << m_lists.errors;
    preview->warnings << m_lists.warnings;
    m_lists.errors.clear();
    m_lists.warnings.clear();
}

} // namespace sa
