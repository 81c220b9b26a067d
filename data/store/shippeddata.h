#pragma once

#include <QString>

namespace sa {

// Where the data compiled into the binary lives (":/catalogue", ":/migrations", ...).
// STACKATLAS_SHIPPED_CATALOGUE=DIR replaces the shipped catalogue with a folder in the
// same format: tests use small fixture catalogues this way, and packagers can ship a
// curated one without rebuilding.
QString shippedCatalogueDir();
QString migrationsDir();

} // namespace sa
