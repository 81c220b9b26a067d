#pragma once

#include "workspace/requirementprofile.h"
#include "workspace/workspacestore.h"

namespace sa {

class CatalogueStore;

// What seeding a workspace from a requirement profile writes: the profile's requirements
// plus a snapshot of each required capability from the catalogue, so that the workspace
// names them on a machine with another catalogue or none. Applied as one import (one
// transaction), at creation or later through the document (undoable).
struct ProfileSeed
{
    WorkspaceImport import;
    QStringList unknownCapabilities; // required, but not in the catalogue: no snapshot
};

// catalogue may be null: then no capability is snapshotted and none is reported unknown.
ProfileSeed seedFromProfile(const RequirementProfile &profile, const CatalogueStore *catalogue);

} // namespace sa
