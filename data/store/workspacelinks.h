#pragma once

#include "domain/requirement.h"
#include "domain/result.h"
#include "domain/tool.h"

#include <QSqlDatabase>

#include <vector>

namespace sa {

// The workspace's integrations between tools and its requirements: small rows keyed by
// what they connect (a tool pair, a capability slug). Runs inside the caller's
// transaction. Removing what is not there is an error, so that an undo that finds the
// file changed under it says so instead of silently doing nothing.
class WorkspaceLinks
{
public:
    explicit WorkspaceLinks(QSqlDatabase db);

    Expected<std::vector<ToolIntegration>> integrations() const; // by a, then b; a < b
    // Adds the pair, or changes its kind. With keepExisting an existing pair is left as
    // it is. Returns whether a new pair was added.
    Expected<bool> addIntegration(const ToolIntegration &integration, bool keepExisting);
    Status removeIntegration(ToolId a, ToolId b);

    Expected<std::vector<Requirement>> requirements() const; // by capability slug
    Status setRequirement(const Requirement &requirement);
    Status removeRequirement(const QString &capabilitySlug);

private:
    QSqlDatabase m_db;
};

} // namespace sa
