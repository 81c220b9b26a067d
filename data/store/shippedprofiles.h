#pragma once

#include "workspace/requirementprofile.h"

namespace sa {

// The requirement profiles compiled into the binary (data/profiles, at ":/profiles").
// STACKATLAS_SHIPPED_PROFILES=DIR reads a folder in the same format instead, as
// STACKATLAS_SHIPPED_CATALOGUE does for the catalogue: tests use fixture profiles that
// match a fixture catalogue this way.
QString shippedProfilesDir();
RequirementProfileReadResult readShippedProfiles();

} // namespace sa
