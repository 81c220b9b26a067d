#pragma once

#include "domain/result.h"
#include "domain/tool.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace sa {

// The tool and tool_capability tables of a workspace: whole Tool values in and out.
// Runs inside the caller's transaction (it starts none), so that a single edit and a
// whole import share the same code. Checks values before SQLite does, so that a refused
// tool gets a sentence rather than "CHECK constraint failed".
class WorkspaceToolTable
{
public:
    explicit WorkspaceToolTable(QSqlDatabase db);

    Expected<std::vector<Tool>> all() const; // ordered by name, case-insensitively, then id
    Expected<std::vector<Tool>> withId(ToolId id) const; // the tool, or nothing
    Expected<bool> exists(ToolId id) const;

    // Adds a tool; a non-zero tool.id is kept (undo of a removal, redo of an import).
    Expected<ToolId> insert(const Tool &tool);
    Status update(const Tool &tool);
    // Removes the tool; its capabilities, integrations and decisions go with it.
    Status remove(ToolId id);

private:
    Status validate(const Tool &tool) const;
    Status writeCapabilities(ToolId id, const std::vector<ToolCapability> &capabilities);
    void bindRow(QSqlQuery &q, const Tool &tool) const;
    Expected<std::vector<Tool>> read(ToolId only) const; // all when only is 0

    QSqlDatabase m_db;
};

// "there is no tool with the id N"
Error noSuchTool(ToolId id);

} // namespace sa
