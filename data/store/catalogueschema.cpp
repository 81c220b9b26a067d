#include "catalogueschema.h"

#include "shippeddata.h"

namespace sa {

QString CatalogueSchema::shippedFingerprintKey()
{
    return QStringLiteral("shipped_fingerprint");
}

QString CatalogueSchema::migrationsFolder()
{
    return migrationsDir() + u"/catalogue";
}

QString CatalogueSchema::originText(Origin origin)
{
    return origin == Origin::Shipped ? QStringLiteral("shipped") : QStringLiteral("user");
}

Origin CatalogueSchema::originFromText(QStringView text)
{
    return text == u"shipped" ? Origin::Shipped : Origin::User;
}

} // namespace sa
