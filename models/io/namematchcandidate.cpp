#include "namematchcandidate.h"

namespace sa {

QString matchReasonName(MatchReason reason)
{
    switch (reason) {
    case MatchReason::ExactName:
        return QStringLiteral("exact name");
    case MatchReason::ExactAlias:
        return QStringLiteral("exact alias");
    case MatchReason::Normalised:
        return QStringLiteral("normalised");
    case MatchReason::VendorProduct:
        return QStringLiteral("vendor+product");
    case MatchReason::Fuzzy:
        return QStringLiteral("fuzzy");
    case MatchReason::VendorOnly:
        return QStringLiteral("vendor only");
    }
    return {};
}

} // namespace sa
