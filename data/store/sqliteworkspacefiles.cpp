#include "sqliteworkspacefiles.h"

#include "demoworkspace.h"
#include "shippedprofiles.h"
#include "workspace/profileseed.h"

#include <QDir>
#include <QFileInfo>

namespace sa {

SqliteWorkspaceFiles::SqliteWorkspaceFiles(const CatalogueStore *catalogue, QString demoPath)
    : m_catalogue(catalogue)
    , m_demoPath(std::move(demoPath))
{
}

WorkspaceOpening SqliteWorkspaceFiles::opening(OpenedWorkspace opened)
{
    WorkspaceOpening out;
    out.store = std::move(opened.store);
    out.message = std::move(opened.message);
    out.inUse = opened.canOpenAnyway();
    out.warnings = std::move(opened.warnings);
    return out;
}

std::vector<RequirementProfile> SqliteWorkspaceFiles::profiles() const
{
    RequirementProfileReadResult read = readShippedProfiles();
    if (!read.errors.isEmpty())
        return {}; // a build problem; a new workspace then starts without requirements
    return std::move(read.profiles);
}

WorkspaceOpening SqliteWorkspaceFiles::create(const QString &path,
                                              const WorkspaceInfo &info,
                                              const QString &profileSlug)
{
    WorkspaceInfo details = info;
    ProfileSeed seed;
    if (!profileSlug.isEmpty()) {
        const std::vector<RequirementProfile> all = profiles();
        const RequirementProfile *profile = findRequirementProfile(all, profileSlug);
        if (!profile) {
            WorkspaceOpening failed;
            failed.message = u"cannot create the workspace " + path + u": there is no profile '"
                             + profileSlug + u"'";
            return failed;
        }
        details.profile = profile->slug;
        seed = seedFromProfile(*profile, m_catalogue);
    }
    WorkspaceOpening created = opening(createWorkspace(path, details, seed.import));
    for (const QString &slug : std::as_const(seed.unknownCapabilities))
        created.warnings << u"the catalogue has no capability '" + slug
                                + u"'; the requirement is kept under its slug";
    return created;
}

WorkspaceOpening SqliteWorkspaceFiles::open(const QString &path, bool openAnyway)
{
    WorkspaceOpenOptions options;
    options.openAnyway = openAnyway;
    return opening(openWorkspace(path, options));
}

WorkspaceOpening SqliteWorkspaceFiles::openDemo(bool openAnyway)
{
    QDir().mkpath(QFileInfo(m_demoPath).absolutePath());
    WorkspaceOpenOptions options;
    options.openAnyway = openAnyway;
    return opening(DemoWorkspace::open(m_demoPath, *m_catalogue, options));
}

} // namespace sa
