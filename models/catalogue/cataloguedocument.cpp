#include "cataloguedocument.h"

#include "catalogue/capabilitycommands.h"
#include "catalogue/productcommands.h"

#include <QUndoStack>

#include <utility>

namespace sa {

CatalogueDocument::CatalogueDocument(CatalogueStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
{
}

CatalogueDocument::~CatalogueDocument()
{
    // Commands point back at the document: drop them while it is still whole.
    m_undoStack->clear();
}

Expected<ProductId> CatalogueDocument::addProduct(const Product &product)
{
    auto *command = new AddProductCommand(this, product);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->productId(); // still on the stack: a failed command is deleted
}

// A row that could not be read because the catalogue could not be read at all (a team
// server out of reach) is not reported as gone: the caller may try again.
Error CatalogueDocument::notRead(const QString &gone) const
{
    if (const Status read = m_store->lastReadStatus(); !read)
        return read.error();
    return Error::badInput(gone);
}

Status CatalogueDocument::editProduct(const Product &product)
{
    const std::optional<Product> before = m_store->product(product.id);
    if (!before)
        return notRead(tr("The product “%1” is no longer in the catalogue.").arg(product.name));
    if (*before == product)
        return success();
    return push(new EditProductCommand(this, *before, product));
}

CatalogueDocument::VersionedEdit CatalogueDocument::editProductBasedOn(const Product &product,
                                                                       qint64 basedOn)
{
    const std::optional<Product> before = m_store->product(product.id);
    if (!before)
        return {notRead(tr("The product “%1” is no longer in the catalogue.").arg(product.name)),
                std::nullopt};
    m_conflict.reset();
    Status status = push(new EditProductCommand(this, *before, product, basedOn));
    return {std::move(status), std::exchange(m_conflict, std::nullopt)};
}

Status CatalogueDocument::removeProduct(ProductId id)
{
    const std::optional<Product> before = m_store->product(id);
    if (!before)
        return notRead(tr("The product is no longer in the catalogue."));
    return push(new RemoveProductCommand(this, *before));
}

Expected<CapabilityId> CatalogueDocument::addCapability(const Capability &capability)
{
    auto *command = new AddCapabilityCommand(this, capability);
    const Status status = push(command);
    if (!status)
        return status.error();
    return command->capabilityId();
}

Status CatalogueDocument::editCapability(const Capability &capability)
{
    const std::optional<Capability> before = this->capability(capability.id);
    if (!before)
        return notRead(
            tr("The capability “%1” is no longer in the catalogue.").arg(capability.name));
    if (*before == capability)
        return success();
    return push(new EditCapabilityCommand(this, *before, capability));
}

CatalogueDocument::VersionedCapabilityEdit
CatalogueDocument::editCapabilityBasedOn(const Capability &capability, qint64 basedOn)
{
    const std::optional<Capability> before = this->capability(capability.id);
    if (!before)
        return {notRead(
                    tr("The capability “%1” is no longer in the catalogue.").arg(capability.name)),
                std::nullopt};
    m_capabilityConflict.reset();
    Status status = push(new EditCapabilityCommand(this, *before, capability, basedOn));
    // Taken out, not copied: the next edit starts without a conflict.
    return {std::move(status), std::exchange(m_capabilityConflict, std::nullopt)};
}

Status CatalogueDocument::removeCapability(CapabilityId id)
{
    const std::optional<Capability> before = capability(id);
    if (!before)
        return Error::badInput(tr("The capability is no longer in the catalogue."));
    return push(new RemoveCapabilityCommand(this, *before, m_store->capabilityUses(id)));
}

std::optional<Capability> CatalogueDocument::capability(CapabilityId id) const
{
    for (Capability &c : m_store->capabilities()) {
        if (c.id == id)
            return std::move(c);
    }
    return std::nullopt;
}

Status CatalogueDocument::push(CatalogueCommand *command)
{
    m_pushError.reset();
    m_pushing = true;
    m_undoStack->push(command); // runs redo(); deletes the command when it failed
    m_pushing = false;
    if (m_pushError) {
        Error error = *m_pushError;
        m_pushError.reset();
        return error;
    }
    return success();
}

void CatalogueDocument::commandFailed(const Error &error)
{
    if (m_pushing)
        m_pushError = error;
    else
        emit errorOccurred(error.message);
}

} // namespace sa
