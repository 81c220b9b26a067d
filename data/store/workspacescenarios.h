#pragma once

#include "domain/result.h"
#include "domain/scenario.h"

#include <QSqlDatabase>

#include <vector>

namespace sa {

// The workspace's scenarios and their decisions (tables scenario and decision, schema 2).
// A scenario is written whole: its row, then its decisions in order, replacing the ones
// it had; runs inside the caller's transaction. The rules a file must keep: one baseline,
// which has no decisions and cannot be removed; names unique regardless of case.
class WorkspaceScenarios
{
public:
    explicit WorkspaceScenarios(QSqlDatabase db);

    // The baseline first, then by name, case-insensitively; decisions in their order.
    Expected<std::vector<Scenario>> all() const;
    // Inserts (id 0, or a non-zero id not in the file: undo of a removal) or replaces.
    Expected<ScenarioId> save(const Scenario &scenario);
    Status remove(ScenarioId id);

private:
    Status check(const Scenario &scenario) const;
    Status writeDecisions(ScenarioId id, const std::vector<Decision> &decisions);

    QSqlDatabase m_db;
};

} // namespace sa
