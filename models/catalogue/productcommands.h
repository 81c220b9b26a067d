#pragma once

#include "catalogue/cataloguecommand.h"

namespace sa {

// The three undoable product edits. Each keeps whole Product values, so that undo puts
// back exactly what was there: a deleted product returns with the same id, capabilities,
// aliases and integrations (CatalogueStore::addProduct keeps a non-zero id).

class AddProductCommand final : public CatalogueCommand
{
public:
    AddProductCommand(CatalogueDocument *document, Product product);
    ProductId productId() const { return m_product.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Product m_product;
};

class EditProductCommand final : public CatalogueCommand
{
public:
    // version: the row version after was edited on (0: write without the check); each
    // apply or revert then names the version the previous one left.
    EditProductCommand(CatalogueDocument *document,
                       Product before,
                       Product after,
                       qint64 version = 0);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const Product &from, const Product &to);

    Product m_before;
    Product m_after;
    qint64 m_version;
};

class RemoveProductCommand final : public CatalogueCommand
{
public:
    RemoveProductCommand(CatalogueDocument *document, Product product);

protected:
    Status apply() override;
    Status revert() override;

private:
    Product m_product;
};

} // namespace sa
