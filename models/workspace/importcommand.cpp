#include "importcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <set>

namespace sa {

namespace {

using Pair = std::pair<ToolId, ToolId>;

std::set<Pair> pairsOf(const std::vector<ToolIntegration> &integrations)
{
    std::set<Pair> pairs;
    for (const ToolIntegration &i : integrations)
        pairs.insert({i.a, i.b});
    return pairs;
}

} // namespace

ImportCommand::ImportCommand(WorkspaceDocument *document,
                             WorkspaceImport import,
                             const QString &text)
    : WorkspaceCommand(document)
    , m_import(std::move(import))
{
    setText(!text.isEmpty() ? text
                            : QCoreApplication::translate("sa::WorkspaceCommand",
                                                          "Import %n tools",
                                                          nullptr,
                                                          int(m_import.tools.size())));
}

Status ImportCommand::apply()
{
    const std::vector<ToolIntegration> integrationsBefore = store()->integrations();
    const std::vector<Requirement> requirementsBefore = store()->requirements();
    Expected<WorkspaceImportResult> result = store()->applyImport(m_import);
    if (!result)
        return result.error();
    m_result = std::move(*result);
    for (size_t i = 0; i < m_import.tools.size(); ++i)
        m_import.tools[i].id = m_result.toolIds[i]; // a redo keeps these ids
    planReversal(integrationsBefore, requirementsBefore);

    if (!m_import.products.empty() || !m_import.capabilities.empty())
        emit document()->capabilitiesChanged();
    for (ToolId id : m_result.toolIds)
        emit document()->toolAdded(id);
    if (m_result.integrationsAdded > 0)
        emit document()->integrationsChanged();
    if (!m_import.requirements.empty())
        emit document()->requirementsChanged();
    return success();
}

Status ImportCommand::revert()
{
    if (Status s = store()->revertImport(m_reversal); !s)
        return s;
    for (ToolId id : m_result.toolIds)
        emit document()->toolRemoved(id);
    if (m_result.integrationsAdded > 0)
        emit document()->integrationsChanged();
    if (!m_import.requirements.empty())
        emit document()->requirementsChanged();
    return success();
}

void ImportCommand::planReversal(const std::vector<ToolIntegration> &integrationsBefore,
                                 const std::vector<Requirement> &requirementsBefore)
{
    m_reversal = WorkspaceImportReversal();
    m_reversal.tools = m_result.toolIds;
    // Integrations with a new tool at an end go with the tool.
    const std::set<ToolId> added(m_result.toolIds.begin(), m_result.toolIds.end());
    const std::set<Pair> before = pairsOf(integrationsBefore);
    for (const ToolIntegration &i : store()->integrations()) {
        if (!before.count({i.a, i.b}) && !added.count(i.a) && !added.count(i.b))
            m_reversal.integrations.push_back(i);
    }
    QHash<QString, Requirement> previous;
    for (const Requirement &r : requirementsBefore)
        previous.insert(r.capabilitySlug, r);
    QSet<QString> seen;
    for (const Requirement &r : m_import.requirements) {
        if (seen.contains(r.capabilitySlug))
            continue;
        seen.insert(r.capabilitySlug);
        const auto it = previous.constFind(r.capabilitySlug);
        if (it != previous.constEnd())
            m_reversal.requirementsToRestore.push_back(*it);
        else
            m_reversal.requirementsToRemove << r.capabilitySlug;
    }
}

} // namespace sa
