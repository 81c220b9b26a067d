#include "cataloguestore.h"

namespace sa {

CatalogueStore::~CatalogueStore() = default;

} // namespace sa
