#pragma once

#include "store/sqliteworkspacestore.h"

#include <QDateTime>

#include <memory>

namespace sa::test {

// Values for workspace tests, with every field set to something other than its default
// so that a column that is not written or read back shows.

// Northbeam GmbH, prepared by Mo Adeyemi, EUR, profile b2b-mid-size, created
// 2024-03-01T09:30:15.250Z.
WorkspaceInfo sampleInfo();
// The snapshot of hubspot-marketing-hub: every field, two aliases, three capabilities,
// two integrations.
Product sampleProduct();
// "HubSpot Marketing Hub" on the sample product: every field set, two overrides.
Tool sampleTool();
// "Acme Webinars", a custom tool with two capabilities of its own.
Tool customTool();
// "Pardot Legacy", a retired custom tool: marketing-automation, 5,000.00, 5 seats, 1 active
// user, owned by Jordan Blake.
Tool retiredTool();
// A catalogue capability snapshot (lead-scoring) and a local one (podcast-hosting).
Capability catalogueCapability();
Capability localCapability();

// A new workspace at path with sampleInfo(); nullptr and a test failure when it fails.
std::unique_ptr<SqliteWorkspaceStore> createSampleWorkspace(const QString &path);

// Runs one SQL statement on path with a connection of its own; false on an SQL error.
bool runSql(const QString &path, const QString &sql);
// The first column of every row of a query on path, as text.
QStringList queryColumn(const QString &path, const QString &sql);

} // namespace sa::test
