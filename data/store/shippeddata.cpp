#include "shippeddata.h"

namespace sa {

QString shippedCatalogueDir()
{
    const QString overridden = qEnvironmentVariable("STACKATLAS_SHIPPED_CATALOGUE");
    return overridden.isEmpty() ? QStringLiteral(":/catalogue") : overridden;
}

QString migrationsDir()
{
    return QStringLiteral(":/migrations");
}

} // namespace sa
