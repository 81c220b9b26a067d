#pragma once

#include "workspace/requirementprofile.h"
#include "workspace/workspacestore.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sa {

// A workspace file as the application opened or created it: the store, or why not.
struct WorkspaceOpening
{
    std::unique_ptr<WorkspaceStore> store; // set when ok()
    QString message;      // for the user when not ok(), exactly as the store layer wrote it
    bool inUse = false;   // another StackAtlas window holds the file; it may be opened anyway
    QStringList warnings; // opened, but e.g. no lock file could be written

    bool ok() const { return store != nullptr; }
};

// Creating and opening workspace files, for the main window. Declared here so that ui
// reaches the files without SQL: data/store implements it over SQLite
// (SqliteWorkspaceFiles), tests may hand in their own. Every call either hands over an
// open store or leaves the files exactly as they were.
class WorkspaceFiles
{
public:
    virtual ~WorkspaceFiles();

    // The requirement profiles a new workspace can start from (data/profiles).
    virtual std::vector<RequirementProfile> profiles() const = 0;
    // A new workspace at path (never over an existing file), with the requirements of the
    // profile whose slug is given (none when empty).
    virtual WorkspaceOpening
    create(const QString &path, const WorkspaceInfo &info, const QString &profileSlug)
        = 0;
    virtual WorkspaceOpening open(const QString &path, bool openAnyway) = 0;
    // The demo workspace, built first when it is missing.
    virtual WorkspaceOpening openDemo(bool openAnyway) = 0;
    virtual QString demoPath() const = 0;
};

} // namespace sa
