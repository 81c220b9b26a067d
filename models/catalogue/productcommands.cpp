#include "productcommands.h"

#include <QCoreApplication>

#include <set>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::CatalogueCommand", text);
}

std::set<ProductId> partnersOf(const Product &product)
{
    std::set<ProductId> ids;
    for (const ProductIntegration &i : product.integrations)
        ids.insert(i.otherId);
    return ids;
}

// The products on the other end of an integration see their own list change too.
void notifyPartners(CatalogueDocument *document, const std::set<ProductId> &ids, ProductId self)
{
    for (ProductId id : ids) {
        if (id != self && id != 0)
            emit document->productChanged(id);
    }
}

} // namespace

AddProductCommand::AddProductCommand(CatalogueDocument *document, Product product)
    : CatalogueCommand(document)
    , m_product(std::move(product))
{
    setText(tr("Add product “%1”").arg(m_product.name));
}

Status AddProductCommand::apply()
{
    const Expected<ProductId> id = store()->addProduct(m_product);
    if (!id)
        return id.error();
    m_product.id = *id; // a redo after undo brings back the same id
    emit document()->productAdded(*id);
    notifyPartners(document(), partnersOf(m_product), *id);
    return success();
}

Status AddProductCommand::revert()
{
    const Status status = store()->removeProduct(m_product.id);
    if (!status)
        return status;
    emit document()->productRemoved(m_product.id);
    notifyPartners(document(), partnersOf(m_product), m_product.id);
    return success();
}

EditProductCommand::EditProductCommand(CatalogueDocument *document,
                                       Product before,
                                       Product after,
                                       qint64 version)
    : CatalogueCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(version)
{
    setText(tr("Edit product “%1”").arg(m_after.name));
}

Status EditProductCommand::apply()
{
    return write(m_before, m_after);
}

Status EditProductCommand::revert()
{
    return write(m_after, m_before);
}

Status EditProductCommand::write(const Product &from, const Product &to)
{
    if (m_version == 0) {
        if (const Status status = store()->updateProduct(to); !status)
            return status;
    } else {
        const Expected<VersionedUpdate> done = store()->updateProductIfVersion(to, m_version);
        if (!done)
            return done.error();
        if (!done->written) {
            reportConflict(conflictFor(*store(), to, m_version));
            return conflictError(to.name, m_version, done->version);
        }
        m_version = done->version;
    }
    emit document()->productChanged(to.id);
    std::set<ProductId> partners = partnersOf(from);
    partners.merge(partnersOf(to));
    notifyPartners(document(), partners, to.id);
    return success();
}

RemoveProductCommand::RemoveProductCommand(CatalogueDocument *document, Product product)
    : CatalogueCommand(document)
    , m_product(std::move(product))
{
    setText(tr("Delete product “%1”").arg(m_product.name));
}

Status RemoveProductCommand::apply()
{
    const Status status = store()->removeProduct(m_product.id);
    if (!status)
        return status;
    emit document()->productRemoved(m_product.id);
    notifyPartners(document(), partnersOf(m_product), m_product.id);
    return success();
}

Status RemoveProductCommand::revert()
{
    const Expected<ProductId> id = store()->addProduct(m_product);
    if (!id)
        return id.error();
    emit document()->productAdded(*id);
    notifyPartners(document(), partnersOf(m_product), *id);
    return success();
}

} // namespace sa
