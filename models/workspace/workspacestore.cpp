#include "workspacestore.h"

namespace sa {

WorkspaceStore::~WorkspaceStore() = default;

} // namespace sa
