#pragma once

#include "catalogue/cataloguecommand.h"

namespace sa {

// The three undoable capability edits. Deleting a capability also drops it from every
// product that has it; the command keeps those uses (product and strength) so that undo
// restores the capability with the same id and every product's rating of it.

class AddCapabilityCommand final : public CatalogueCommand
{
public:
    AddCapabilityCommand(CatalogueDocument *document, Capability capability);
    CapabilityId capabilityId() const { return m_capability.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Capability m_capability;
};

class EditCapabilityCommand final : public CatalogueCommand
{
public:
    // version: the row version after was based on, checked on every write (0: unchecked).
    EditCapabilityCommand(CatalogueDocument *document,
                          Capability before,
                          Capability after,
                          qint64 version = 0);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const Capability &capability);

    Capability m_before;
    Capability m_after;
    qint64 m_version;
};

class RemoveCapabilityCommand final : public CatalogueCommand
{
public:
    RemoveCapabilityCommand(CatalogueDocument *document,
                            Capability capability,
                            std::vector<CapabilityUse> uses);

protected:
    Status apply() override;
    Status revert() override;

private:
    void notifyUsers();

    Capability m_capability;
    std::vector<CapabilityUse> m_uses;
};

} // namespace sa
