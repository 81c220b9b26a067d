#pragma once

#include "domain/product.h"
#include "domain/result.h"

#include <QStringList>

#include <vector>

namespace sa {

// Finds the products a user named on a command line or in a shortlist: by slug, else by
// name, else by alias, each case-insensitively, first among the catalogue's products,
// then among the workspace's snapshots (a product the catalogue no longer has). A name
// that matches nothing, or matches several products at its first level, is refused with
// a message naming it, so a typo never compares the wrong product.
class ProductResolver
{
public:
    ProductResolver(std::vector<Product> catalogue, std::vector<Product> snapshots);

    Expected<Product> resolve(const QString &name) const;
    Expected<std::vector<Product>> resolveAll(const QStringList &names) const;

private:
    std::vector<Product> m_catalogue;
    std::vector<Product> m_snapshots;
};

} // namespace sa
