#pragma once

#include "analysis/analysisinput.h"
#include "workspace/workspacestore.h"

namespace sa::test {

// A custom tool with the given capabilities, for analysis tests.
Tool toolWith(ToolId id, const QString &name, Cents cost, std::vector<ToolCapability> caps);

// The stack worked out by hand in tests/unit/tst_stackanalysis.cpp (every figure is
// derived there): Alpha Mail, Beta Automation, Gamma Chat, Delta CRM (category crm),
// Echo Pages, Golf Notes, and the retired Foxtrot Old; six capabilities, six
// integrations (one with Foxtrot), five requirements.
AnalysisInput handStack();
// The same stack as a new workspace's content: tools without ids, integrations by index.
WorkspaceImport handStackImport();

} // namespace sa::test
