#pragma once

#include "domain/result.h"
#include "sqliteworkspacestore.h"

#include <QStringList>

#include <memory>

namespace sa {

// Why a workspace file could not be created or opened.
enum class WorkspaceProblem {
    None,
    Io,           // cannot read or write the file (missing, a folder, permissions)
    Exists,       // createWorkspace: something is already at the path; it is never replaced
    BadInput,     // createWorkspace: the details or the initial content were refused
    NotWorkspace, // damaged, a catalogue, another application's SQLite file, garbage
    TooNew,       // written by a newer StackAtlas with a schema this one does not know
    InUse,        // another live StackAtlas window holds the lock (see openAnyway)
};

struct WorkspaceOpenOptions
{
    bool openAnyway = false; // open even when another live window holds the lock
    bool lock = true;        // false: take no lock (a quick read such as `workspace info`)
};

// The outcome of creating or opening a workspace file.
struct OpenedWorkspace
{
    std::unique_ptr<SqliteWorkspaceStore> store; // set when ok()
    WorkspaceProblem problem = WorkspaceProblem::None;
    QString message;      // for the user, when not ok()
    int migratedFrom = 0; // the schema version an older file was upgraded from
    QStringList warnings; // opened, but e.g. no lock file could be written

    bool ok() const { return store != nullptr; }
    bool canOpenAnyway() const { return problem == WorkspaceProblem::InUse; }
    // Exists and BadInput as Kind::BadInput (the CLI exits with 2), the rest as Kind::Io (3).
    Error error() const;
};

// Creates a workspace at path (never over an existing file) with the given details and
// initial content (e.g. requirements from a profile), then opens it. The file is built
// under a temporary name and renamed into place, so that path is either absent or a
// complete workspace. A null info.created becomes now.
OpenedWorkspace createWorkspace(const QString &path,
                                const WorkspaceInfo &info,
                                const WorkspaceImport &initial = {});

// Opens an existing workspace: takes its lock, checks it (quick_check, application id,
// schema version) without writing to it, then upgrades an older schema in one
// transaction. A file that is refused stays byte for byte as it was.
OpenedWorkspace openWorkspace(const QString &path, const WorkspaceOpenOptions &options = {});

// The file extension of workspaces, without the dot: "stackatlas".
QString workspaceSuffix();

} // namespace sa
