#include "integrationcommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text);
}

} // namespace

AddIntegrationCommand::AddIntegrationCommand(WorkspaceDocument *document,
                                             ToolIntegration integration,
                                             std::optional<ToolIntegration> before,
                                             const QString &nameA,
                                             const QString &nameB)
    : WorkspaceCommand(document)
    , m_integration(integration)
    , m_before(before)
{
    setText((m_before ? tr("Change integration %1 – %2") : tr("Add integration %1 – %2"))
                .arg(nameA, nameB));
}

Status AddIntegrationCommand::apply()
{
    if (Status s = store()->addIntegration(m_integration); !s)
        return s;
    emit document()->integrationsChanged();
    return success();
}

Status AddIntegrationCommand::revert()
{
    const Status s = m_before ? store()->addIntegration(*m_before)
                              : store()->removeIntegration(m_integration.a, m_integration.b);
    if (!s)
        return s;
    emit document()->integrationsChanged();
    return success();
}

RemoveIntegrationCommand::RemoveIntegrationCommand(WorkspaceDocument *document,
                                                   ToolIntegration integration,
                                                   const QString &nameA,
                                                   const QString &nameB)
    : WorkspaceCommand(document)
    , m_integration(integration)
{
    setText(tr("Remove integration %1 – %2").arg(nameA, nameB));
}

Status RemoveIntegrationCommand::apply()
{
    if (Status s = store()->removeIntegration(m_integration.a, m_integration.b); !s)
        return s;
    emit document()->integrationsChanged();
    return success();
}

Status RemoveIntegrationCommand::revert()
{
    if (Status s = store()->addIntegration(m_integration); !s)
        return s;
    emit document()->integrationsChanged();
    return success();
}

} // namespace sa
