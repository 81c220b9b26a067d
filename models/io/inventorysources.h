#pragma once

#include "inventoryexport.h"
#include "inventoryimporter.h"

namespace sa {

class CatalogueStore;
class WorkspaceStore;

// What an inventory import and export read from the stores, gathered in one place so the
// CLI and the GUI wizard build the engine alike. The importer sees the catalogue's
// products plus the workspace's snapshots of products this catalogue lacks (a workspace
// opened on another laptop), and the catalogue's capabilities plus the workspace's own
// local ones, so that a second import finds what the first one made.
class InventorySources
{
public:
    static InventoryImporter importer(const CatalogueStore &catalogue,
                                      const WorkspaceStore &workspace);
    // categories: names for the category column; empty writes slugs.
    static InventoryExportData exportData(const WorkspaceStore &workspace,
                                          std::vector<Category> categories = {});
};

} // namespace sa
