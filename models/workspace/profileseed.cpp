#include "profileseed.h"

#include "catalogue/cataloguestore.h"

#include <QHash>

namespace sa {

ProfileSeed seedFromProfile(const RequirementProfile &profile, const CatalogueStore *catalogue)
{
    ProfileSeed seed;
    seed.import.requirements = profile.requirements;
    if (!catalogue)
        return seed;
    QHash<QString, Capability> bySlug;
    for (Capability &c : catalogue->capabilities())
        bySlug.insert(c.slug, std::move(c));
    for (const Requirement &r : profile.requirements) {
        const auto it = bySlug.constFind(r.capabilitySlug);
        if (it == bySlug.constEnd()) {
            seed.unknownCapabilities << r.capabilitySlug;
            continue;
        }
        Capability snapshot = *it;
        snapshot.id = 0; // catalogue ids mean nothing in the workspace
        snapshot.categoryId = 0;
        snapshot.origin = Origin::Shipped; // a copy of the catalogue's, not a local one
        seed.import.capabilities.push_back(std::move(snapshot));
    }
    return seed;
}

} // namespace sa
