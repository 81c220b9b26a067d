// stackatlas-cli: parses the command words and global options, then hands over to the
// command's function. Everything else lives in the libraries.
#include "cli.h"

#include <QCoreApplication>

#include <functional>

using namespace sa::cli;

namespace {

struct Command
{
    QStringList words;
    std::function<int(Context &)> run;
    const char *synopsis;
};

const std::vector<Command> &commands()
{
    const auto words = [](const char *a, const char *b) {
        return QStringList{QLatin1String(a), QLatin1String(b)};
    };
    static const std::vector<Command> all{
        {words("catalogue", "stats"),
         catalogueStats,
         "catalogue stats [--json]                      counts of the catalogue's contents"},
        {words("catalogue", "search"),
         catalogueSearch,
         "catalogue search QUERY [--limit N] [--json]   search products as the browser does\n"
         "      [--category SLUG] [--capability SLUG] [--segment smb|mid-market|enterprise]"},
        {words("catalogue", "import"),
         catalogueImport,
         "catalogue import FILE.csv [--map \"Header=field\"]... [--dry-run] [--json]\n"
         "                                                add or update products from CSV"},
        {words("catalogue", "export"),
         catalogueExport,
         "catalogue export [-o FILE.csv]                every product as CSV (stdout by default)"},
        {words("catalogue", "rebuild"),
         catalogueRebuild,
         "catalogue rebuild                             set the catalogue aside, rebuild it"},
        {words("catalogue", "push"),
         cataloguePush,
         "catalogue push --to URL                       copy this catalogue into a team catalogue\n"
         "                                                on a server "
         "(postgresql://USER@HOST:PORT/DB)"},
        {words("catalogue", "pull"),
         cataloguePull,
         "catalogue pull --from URL                     copy a team catalogue into this one"},
        {words("catalogue", "check"),
         catalogueCheck,
         "catalogue check DIR                           check a folder in the shipped format"},
        {words("workspace", "new"),
         workspaceNew,
         "workspace new FILE [--name COMPANY] [--prepared-by NAME] [--profile PROFILE]\n"
         "      [--currency CODE]                       a new workspace, requirements from a "
         "profile"},
        {words("workspace", "info"),
         workspaceInfo,
         "workspace info FILE [--json]                  company, currency, tools, cost, "
         "requirements"},
        {QStringList{QStringLiteral("import")},
         workspaceImport,
         "import FILE --into WORKSPACE [--map \"Header=field\"]... [--as requirements]\n"
         "      [--accept-suggestions] [--dates us|eu] [--sheet NAME] [--dry-run] [--json]\n"
         "                                                tools (or requirements) from CSV or "
         "XLSX"},
        {QStringList{QStringLiteral("export")},
         workspaceExport,
         "export WORKSPACE --csv OUT.csv|- | --xlsx OUT.xlsx\n"
         "                                                the inventory, as import reads it"},
        {QStringList{QStringLiteral("analyze")},
         analyze,
         "analyze FILE [--json] [--threshold N]         overlaps, redundant spend, gaps, "
         "shelfware,\n"
         "                                                silos, single points of failure"},
        {QStringList{QStringLiteral("compare")},
         compare,
         "compare FILE PRODUCT... [--weights coverage=W,integration=W,cost=W,overlap=W]\n"
         "      [--segment SEGMENT] [--json]            score 2 to 6 products against the "
         "workspace\n"
         "  compare FILE --fill CAPABILITY [--limit N] [--weights ...] [--json]\n"
         "                                                rank the products that fill a gap"},
        {QStringList{QStringLiteral("plan")},
         plan,
         "plan FILE [--budget N] [--keep A,B] [--exclude X] [--horizon-months N]\n"
         "      [--start YYYY-MM-DD] [--max-vendors N] [--require-hub] [--time-limit S]\n"
         "      [--json] [--save-as NAME] [--leave-out-uncoverable]\n"
         "                                                what to retire, keep and add, dated,\n"
         "                                                with savings (optimizer and greedy)"},
        {QStringList{QStringLiteral("calendar")},
         calendar,
         "calendar FILE -o OUT.ics [--start YYYY-MM-DD] notice deadlines and renewals as an\n"
         "                                                iCalendar file, with reminders"},
        {QStringList{QStringLiteral("report")},
         report,
         "report FILE -o OUT.pdf [--scenario NAME]      the PDF stack review, as the GUI's\n"
         "                                                File > Export Report makes it"},
    };
    return all;
}

void printUsage(QTextStream &s)
{
    s << "usage: stackatlas-cli [--catalogue PATH] COMMAND ...\n\n"
         "--catalogue PATH  the catalogue file (default: the per-user catalogue), or a team\n"
         "                  catalogue: postgresql://USER@HOST:PORT/DATABASE (password in "
         "~/.pgpass)\n"
         "\ncommands:\n";
    for (const Command &c : commands())
        s << "  " << c.synopsis << '\n';
    s << "\nexit codes: 0 done, 1 usage, 2 bad input, 3 I/O or database error\n";
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StackAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("StackAtlas"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.contains(u"--help") || args.contains(u"-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? Usage : Ok;
    }
    Context ctx{{}, {}, out, err};
    bool missing = false;
    takeOption(args, QStringLiteral("--catalogue"), &ctx.cataloguePath, &missing);
    if (missing) {
        err << "stackatlas-cli: --catalogue needs a path\n";
        return Usage;
    }
    for (const Command &c : commands()) {
        if (args.mid(0, c.words.size()) == c.words) {
            ctx.args = args.mid(c.words.size());
            return c.run(ctx);
        }
    }
    err << "stackatlas-cli: unknown command '" << args.join(u' ') << "'\n";
    printUsage(err);
    return Usage;
}
