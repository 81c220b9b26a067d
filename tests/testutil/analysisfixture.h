#pragma once

#include "analysis/analysisinput.h"
#include "domain/category.h"
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
// Any analysis input as a new workspace's content, the same way.
WorkspaceImport importOf(const AnalysisInput &in);

// The hand stack with its capabilities filed under the subcategories of
// tests/fixtures/catalogue-small: email and landing under Email Marketing, chat under
// Marketing Automation, crm under CRM, scoring under Sales Automation, analytics under Web
// Analytics; plus SMS (sms, Marketing Automation), which nobody covers or requires.
AnalysisInput filedHandStack();
// catalogue-small's taxonomy as the capability map reads it (top-level ones first).
std::vector<Category> smallCatalogueCategories();

} // namespace sa::test
