#pragma once

#include "workspace/workspacecommand.h"

namespace sa {

// The undoable scenario edits. Each keeps whole scenarios (row and decisions in order,
// with their ids and created time), so that undo puts back exactly what was there; a
// rename and a changed decision are both an edit of the whole value.

class AddScenarioCommand final : public WorkspaceCommand
{
public:
    AddScenarioCommand(WorkspaceDocument *document, Scenario scenario);
    ScenarioId scenarioId() const { return m_scenario.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Scenario m_scenario; // id 0 until the first apply
};

class EditScenarioCommand final : public WorkspaceCommand
{
public:
    // text: the undo stack's label; "Change scenario “NAME”" when empty.
    EditScenarioCommand(WorkspaceDocument *document,
                        Scenario before,
                        Scenario after,
                        const QString &text = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Scenario m_before;
    Scenario m_after;
};

class RemoveScenarioCommand final : public WorkspaceCommand
{
public:
    RemoveScenarioCommand(WorkspaceDocument *document, Scenario scenario);

protected:
    Status apply() override;
    Status revert() override;

private:
    Scenario m_scenario;
};

// Writes a whole scenario (a new one gets its id in *scenario) and tells the document's
// views; shared by the commands above and by the tool removal's undo.
Status writeScenario(WorkspaceDocument *document, Scenario *scenario);

} // namespace sa
