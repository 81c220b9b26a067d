#pragma once

#include "domain/origin.h"

#include <QString>

namespace sa {

// Facts about the catalogue's SQLite schema that the code must agree on with the
// migrations in data/migrations/catalogue.
struct CatalogueSchema
{
    // PRAGMA application_id of every catalogue file ('SAct'); 001_base.sql sets it.
    static constexpr qint32 applicationId = 0x53416374;
    // The catalogue_meta key holding the fingerprint of the shipped content merged in.
    static QString shippedFingerprintKey();
    static QString migrationsFolder();

    static QString originText(Origin origin); // "shipped" or "user"
    static Origin originFromText(QStringView text);
};

} // namespace sa
