#include "toolcommands.h"

#include "workspace/scenariocommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text);
}

QString trCount(const char *text, qsizetype n)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text, nullptr, int(n));
}

} // namespace

AddToolCommand::AddToolCommand(WorkspaceDocument *document, Tool tool)
    : WorkspaceCommand(document)
    , m_tool(std::move(tool))
{
    setText(tr("Add tool “%1”").arg(m_tool.name));
}

Status AddToolCommand::apply()
{
    const Expected<ToolId> id = store()->addTool(m_tool);
    if (!id)
        return id.error();
    m_tool.id = *id; // a redo after undo brings back the same id
    emit document()->toolAdded(*id);
    return success();
}

Status AddToolCommand::revert()
{
    if (Status s = store()->removeTool(m_tool.id); !s)
        return s;
    emit document()->toolRemoved(m_tool.id);
    return success();
}

EditToolsCommand::EditToolsCommand(WorkspaceDocument *document,
                                   std::vector<Tool> before,
                                   std::vector<Tool> after)
    : WorkspaceCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_after.size() == 1)
        setText(tr("Edit tool “%1”").arg(m_after.front().name));
    else
        setText(trCount("Edit %n tools", qsizetype(m_after.size())));
}

Status EditToolsCommand::apply()
{
    return write(m_after);
}

Status EditToolsCommand::revert()
{
    return write(m_before);
}

Status EditToolsCommand::write(const std::vector<Tool> &tools)
{
    if (Status s = store()->updateTools(tools); !s)
        return s;
    for (const Tool &tool : tools)
        emit document()->toolChanged(tool.id);
    return success();
}

RemoveToolsCommand::RemoveToolsCommand(WorkspaceDocument *document,
                                       std::vector<Tool> tools,
                                       std::vector<ToolIntegration> integrations,
                                       std::vector<Scenario> scenarios)
    : WorkspaceCommand(document)
    , m_tools(std::move(tools))
    , m_integrations(std::move(integrations))
    , m_scenarios(std::move(scenarios))
{
    if (m_tools.size() == 1)
        setText(tr("Remove tool “%1”").arg(m_tools.front().name));
    else
        setText(trCount("Remove %n tools", qsizetype(m_tools.size())));
}

Status RemoveToolsCommand::apply()
{
    std::vector<ToolId> ids;
    for (const Tool &tool : m_tools)
        ids.push_back(tool.id);
    if (Status s = store()->removeTools(ids); !s)
        return s;
    for (ToolId id : ids)
        emit document()->toolRemoved(id);
    if (!m_integrations.empty())
        emit document()->integrationsChanged();
    if (!m_scenarios.empty())
        emit document()->scenariosChanged();
    return success();
}

Status RemoveToolsCommand::revert()
{
    // Tools first, then their integrations, all in one transaction; the tools keep
    // their ids, so the integrations name them as tools already there.
    WorkspaceImport restore;
    restore.tools = m_tools;
    for (const ToolIntegration &i : m_integrations)
        restore.integrations.push_back(ImportedIntegration{ToolRef{i.a}, ToolRef{i.b}, i.kind});
    if (Expected<WorkspaceImportResult> r = store()->applyImport(restore); !r)
        return r.error();
    for (const Tool &tool : m_tools)
        emit document()->toolAdded(tool.id);
    if (!m_integrations.empty())
        emit document()->integrationsChanged();
    // The tools are back with their ids: their decisions can name them again.
    for (Scenario &scenario : m_scenarios) {
        if (Status s = writeScenario(document(), &scenario); !s)
            return s;
    }
    return success();
}

} // namespace sa
