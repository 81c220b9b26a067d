#pragma once

#include "domain/category.h"
#include "domain/result.h"

#include <vector>

namespace sa {

class WorkspaceStore;

// File > Export Inventory: the workspace's tools through InventoryExport (the columns the
// importer reads back, formulas neutralised), as an Excel workbook when path ends in
// .xlsx and as CSV otherwise (UTF-8 with a BOM, so that Excel reads names right). Returns
// the number of tools written.
Expected<int> exportInventoryFile(const WorkspaceStore &store,
                                  const std::vector<Category> &categories,
                                  const QString &path);

} // namespace sa
