#include "scenariocommands.h"

#include <QCoreApplication>

namespace sa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sa::WorkspaceCommand", text);
}

// Decision ids the store gave on the first write are read back, so that a redo writes
// the same ids and a later command's "before" matches what is in the file.
void takeIds(WorkspaceStore *store, Scenario *scenario)
{
    const std::optional<Scenario> saved = store->scenario(scenario->id);
    if (!saved || saved->decisions.size() != scenario->decisions.size())
        return;
    for (size_t i = 0; i < scenario->decisions.size(); ++i)
        scenario->decisions[i].id = saved->decisions[i].id;
}

Status erase(WorkspaceDocument *document, ScenarioId id)
{
    if (Status s = document->store()->removeScenario(id); !s)
        return s;
    emit document->scenariosChanged();
    return success();
}

} // namespace

Status writeScenario(WorkspaceDocument *document, Scenario *scenario)
{
    const Expected<ScenarioId> id = document->store()->saveScenario(*scenario, {});
    if (!id)
        return id.error();
    scenario->id = *id;
    takeIds(document->store(), scenario);
    emit document->scenariosChanged();
    return success();
}

AddScenarioCommand::AddScenarioCommand(WorkspaceDocument *document, Scenario scenario)
    : WorkspaceCommand(document)
    , m_scenario(std::move(scenario))
{
    setText(tr("Add scenario “%1”").arg(m_scenario.name));
}

Status AddScenarioCommand::apply()
{
    return writeScenario(document(), &m_scenario);
}

Status AddScenarioCommand::revert()
{
    return erase(document(), m_scenario.id);
}

EditScenarioCommand::EditScenarioCommand(WorkspaceDocument *document,
                                         Scenario before,
                                         Scenario after,
                                         const QString &text)
    : WorkspaceCommand(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? tr("Change scenario “%1”").arg(m_after.name) : text);
}

Status EditScenarioCommand::apply()
{
    return writeScenario(document(), &m_after);
}

Status EditScenarioCommand::revert()
{
    return writeScenario(document(), &m_before);
}

RemoveScenarioCommand::RemoveScenarioCommand(WorkspaceDocument *document, Scenario scenario)
    : WorkspaceCommand(document)
    , m_scenario(std::move(scenario))
{
    setText(tr("Remove scenario “%1”").arg(m_scenario.name));
}

Status RemoveScenarioCommand::apply()
{
    return erase(document(), m_scenario.id);
}

Status RemoveScenarioCommand::revert()
{
    return writeScenario(document(), &m_scenario);
}

} // namespace sa
