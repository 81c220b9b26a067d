#include "inventorysources.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacestore.h"

#include <QSet>

namespace sa {

InventoryImporter InventorySources::importer(const CatalogueStore &catalogue,
                                             const WorkspaceStore &workspace)
{
    std::vector<Product> products = catalogue.allProducts();
    QSet<QString> slugs;
    for (const Product &p : products)
        slugs.insert(p.slug);
    for (Product &p : workspace.products()) {
        if (!slugs.contains(p.slug))
            products.push_back(std::move(p));
    }
    std::vector<Capability> capabilities = catalogue.capabilities();
    slugs.clear();
    for (const Capability &c : capabilities)
        slugs.insert(c.slug);
    for (Capability &c : workspace.capabilities()) {
        if (!slugs.contains(c.slug))
            capabilities.push_back(std::move(c));
    }
    return InventoryImporter(std::move(products),
                             std::move(capabilities),
                             workspace.tools(),
                             workspace.info().currency,
                             catalogue.categories());
}

InventoryExportData InventorySources::exportData(const WorkspaceStore &workspace,
                                                 std::vector<Category> categories)
{
    InventoryExportData data;
    data.tools = workspace.tools();
    data.integrations = workspace.integrations();
    data.products = workspace.products();
    data.capabilities = workspace.capabilities();
    data.categories = std::move(categories);
    data.currency = workspace.info().currency;
    return data;
}

} // namespace sa
