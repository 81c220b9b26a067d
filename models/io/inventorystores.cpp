#include "inventorystores.h"

#include "catalogue/cataloguestore.h"
#include "workspace/workspacestore.h"

#include <QSet>

namespace sa {

namespace {

// base, then the items of extra whose slug base lacks.
template<typename T>
std::vector<T> withMissing(std::vector<T> base, std::vector<T> extra)
{
    QSet<QString> slugs;
    for (const T &item : base)
        slugs.insert(item.slug);
    for (T &item : extra) {
        if (!slugs.contains(item.slug))
            base.push_back(std::move(item));
    }
    return base;
}

} // namespace

InventoryImporter InventoryStores::importer(const CatalogueStore &catalogue,
                                            const WorkspaceStore &workspace)
{
    return InventoryImporter(withMissing(catalogue.allProducts(), workspace.products()),
                             withMissing(catalogue.capabilities(), workspace.capabilities()),
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
