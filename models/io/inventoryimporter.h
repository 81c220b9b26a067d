#pragma once

#include "inventorycatalogue.h"
#include "inventorypreview.h"
#include "workspace/workspacestore.h"

#include <QStringList>

#include <map>
#include <vector>

namespace sa {

struct InventoryFile;

// What the user decided about the rows' products (the wizard), or the CLI's flags.
struct InventoryDecisions
{
    bool acceptSuggestions = false;  // --accept-suggestions: a Suggested row takes its best
                                     // candidate; otherwise it is imported as a custom tool
    std::map<int, QString> products; // row index -> product slug, or empty to keep it custom
};

// What an import writes (when errors is empty) and what it did with each row, for the
// CLI's report and InventoryJson.
struct InventoryOutcome
{
    WorkspaceImport import;
    QStringList errors;            // nothing may be written when any
    std::vector<int> toolRows;     // the preview row of each import.tools entry
    QStringList matched;           // names of the tools that got a catalogue product
    QStringList unmatched;         // names of the custom tools
    std::vector<int> unconfirmed;  // Suggested rows imported custom, for the report
    QStringList localCapabilities; // slugs

    bool ok() const { return errors.isEmpty(); }
};

// The inventory import engine: finance or IT exports (CSV or XLSX) and requirement lists
// in, a WorkspaceImport out, with nothing written until the user (or the CLI's defaults)
// has decided. preview() reads the file, maps its columns, parses every cell, matches each
// row to the catalogue and resolves integrations, collecting every problem at its
// FILE:LINE:COLUMN; buildImport() applies the decisions and assembles tools, integrations
// (ToolRef), product and capability snapshots and requirements for
// WorkspaceStore::applyImport, which writes them in one transaction. Pure engine: the
// catalogue and the workspace come in as plain values, so a CLI command is a few lines:
//
//     InventoryImporter importer(products, capabilities, store.tools(), info.currency,
//                                categories);
//     const InventoryPreview preview = importer.preview(file, options);
//     if (!preview.ok()) { print(preview.errors); return 2; }
//     InventoryOutcome outcome = importer.buildImport(preview, {acceptSuggestions});
//     store.applyImport(outcome.import);
//     print(InventoryJson::summary(preview, outcome));
class InventoryImporter
{
public:
    InventoryImporter(std::vector<Product> catalogueProducts,
                      std::vector<Capability> capabilities,
                      std::vector<Tool> existingTools,
                      QString workspaceCurrency,
                      std::vector<Category> categories = {});

    InventoryPreview preview(const QString &path, const InventoryOptions &options = {}) const;
    // The wizard's second look: other mappings or date order, without reading the file again.
    InventoryPreview remap(const InventoryPreview &previous, const InventoryOptions &options) const;

    InventoryOutcome buildImport(const InventoryPreview &preview,
                                 const InventoryDecisions &decisions = {}) const;

    const InventoryCatalogue &catalogue() const { return m_catalogue; }

private:
    InventoryPreview fromTable(InventoryPreview preview, const InventoryOptions &options) const;
    void readTools(InventoryPreview *preview, const InventoryOptions &options) const;
    void readRequirements(InventoryPreview *preview, const InventoryOptions &options) const;

    InventoryCatalogue m_catalogue;
    std::vector<Tool> m_existing;
    QString m_currency;
};

} // namespace sa
