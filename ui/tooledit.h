#pragma once

#include "domain/capability.h"
#include "domain/result.h"
#include "domain/tool.h"

#include <vector>

namespace sa {

class WorkspaceDocument;

// Everything the tool dialog changes at once: the tool (id 0 for a new one), copies of
// the product and capabilities it now names that the workspace may lack, and the whole
// list of tools it integrates with.
struct ToolEdit
{
    struct Link
    {
        ToolId other = 0;
        IntegrationKind kind = IntegrationKind::Api;
    };

    Tool tool;
    std::vector<Product> products;
    std::vector<Capability> capabilities;
    std::vector<Link> integrations;
};

// Applies an edit as one undo step ("Edit tool “X”", or "Add tool “X”"): the tool, then the
// integrations that are new, changed or gone. Nothing is pushed when nothing changes.
// Returns the tool's id.
Expected<ToolId> applyToolEdit(WorkspaceDocument *document, const ToolEdit &edit);

} // namespace sa
