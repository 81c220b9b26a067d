#include "workspaceimportwriter.h"

#include "workspacelinks.h"
#include "workspacesnapshots.h"
#include "workspacetooltable.h"

namespace sa {

WorkspaceImportWriter::WorkspaceImportWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<WorkspaceImportResult> WorkspaceImportWriter::apply(const WorkspaceImport &import)
{
    WorkspaceSnapshots snapshots(m_db);
    for (const Product &p : import.products) {
        if (Status s = snapshots.saveProduct(p); !s)
            return s.error();
    }
    for (const Capability &c : import.capabilities) {
        if (Status s = snapshots.saveCapability(c); !s)
            return s.error();
    }
    WorkspaceImportResult result;
    WorkspaceToolTable tools(m_db);
    for (const Tool &tool : import.tools) {
        const Expected<ToolId> id = tools.insert(tool);
        if (!id)
            return id.error();
        result.toolIds.push_back(*id);
    }
    const auto resolve = [&](const ToolRef &ref) -> ToolId {
        if (ref.existing > 0)
            return ref.existing;
        if (ref.newIndex >= 0 && size_t(ref.newIndex) < result.toolIds.size())
            return result.toolIds[size_t(ref.newIndex)];
        return 0;
    };
    WorkspaceLinks links(m_db);
    for (const ImportedIntegration &i : import.integrations) {
        const ToolId a = resolve(i.a);
        const ToolId b = resolve(i.b);
        if (a == 0 || b == 0)
            return Error::badInput(QStringLiteral("an imported integration names no tool"));
        const Expected<bool> added = links.addIntegration(ToolIntegration{a, b, i.kind}, true);
        if (!added)
            return added.error();
        result.integrationsAdded += *added ? 1 : 0;
    }
    for (const Requirement &r : import.requirements) {
        if (Status s = links.setRequirement(r); !s)
            return s.error();
        ++result.requirementsSet;
    }
    return result;
}

Status WorkspaceImportWriter::revert(const WorkspaceImportReversal &reversal)
{
    WorkspaceToolTable tools(m_db);
    for (ToolId id : reversal.tools) {
        if (Status s = tools.remove(id); !s)
            return s;
    }
    WorkspaceLinks links(m_db);
    for (const ToolIntegration &i : reversal.integrations) {
        if (Status s = links.removeIntegration(i.a, i.b); !s)
            return s;
    }
    for (const Requirement &r : reversal.requirementsToRestore) {
        if (Status s = links.setRequirement(r); !s)
            return s;
    }
    for (const QString &slug : reversal.requirementsToRemove) {
        if (Status s = links.removeRequirement(slug); !s)
            return s;
    }
    return success();
}

} // namespace sa
