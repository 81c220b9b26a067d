#pragma once

#include "workspacefile.h"

namespace sa {

class CatalogueStore;

// The demo workspace: Northbeam, a B2B software company of about 600 people, with the
// 84 tools of data/samples/northbeam-inventory.csv (imported over the catalogue with the
// matcher's suggestions accepted, as `import --accept-suggestions` would), the
// requirements of the b2b-mid-size profile and, over them, those of
// data/samples/requirements.csv. The samples are read from the binary's resources, so the
// demo needs no files beside the executable. The whole workspace is written in one
// transaction under a temporary name (createWorkspace), so a failed build leaves nothing.
namespace DemoWorkspace {

inline constexpr char16_t profileSlug[] = u"b2b-mid-size";

// AppDataLocation/demo/northbeam-demo.stackatlas (the folder is not created).
QString defaultPath();

// What the demo writes: its details and content, built from the shipped samples.
Expected<WorkspaceImport> content(const CatalogueStore &catalogue);
WorkspaceInfo info();

// Builds the demo at path, which must not exist.
OpenedWorkspace create(const QString &path, const CatalogueStore &catalogue);
// Opens the demo at path; builds it first when it is missing, and again when the file
// there is not a workspace this version can open (the demo holds nothing of the user's
// but their own edits to it).
OpenedWorkspace open(const QString &path,
                     const CatalogueStore &catalogue,
                     const WorkspaceOpenOptions &options = {});

} // namespace DemoWorkspace

} // namespace sa
