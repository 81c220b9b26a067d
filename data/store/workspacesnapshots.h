#pragma once

#include "domain/capability.h"
#include "domain/product.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace sa {

// The workspace's copies of catalogue products and capabilities (and its local
// capabilities), so that the file is complete without a catalogue. Values come back as
// they were saved except for catalogue row ids, which are 0: they meant something only in
// the catalogue the snapshot was taken from. Lists keep the order they were given in.
// Runs inside the caller's transaction.
class WorkspaceSnapshots
{
public:
    explicit WorkspaceSnapshots(QSqlDatabase db);

    Expected<std::vector<Product>> products(const QString &onlySlug = {}) const; // by slug
    Expected<std::vector<Capability>> capabilities() const; // by name, then slug
    Status saveProduct(const Product &product);             // insert or replace
    Status saveCapability(const Capability &capability);    // insert or replace, by slug

private:
    Status writeProductLists(const Product &product);

    QSqlDatabase m_db;
};

} // namespace sa
