// workspace new: a workspace file with its details and, from a profile, its requirements.
#include "cli.h"
#include "store/shippedprofiles.h"
#include "store/sqlitecataloguestore.h"
#include "store/workspacefile.h"
#include "workspace/profileseed.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sa::cli {

namespace {

const QString usage = QStringLiteral(
    "stackatlas-cli workspace new FILE [--name COMPANY] [--prepared-by NAME] [--profile PROFILE] "
    "[--currency CODE]");

// The profile named by slug or name; nullptr with the list of profiles printed.
const RequirementProfile *
pickProfile(Context &ctx, const RequirementProfileReadResult &shipped, const QString &key)
{
    if (const RequirementProfile *p = findRequirementProfile(shipped.profiles, key))
        return p;
    ctx.err << "stackatlas-cli: unknown profile '" << key << "'; the profiles are:\n";
    for (const RequirementProfile &p : shipped.profiles)
        ctx.err << "  " << p.slug.leftJustified(24) << p.name << '\n';
    return nullptr;
}

} // namespace

int workspaceNew(Context &ctx)
{
    QString company, preparedBy, profileKey, currency = QStringLiteral("USD");
    bool missing = false;
    takeOption(ctx.args, QStringLiteral("--name"), &company, &missing);
    takeOption(ctx.args, QStringLiteral("--prepared-by"), &preparedBy, &missing);
    takeOption(ctx.args, QStringLiteral("--profile"), &profileKey, &missing);
    takeOption(ctx.args, QStringLiteral("--currency"), &currency, &missing);
    if (missing || ctx.args.size() != 1 || ctx.args.first().startsWith(u"--")) {
        ctx.err << "usage: " << usage << '\n';
        return Usage;
    }
    const QString path = ctx.args.first();
    currency = currency.trimmed().toUpper();
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(currency).hasMatch()) {
        ctx.err << "stackatlas-cli: '" << currency
                << "' is not a currency code (three letters, ISO 4217, e.g. EUR)\n";
        return Usage;
    }

    WorkspaceInfo info;
    info.company = company;
    info.preparedBy = preparedBy;
    info.currency = currency;
    ProfileSeed seed;
    const RequirementProfile *profile = nullptr;
    const RequirementProfileReadResult shipped
        = profileKey.isEmpty() ? RequirementProfileReadResult() : readShippedProfiles();
    if (!profileKey.isEmpty()) {
        if (!shipped.errors.isEmpty()) {
            ctx.err << "stackatlas-cli: the requirement profiles shipped with StackAtlas have "
                       "errors; the first is: "
                    << shipped.errors.first() << '\n';
            return IoError;
        }
        profile = pickProfile(ctx, shipped, profileKey);
        if (!profile)
            return Usage;
        info.profile = profile->slug;
        // The catalogue names the required capabilities; a file that is already there is
        // refused below without opening it.
        if (!QFileInfo::exists(path)) {
            int exitCode = Ok;
            const auto catalogue = openStore(ctx, &exitCode);
            if (!catalogue)
                return exitCode;
            seed = seedFromProfile(*profile, catalogue.get());
        }
    }

    const OpenedWorkspace created = createWorkspace(path, info, seed.import);
    if (!created.ok()) {
        ctx.err << "stackatlas-cli: " << created.message << '\n';
        return created.error().kind == Error::Kind::BadInput ? BadInput : IoError;
    }
    for (const QString &slug : std::as_const(seed.unknownCapabilities))
        ctx.err << "stackatlas-cli: warning: the catalogue has no capability '" << slug
                << "'; the requirement is kept under its slug\n";
    ctx.out << "created " << path << '\n';
    if (!company.isEmpty())
        ctx.out << "  company       " << company << '\n';
    ctx.out << "  currency      " << currency << '\n';
    if (profile)
        ctx.out << "  requirements  " << profile->requirements.size() << " from the profile "
                << profile->name << '\n';
    return Ok;
}

} // namespace sa::cli
