// export: a workspace's inventory as CSV or XLSX that import reads back.
#include "cli.h"
#include "io/inventorystores.h"
#include "store/sqlitecataloguestore.h"
#include "store/sqliteworkspacestore.h"

namespace sa::cli {

namespace {

const QString usage
    = QStringLiteral("stackatlas-cli export WORKSPACE --csv OUT.csv|- | --xlsx OUT.xlsx");

// Category names from the catalogue; without one (damaged, unreadable) the export writes
// slugs, which import reads back just as well.
std::vector<Category> categoryNames(Context &ctx)
{
    QString discarded;
    QTextStream quiet(&discarded);
    Context probe{{}, ctx.cataloguePath, quiet, quiet};
    int code = Ok;
    if (const auto catalogue = openStore(probe, &code))
        return catalogue->categories();
    ctx.err << "stackatlas-cli: warning: the catalogue cannot be opened; categories are written "
               "as slugs\n";
    return {};
}

} // namespace

int workspaceExport(Context &ctx)
{
    QString csv, xlsx;
    bool missing = false;
    const bool toCsv = takeOption(ctx.args, QStringLiteral("--csv"), &csv, &missing);
    const bool toXlsx = takeOption(ctx.args, QStringLiteral("--xlsx"), &xlsx, &missing);
    if (missing || toCsv == toXlsx || ctx.args.size() != 1 || ctx.args.first().startsWith(u"--")
        || (toXlsx && xlsx == u"-")) {
        if (toXlsx && xlsx == u"-")
            ctx.err << "stackatlas-cli: an XLSX export needs a file name, not standard output\n";
        ctx.err << "usage: " << usage << '\n';
        return Usage;
    }
    int code = Ok;
    // Reading only: another window may have the workspace open.
    const auto workspace = openWorkspaceFile(ctx, ctx.args.first(), false, &code);
    if (!workspace)
        return code;
    const InventoryExport inventory(InventoryStores::exportData(*workspace, categoryNames(ctx)));
    if (toXlsx) {
        if (const Status saved = inventory.saveXlsx(xlsx); !saved) {
            ctx.err << "stackatlas-cli: " << saved.error().message << '\n';
            return IoError;
        }
        return Ok;
    }
    if (csv == u"-")
        return writeToStdout(ctx, inventory.csv());
    if (const Status saved = inventory.saveCsv(csv); !saved) {
        ctx.err << "stackatlas-cli: " << saved.error().message << '\n';
        return IoError;
    }
    return Ok;
}

} // namespace sa::cli
