#include "demoworkspace.h"

#include "catalogue/cataloguestore.h"
#include "io/inventoryimporter.h"
#include "shippedprofiles.h"
#include "workspace/profileseed.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace sa {

namespace DemoWorkspace {

namespace {

const QString inventorySample = QStringLiteral(":/samples/northbeam-inventory.csv");
const QString requirementsSample = QStringLiteral(":/samples/requirements.csv");

// One import's outcome, or its first problem.
Expected<WorkspaceImport>
importSample(const InventoryImporter &importer, const QString &resource, InventoryMode mode)
{
    InventoryOptions options;
    options.mode = mode;
    options.displayName = QFileInfo(resource).fileName();
    const InventoryPreview preview = importer.preview(resource, options);
    if (!preview.ok())
        return Error{preview.errorKind, u"the demo sample " + preview.errors.first()};
    InventoryDecisions decisions;
    decisions.acceptSuggestions = true;
    InventoryOutcome outcome = importer.buildImport(preview, decisions);
    if (!outcome.ok())
        return Error::badInput(u"the demo sample " + outcome.errors.first());
    return std::move(outcome.import);
}

// Capabilities once each, the first copy kept.
void addCapabilities(std::vector<Capability> *into, const std::vector<Capability> &from)
{
    QSet<QString> seen;
    for (const Capability &c : *into)
        seen.insert(c.slug);
    for (const Capability &c : from) {
        if (!seen.contains(c.slug)) {
            seen.insert(c.slug);
            into->push_back(c);
        }
    }
}

// The profile's requirements, each replaced by the sample's for the same capability and
// followed by the sample's others.
std::vector<Requirement> mergeRequirements(std::vector<Requirement> base,
                                           const std::vector<Requirement> &over)
{
    for (const Requirement &r : over) {
        auto same = std::find_if(base.begin(), base.end(), [&](const Requirement &b) {
            return b.capabilitySlug == r.capabilitySlug;
        });
        if (same != base.end())
            *same = r;
        else
            base.push_back(r);
    }
    return base;
}

} // namespace

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/demo/northbeam-demo.stackatlas";
}

WorkspaceInfo info()
{
    WorkspaceInfo info;
    info.company = QStringLiteral("Northbeam");
    info.preparedBy = QStringLiteral("Mo Adeyemi");
    info.currency = QStringLiteral("USD");
    info.profile = QString::fromUtf16(profileSlug);
    return info;
}

Expected<WorkspaceImport> content(const CatalogueStore &catalogue)
{
    const RequirementProfileReadResult profiles = readShippedProfiles();
    const RequirementProfile *profile
        = findRequirementProfile(profiles.profiles, QString::fromUtf16(profileSlug));
    if (!profiles.errors.isEmpty() || !profile)
        return Error::io(QStringLiteral("the requirement profile for the demo cannot be read"));
    const ProfileSeed seed = seedFromProfile(*profile, &catalogue);

    const InventoryImporter importer(catalogue.allProducts(),
                                     catalogue.capabilities(),
                                     {},
                                     info().currency,
                                     catalogue.categories());
    Expected<WorkspaceImport> tools = importSample(importer, inventorySample, InventoryMode::Tools);
    if (!tools)
        return tools;
    const Expected<WorkspaceImport> requirements
        = importSample(importer, requirementsSample, InventoryMode::Requirements);
    if (!requirements)
        return requirements;

    WorkspaceImport demo = std::move(*tools);
    addCapabilities(&demo.capabilities, seed.import.capabilities);
    addCapabilities(&demo.capabilities, requirements->capabilities);
    demo.requirements = mergeRequirements(seed.import.requirements, requirements->requirements);
    return demo;
}

OpenedWorkspace create(const QString &path, const CatalogueStore &catalogue)
{
    const Expected<WorkspaceImport> demo = content(catalogue);
    if (!demo) {
        OpenedWorkspace failed;
        failed.problem = demo.error().kind == Error::Kind::Io ? WorkspaceProblem::Io
                                                              : WorkspaceProblem::BadInput;
        failed.message = u"cannot build the demo workspace: " + demo.error().message;
        return failed;
    }
    return createWorkspace(path, info(), *demo);
}

OpenedWorkspace
open(const QString &path, const CatalogueStore &catalogue, const WorkspaceOpenOptions &options)
{
    if (!QFileInfo::exists(path))
        return create(path, catalogue);
    OpenedWorkspace opened = openWorkspace(path, options);
    const bool rebuild = opened.problem == WorkspaceProblem::NotWorkspace
                         || opened.problem == WorkspaceProblem::TooNew;
    if (!rebuild || !QFile::remove(path))
        return opened;
    return create(path, catalogue);
}

} // namespace DemoWorkspace

} // namespace sa
