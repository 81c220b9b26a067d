#include "workspacestore.h"

namespace sa {

WorkspaceStore::~WorkspaceStore() = default;

Status WorkspaceStore::updateTools(const std::vector<Tool> &tools)
{
    for (const Tool &tool : tools) {
        if (Status s = updateTool(tool); !s)
            return s;
    }
    return success();
}

Status WorkspaceStore::revertImport(const WorkspaceImportReversal &reversal)
{
    if (Status s = removeTools(reversal.tools); !s)
        return s;
    for (const ToolIntegration &i : reversal.integrations) {
        if (Status s = removeIntegration(i.a, i.b); !s)
            return s;
    }
    for (const Requirement &r : reversal.requirementsToRestore) {
        if (Status s = setRequirement(r); !s)
            return s;
    }
    for (const QString &slug : reversal.requirementsToRemove) {
        if (Status s = removeRequirement(slug); !s)
            return s;
    }
    return success();
}

std::optional<Scenario> WorkspaceStore::scenario(ScenarioId id) const
{
    for (Scenario &s : scenarios()) {
        if (s.id == id)
            return std::move(s);
    }
    return std::nullopt;
}

} // namespace sa
