#pragma once

#include <QtGlobal>

namespace sa {

// Row ids of the catalogue. Slugs are the stable identity across catalogues and
// workspaces; ids are only meaningful inside one store.
using CategoryId = qint64;
using CapabilityId = qint64;
using VendorId = qint64;
using ProductId = qint64;

} // namespace sa
