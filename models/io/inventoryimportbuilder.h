#pragma once

#include "inventoryimporter.h"

#include <QHash>
#include <QSet>

namespace sa {

// Turns a clean preview and the user's decisions into the WorkspaceImport: each row's
// product (decision, else an accepted or file-given match, else a suggestion when the
// caller accepts them, else custom); product tools drop the vendor cell (the product
// names its vendor) and default to the product's category; an explicit Capabilities list
// on a product tool becomes the tool's whole list, with strength 0 for the product's
// capabilities it leaves out, so effectiveCapabilities() gives exactly the list; custom
// tools keep the list as given. Integrations become ToolRef pairs, each pair once. Every
// product used is snapshotted, and every capability any tool or product refers to.
class InventoryImportBuilder
{
public:
    explicit InventoryImportBuilder(const InventoryCatalogue &catalogue);

    InventoryOutcome build(const InventoryPreview &preview, const InventoryDecisions &decisions);

private:
    QString productFor(const InventoryPreview &preview,
                       int row,
                       const InventoryDecisions &decisions,
                       InventoryOutcome *out) const;
    Tool toolFor(const InventoryRow &row, const Product *product);
    void addIntegrations(const InventoryPreview &preview, InventoryOutcome *out) const;
    void useCapability(const QString &slug);
    void finishCapabilities(const InventoryPreview &preview, InventoryOutcome *out) const;

    const InventoryCatalogue &m_catalogue;
    QSet<QString> m_products;
    QSet<QString> m_capabilities;
};

} // namespace sa
