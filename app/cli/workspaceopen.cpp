// Opening a workspace for any command that names one.
#include "cli.h"
#include "store/workspacefile.h"

namespace sa::cli {

std::unique_ptr<SqliteWorkspaceStore>
openWorkspaceFile(Context &ctx, const QString &path, bool takeLock, int *exitCode)
{
    WorkspaceOpenOptions options;
    options.lock = takeLock;
    OpenedWorkspace opened = openWorkspace(path, options);
    for (const QString &w : std::as_const(opened.warnings))
        ctx.err << "stackatlas-cli: warning: " << w << '\n';
    if (!opened.ok()) {
        ctx.err << "stackatlas-cli: " << opened.message << '\n';
        *exitCode = opened.error().kind == Error::Kind::BadInput ? BadInput : IoError;
        return nullptr;
    }
    return std::move(opened.store);
}

std::unique_ptr<SqliteWorkspaceStore>
openWorkspaceArgument(Context &ctx, const char *usage, int *exitCode)
{
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(u"-")) {
        ctx.err << usage;
        *exitCode = Usage;
        return nullptr;
    }
    return openWorkspaceFile(ctx, ctx.args.first(), false, exitCode);
}

} // namespace sa::cli
