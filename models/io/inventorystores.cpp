#include "inventorystores.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacestore.h"

#include <QSet>

namespace sa {

InventoryImporter InventoryStores::importer(const CatalogueStore &catalogue,
                                            const WorkspaceStore &workspace)
{
    std::vector<Product> products = catalogue.allProducts();
    QSet<QString> productSlugs;
    for (const Product &p : products)
        productSlugs.insert(p.slug);
    for (Product &snapshot : workspace.products()) {
        if (!productSlugs.contains(snapshot.slug))
            products.push_back(std::move(snapshot));
    }
    std::vector<Capability> capabilities = catalogue.capabilities();
    QSet<QString> capabilitySlugs;
    for (const Capability &c : capabilities)
        capabilitySlugs.insert(c.slug);
    for (Capability &own : workspace.capabilities()) {
        if (!capabilitySlugs.contains(own.slug))
            capabilities.push_back(std::move(own));
    }
    return InventoryImporter(std::move(products),
                             std::move(capabilities),
                             workspace.tools(),
                             workspace.info().currency,
                             catalogue.categories());
}

InventoryExportData InventoryStores::exportData(const WorkspaceStore &workspace,
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
