#include "tooledit.h"

#include "workspace/workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <map>

namespace sa {

namespace {

using Links = std::map<ToolId, IntegrationKind>;

Links currentLinks(const WorkspaceDocument *document, ToolId id)
{
    Links links;
    for (const ToolIntegration &i : document->store()->integrations()) {
        if (i.a == id)
            links[i.b] = i.kind;
        else if (i.b == id)
            links[i.a] = i.kind;
    }
    return links;
}

Status applyLinks(WorkspaceDocument *document, ToolId id, const Links &before, const Links &after)
{
    for (const auto &[other, kind] : after) {
        const auto was = before.find(other);
        if (was == before.end() || was->second != kind) {
            if (Status s = document->addIntegration(ToolIntegration{id, other, kind}); !s)
                return s;
        }
    }
    for (const auto &[other, kind] : before) {
        if (!after.count(other)) {
            if (Status s = document->removeIntegration(id, other); !s)
                return s;
        }
    }
    return success();
}

// Takes back a macro that failed half-way, so that a refused edit changes nothing: undo
// reverts what did land, and an obsolete command is dropped instead of redone.
void discardLastMacro(QUndoStack *stack)
{
    stack->undo();
    const_cast<QUndoCommand *>(stack->command(stack->index()))->setObsolete(true);
    stack->redo();
}

} // namespace

Expected<ToolId> applyToolEdit(WorkspaceDocument *document, const ToolEdit &edit)
{
    const bool adding = edit.tool.id == 0;
    Links after;
    for (const ToolEdit::Link &link : edit.integrations)
        after[link.other] = link.kind;
    const Links before = adding ? Links() : currentLinks(document, edit.tool.id);
    const std::optional<Tool> stored
        = adding ? std::nullopt : document->store()->tool(edit.tool.id);
    if (!adding && !stored)
        return Error::badInput(
            QCoreApplication::translate("sa::ToolEdit", "The tool is no longer in the workspace."));
    if (!adding && *stored == edit.tool && before == after)
        return edit.tool.id;

    if (Status s = document->saveSnapshots(edit.products, edit.capabilities); !s)
        return s.error();
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(
        adding ? QCoreApplication::translate("sa::ToolEdit", "Add tool “%1”").arg(edit.tool.name)
               : QCoreApplication::translate("sa::ToolEdit", "Edit tool “%1”").arg(edit.tool.name));
    ToolId id = edit.tool.id;
    Status status = success();
    if (adding) {
        const Expected<ToolId> added = document->addTool(edit.tool);
        if (added)
            id = *added;
        else
            status = added.error();
    } else {
        status = document->editTool(edit.tool);
    }
    if (status)
        status = applyLinks(document, id, before, after);
    stack->endMacro();
    if (!status) {
        discardLastMacro(stack);
        return status.error();
    }
    return id;
}

} // namespace sa
