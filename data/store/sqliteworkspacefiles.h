#pragma once

#include "workspace/workspacefiles.h"
#include "workspacefile.h"

namespace sa {

class CatalogueStore;

// The application's workspace files over SQLite: createWorkspace and openWorkspace (with
// quick_check and the lock), a new workspace's requirements seeded from a shipped profile
// with the catalogue's capability names, and the demo workspace at demoPath.
class SqliteWorkspaceFiles final : public WorkspaceFiles
{
public:
    // The catalogue is not owned and must outlive this object.
    SqliteWorkspaceFiles(const CatalogueStore *catalogue, QString demoPath);

    std::vector<RequirementProfile> profiles() const override;
    WorkspaceOpening
    create(const QString &path, const WorkspaceInfo &info, const QString &profileSlug) override;
    WorkspaceOpening open(const QString &path, bool openAnyway) override;
    WorkspaceOpening openDemo(bool openAnyway) override;
    QString demoPath() const override { return m_demoPath; }

    static WorkspaceOpening opening(OpenedWorkspace opened);

private:
    const CatalogueStore *m_catalogue;
    QString m_demoPath;
};

} // namespace sa
