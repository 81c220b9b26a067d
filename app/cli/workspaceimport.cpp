// import: a finance or IT export (CSV or XLSX) into a workspace, in one transaction.
#include "cli.h"
#include "io/inventoryfile.h"
#include "io/inventoryjson.h"
#include "io/inventorystores.h"
#include "store/sqlitecataloguestore.h"
#include "store/sqliteworkspacestore.h"

#include <QJsonObject>

namespace sa::cli {

namespace {

const QString usage = QStringLiteral(
    "stackatlas-cli import FILE --into WORKSPACE [--map \"Header=field\"]... [--as requirements]\n"
    "      [--accept-suggestions] [--dates us|eu] [--sheet NAME] [--dry-run] [--json]");

struct ImportArguments
{
    QString file;
    QString workspace;
    InventoryOptions options;
    bool acceptSuggestions = false;
    bool dryRun = false;
    bool json = false;
};

// The arguments, or nullopt with the reason printed (exit code 1).
std::optional<ImportArguments> parse(Context &ctx)
{
    ImportArguments a;
    a.json = takeFlag(ctx.args, QStringLiteral("--json"));
    a.dryRun = takeFlag(ctx.args, QStringLiteral("--dry-run"));
    a.acceptSuggestions = takeFlag(ctx.args, QStringLiteral("--accept-suggestions"));
    bool missing = false;
    a.options.mappings = takeRepeatedOption(ctx.args, QStringLiteral("--map"), &missing);
    QString mode, dates;
    takeOption(ctx.args, QStringLiteral("--into"), &a.workspace, &missing);
    takeOption(ctx.args, QStringLiteral("--as"), &mode, &missing);
    takeOption(ctx.args, QStringLiteral("--dates"), &dates, &missing);
    takeOption(ctx.args, QStringLiteral("--sheet"), &a.options.xlsx.sheet, &missing);
    const auto refuse = [&ctx](const QString &why) {
        if (!why.isEmpty())
            ctx.err << "stackatlas-cli: " << why << '\n';
        ctx.err << "usage: " << usage << '\n';
        return std::nullopt;
    };
    if (missing || ctx.args.size() != 1 || ctx.args.first().startsWith(u"--"))
        return refuse(QString());
    a.file = ctx.args.first();
    if (a.workspace.isEmpty())
        return refuse(QStringLiteral("import needs the workspace to import into (--into FILE)"));
    if (mode == u"requirements")
        a.options.mode = InventoryMode::Requirements;
    else if (!mode.isEmpty() && mode != u"tools")
        return refuse(u"--as takes tools or requirements, not '" + mode + u'\'');
    if (dates == u"us")
        a.options.dateOrder = DateOrder::MonthFirst;
    else if (dates == u"eu")
        a.options.dateOrder = DateOrder::DayFirst;
    else if (!dates.isEmpty())
        return refuse(u"--dates takes us (month/day) or eu (day/month), not '" + dates + u'\'');
    if (!a.options.xlsx.sheet.isEmpty() && InventoryFile::detect(a.file) != InventoryFileKind::Xlsx)
        return refuse(u"--sheet is for workbooks; " + a.file + u" is read as CSV");
    return a;
}

QString percent(double confidence)
{
    return QString::number(qRound(confidence * 100)) + u'%';
}

void printSummary(Context &ctx,
                  const ImportArguments &a,
                  const InventoryPreview &preview,
                  const InventoryOutcome &outcome)
{
    const auto row = [&ctx](const char *label, const QString &value) {
        ctx.out << "  " << QString::fromLatin1(label).leftJustified(20) << value << '\n';
    };
    const auto listed = [](qsizetype n, const QStringList &names) -> QString {
        return names.isEmpty() ? QString::number(n)
                               : QString::number(n) + u": " + names.join(u", ");
    };
    const bool tools = preview.mode == InventoryMode::Tools;
    const qsizetype n
        = qsizetype(tools ? outcome.import.tools.size() : outcome.import.requirements.size());
    const QString what = QString::fromLatin1(tools ? (n == 1 ? "tool" : "tools")
                                                   : (n == 1 ? "requirement" : "requirements"));
    if (a.dryRun)
        ctx.out << "dry run: " << a.file << " would add " << n << ' ' << what << " to "
                << a.workspace << "; nothing was written\n";
    else
        ctx.out << "imported " << n << ' ' << what << " from " << a.file << " into " << a.workspace
                << '\n';
    row("rows", QString::number(preview.dataRows));
    if (tools) {
        row("matched", QString::number(outcome.matched.size()));
        row("custom", listed(outcome.unmatched.size(), outcome.unmatched));
        if (!outcome.unconfirmed.empty()) {
            QStringList suggestions;
            for (const int r : outcome.unconfirmed) {
                const InventoryRow &tool = preview.rows[size_t(r)];
                const MatchCandidate &best = tool.match.candidates.front();
                suggestions << tool.tool.name + u" (" + best.productSlug + u' '
                                   + percent(best.confidence) + u')';
            }
            row("not confirmed", listed(qsizetype(suggestions.size()), suggestions));
            ctx.out << "  " << QString().leftJustified(20)
                    << "imported as custom tools; --accept-suggestions takes the products\n";
        }
        row("integrations", QString::number(outcome.import.integrations.size()));
    }
    if (!outcome.localCapabilities.isEmpty())
        row("local capabilities",
            listed(outcome.localCapabilities.size(), outcome.localCapabilities));
}

} // namespace

int workspaceImport(Context &ctx)
{
    const std::optional<ImportArguments> parsed = parse(ctx);
    if (!parsed)
        return Usage;
    const ImportArguments &a = *parsed;
    int code = Ok;
    const auto workspace = openWorkspaceFile(ctx, a.workspace, true, &code);
    if (!workspace)
        return code;
    const auto catalogue = openStore(ctx, &code);
    if (!catalogue)
        return code;

    const InventoryImporter importer = InventoryStores::importer(*catalogue, *workspace);
    const InventoryPreview preview = importer.preview(a.file, a.options);
    for (const QString &line : preview.messages)
        ctx.err << line << '\n';
    const auto nothing = [&ctx](Error::Kind kind) {
        ctx.err << "stackatlas-cli: nothing was imported\n";
        return kind == Error::Kind::Io ? IoError : BadInput;
    };
    if (!preview.ok())
        return nothing(preview.errorKind);
    InventoryDecisions decisions;
    decisions.acceptSuggestions = a.acceptSuggestions;
    const InventoryOutcome outcome = importer.buildImport(preview, decisions);
    for (const QString &line : outcome.errors)
        ctx.err << line << '\n';
    if (!outcome.ok())
        return nothing(Error::Kind::BadInput);
    if (!a.dryRun) {
        if (const Expected<WorkspaceImportResult> applied = workspace->applyImport(outcome.import);
            !applied) {
            ctx.err << a.workspace << ": " << applied.error().message << '\n';
            return nothing(applied.error().kind);
        }
    }
    if (a.json) {
        QJsonObject summary = InventoryJson::summary(preview, outcome);
        summary.insert(QStringLiteral("workspace"), a.workspace);
        summary.insert(QStringLiteral("dry_run"), a.dryRun);
        printJson(ctx, QJsonDocument(summary));
    } else {
        printSummary(ctx, a, preview, outcome);
    }
    return Ok;
}

} // namespace sa::cli
