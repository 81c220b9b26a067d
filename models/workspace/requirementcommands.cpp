#include "requirementcommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text);
}

} // namespace

SetRequirementCommand::SetRequirementCommand(WorkspaceDocument *document,
                                             Requirement requirement,
                                             std::optional<Requirement> before,
                                             const QString &capabilityName)
    : WorkspaceCommand(document)
    , m_requirement(std::move(requirement))
    , m_before(std::move(before))
{
    setText((m_before ? tr("Change requirement “%1”") : tr("Require “%1”")).arg(capabilityName));
}

Status SetRequirementCommand::apply()
{
    if (Status s = store()->setRequirement(m_requirement); !s)
        return s;
    emit document()->requirementsChanged();
    return success();
}

Status SetRequirementCommand::revert()
{
    const Status s = m_before ? store()->setRequirement(*m_before)
                              : store()->removeRequirement(m_requirement.capabilitySlug);
    if (!s)
        return s;
    emit document()->requirementsChanged();
    return success();
}

RemoveRequirementCommand::RemoveRequirementCommand(WorkspaceDocument *document,
                                                   Requirement requirement,
                                                   const QString &capabilityName)
    : WorkspaceCommand(document)
    , m_requirement(std::move(requirement))
{
    setText(tr("Remove requirement “%1”").arg(capabilityName));
}

Status RemoveRequirementCommand::apply()
{
    if (Status s = store()->removeRequirement(m_requirement.capabilitySlug); !s)
        return s;
    emit document()->requirementsChanged();
    return success();
}

Status RemoveRequirementCommand::revert()
{
    if (Status s = store()->setRequirement(m_requirement); !s)
        return s;
    emit document()->requirementsChanged();
    return success();
}

} // namespace sa
