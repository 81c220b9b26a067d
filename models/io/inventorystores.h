#pragma once

#include "inventoryexport.h"
#include "inventoryimporter.h"

namespace sa {

class CatalogueStore;
class WorkspaceStore;

// Gathers the plain values InventoryImporter and InventoryExport work from out of the
// two stores, the same way for the CLI and the GUI: the catalogue's products plus the
// workspace's snapshots of products this catalogue lacks (a workspace from another
// laptop re-imports its own export), the catalogue's capabilities plus the workspace's
// local ones (a second import finds the first one's), the existing tools and currency.
class InventoryStores
{
public:
    static InventoryImporter importer(const CatalogueStore &catalogue,
                                      const WorkspaceStore &workspace);
    // categories: names for the category column; empty writes slugs.
    static InventoryExportData exportData(const WorkspaceStore &workspace,
                                          std::vector<Category> categories);
};

} // namespace sa
