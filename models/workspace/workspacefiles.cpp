#include "workspacefiles.h"

namespace sa {

WorkspaceFiles::~WorkspaceFiles() = default;

} // namespace sa
