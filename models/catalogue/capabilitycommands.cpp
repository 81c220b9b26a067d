#include "capabilitycommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::CatalogueCommand", text);
}

} // namespace

AddCapabilityCommand::AddCapabilityCommand(CatalogueDocument *document, Capability capability)
    : CatalogueCommand(document)
    , m_capability(std::move(capability))
{
    setText(tr("Add capability “%1”").arg(m_capability.name));
}

Status AddCapabilityCommand::apply()
{
    const Expected<CapabilityId> id = store()->addCapability(m_capability, {});
    if (!id)
        return id.error();
    m_capability.id = *id;
    emit document()->capabilityAdded(*id);
    return success();
}

Status AddCapabilityCommand::revert()
{
    const Status status = store()->removeCapability(m_capability.id);
    if (!status)
        return status;
    emit document()->capabilityRemoved(m_capability.id);
    return success();
}

EditCapabilityCommand::EditCapabilityCommand(CatalogueDocument *document,
                                             Capability before,
                                             Capability after,
                                             qint64 version)
    : CatalogueCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(version)
{
    setText(tr("Edit capability “%1”").arg(m_after.name));
}

Status EditCapabilityCommand::apply()
{
    return write(m_after);
}

Status EditCapabilityCommand::revert()
{
    return write(m_before);
}

Status EditCapabilityCommand::write(const Capability &capability)
{
    if (m_version == 0) {
        if (const Status status = store()->updateCapability(capability); !status)
            return status;
    } else {
        // Undo and redo are checked too: each is based on the version the last write gave.
        const Expected<VersionedUpdate> done
            = store()->updateCapabilityIfVersion(capability, m_version);
        if (!done)
            return done.error();
        if (!done->written) {
            reportConflict(conflictFor(*store(), capability, m_version));
            return conflictError(capability.name, m_version, done->version);
        }
        m_version = done->version;
    }
    emit document()->capabilityChanged(capability.id);
    return success();
}

RemoveCapabilityCommand::RemoveCapabilityCommand(CatalogueDocument *document,
                                                 Capability capability,
                                                 std::vector<CapabilityUse> uses)
    : CatalogueCommand(document)
    , m_capability(std::move(capability))
    , m_uses(std::move(uses))
{
    setText(tr("Delete capability “%1”").arg(m_capability.name));
}

Status RemoveCapabilityCommand::apply()
{
    const Status status = store()->removeCapability(m_capability.id);
    if (!status)
        return status;
    emit document()->capabilityRemoved(m_capability.id);
    notifyUsers();
    return success();
}

Status RemoveCapabilityCommand::revert()
{
    const Expected<CapabilityId> id = store()->addCapability(m_capability, m_uses);
    if (!id)
        return id.error();
    emit document()->capabilityAdded(*id);
    notifyUsers();
    return success();
}

void RemoveCapabilityCommand::notifyUsers()
{
    for (const CapabilityUse &use : m_uses)
        emit document()->productChanged(use.productId);
}

} // namespace sa
