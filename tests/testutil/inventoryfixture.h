#pragma once

#include "io/inventoryimporter.h"
#include "store/sqliteworkspacestore.h"

#include <QStringList>

#include <memory>

namespace sa {
class CatalogueStore;
}

namespace sa::test {

// One import as stackatlas-cli import runs it: a new workspace, the file previewed,
// built and applied (when the outcome is clean).
struct InventoryRun
{
    std::unique_ptr<SqliteWorkspaceStore> store; // null (and a test failure) on a store error
    InventoryPreview preview;
    InventoryOutcome outcome;
};

// Creates a workspace at workspacePath in currency and imports file into it; messages name
// the file by its file name.
InventoryRun importInventory(const CatalogueStore &catalogue,
                             const QString &workspacePath,
                             const QString &file,
                             InventoryOptions options = {},
                             const InventoryDecisions &decisions = {},
                             const QString &currency = QStringLiteral("USD"));

// Workspace contents as short text lines, so that inventory tests state what an import
// must give in full, readably, and show every difference when it does not.

// "Name | product-slug or custom | field=value | ...": the fields that are not their
// default, in Tool order: vendor, category, cost (always, with cents), seats, users,
// owner, team, start, end, notice, auto-renew, status (unless active), satisfaction, hub,
// caps (the stored list, "slug:strength" by slug), notes (newlines as \n).
QString describeTool(const Tool &tool);
QStringList describeTools(const WorkspaceStore &store); // in the store's order (by name)
// "A - B (kind)", the two names in order, the pairs sorted.
QStringList describeIntegrations(const WorkspaceStore &store);
// "slug importance min-strength", by slug.
QStringList describeRequirements(const WorkspaceStore &store);
// Capabilities of origin User: "slug | name | category".
QStringList describeLocalCapabilities(const WorkspaceStore &store);
// What a tool effectively does, "slug:strength" by slug, with its product snapshot.
QString describeEffectiveCapabilities(const WorkspaceStore &store, const Tool &tool);

} // namespace sa::test
