#include "shippedprofiles.h"

namespace sa {

QString shippedProfilesDir()
{
    const QString overridden = qEnvironmentVariable("STACKATLAS_SHIPPED_PROFILES");
    return overridden.isEmpty() ? QStringLiteral(":/profiles") : overridden;
}

RequirementProfileReadResult readShippedProfiles()
{
    return readRequirementProfileFolder(shippedProfilesDir());
}

} // namespace sa
