#pragma once

#include "catalogue/cataloguestore.h"
#include "domain/result.h"

#include <QObject>

class QUndoStack;

namespace sa {

class CatalogueCommand;

// The open catalogue as the application edits it: a CatalogueStore plus the undo stack.
// Every user edit goes through here as a QUndoCommand (one-way flow: view -> command ->
// store -> signal -> item models), so views never write to the store themselves.
// The edit functions return what the store said on the first run; when a later undo or
// redo fails, errorOccurred() carries the store's message and the command is dropped.
class CatalogueDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueDocument)

public:
    // The store is not owned and must outlive the document.
    explicit CatalogueDocument(CatalogueStore *store, QObject *parent = nullptr);
    ~CatalogueDocument() override;

    CatalogueStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    Expected<ProductId> addProduct(const Product &product);
    Status editProduct(const Product &product); // product.id names the product to change
    Status removeProduct(ProductId id);
    // An edit of a shared catalogue made on the product as read at version basedOn: when
    // another editor changed it since, nothing is written and conflict holds both
    // versions (the caller lets the user choose; keeping theirs is doing nothing, keeping
    // mine is calling this again with conflict->theirsVersion). Undo and redo of the
    // edit are checked the same way.
    template<typename Row>
    struct VersionedEditOf
    {
        Status status = success();
        std::optional<RowConflict<Row>> conflict;
    };
    using VersionedEdit = VersionedEditOf<Product>;
    using VersionedCapabilityEdit = VersionedEditOf<Capability>;
    VersionedEdit editProductBasedOn(const Product &product, qint64 basedOn);

    Expected<CapabilityId> addCapability(const Capability &capability);
    Status editCapability(const Capability &capability);
    // The same check for a capability read at version basedOn (versionedCapability()).
    VersionedCapabilityEdit editCapabilityBasedOn(const Capability &capability, qint64 basedOn);
    Status removeCapability(CapabilityId id);

    // A capability as the store has it now, by id.
    std::optional<Capability> capability(CapabilityId id) const;

signals:
    void productAdded(sa::ProductId id);
    void productChanged(sa::ProductId id);
    void productRemoved(sa::ProductId id);
    void capabilityAdded(sa::CapabilityId id);
    void capabilityChanged(sa::CapabilityId id);
    void capabilityRemoved(sa::CapabilityId id);
    // An undo or redo run from the stack failed; the catalogue is as it was before it.
    void errorOccurred(const QString &message);

private:
    friend class CatalogueCommand;
    Status push(CatalogueCommand *command);
    void commandFailed(const Error &error);
    Error notRead(const QString &gone) const;

    CatalogueStore *m_store;
    QUndoStack *m_undoStack;
    bool m_pushing = false;
    std::optional<Error> m_pushError;
    std::optional<EditConflict> m_conflict;
    std::optional<CapabilityConflict> m_capabilityConflict;
};

} // namespace sa
