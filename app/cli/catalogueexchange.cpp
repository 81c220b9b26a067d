// catalogue import and catalogue export: products in and out of CSV.
#include "cli.h"
#include "io/cataloguecsv.h"
#include "store/sqlitecataloguestore.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace sa::cli {

int catalogueImport(Context &ctx)
{
    const QString usage = QStringLiteral("stackatlas-cli catalogue import FILE.csv [--map "
                                         "\"Header=field\"]... [--dry-run] [--json]");
    const bool json = takeFlag(ctx.args, QStringLiteral("--json"));
    const bool dryRun = takeFlag(ctx.args, QStringLiteral("--dry-run"));
    bool missing = false;
    const QStringList mappings = takeRepeatedOption(ctx.args, QStringLiteral("--map"), &missing);
    if (missing || ctx.args.size() != 1 || ctx.args.first().startsWith(u"--")) {
        ctx.err << "usage: " << usage << '\n';
        return Usage;
    }
    int code = Ok;
    const auto store = openStore(ctx, &code);
    if (!store)
        return code;

    const CatalogueCsv csv(store->categories(), store->capabilities());
    const CatalogueCsvImport read = csv.readFile(ctx.args.first(), mappings);
    for (const QString &line : read.infos + read.warnings + read.errors)
        ctx.err << line << '\n';
    if (!read.ok()) {
        ctx.err << "stackatlas-cli: nothing was imported\n";
        return read.errorKind == Error::Kind::Io ? IoError : BadInput;
    }
    ImportSummary summary;
    if (!dryRun) {
        const Expected<ImportSummary> imported = store->importProducts(read.products, {});
        if (!imported) {
            ctx.err << imported.error().message << "\nstackatlas-cli: nothing was imported\n";
            return imported.error().kind == Error::Kind::Io ? IoError : BadInput;
        }
        summary = *imported;
        for (const QString &w : std::as_const(summary.warnings))
            ctx.err << w << '\n';
    }
    if (json) {
        printJson(ctx,
                  QJsonDocument(QJsonObject{{QStringLiteral("products"), int(read.products.size())},
                                            {QStringLiteral("added"), summary.added},
                                            {QStringLiteral("updated"), summary.updated},
                                            {QStringLiteral("warnings"),
                                             int(read.warnings.size() + summary.warnings.size())},
                                            {QStringLiteral("dry_run"), dryRun}}));
        return Ok;
    }
    if (dryRun)
        ctx.out << "dry run: " << read.products.size() << " products read, nothing imported\n";
    else
        ctx.out << "imported " << read.products.size() << " products (" << summary.added
                << " added, " << summary.updated << " updated)\n";
    return Ok;
}

int catalogueExport(Context &ctx)
{
    const QString usage = QStringLiteral("stackatlas-cli catalogue export [-o FILE.csv]");
    QString outPath;
    bool missing = false;
    if (!takeOption(ctx.args, QStringLiteral("-o"), &outPath, &missing))
        takeOption(ctx.args, QStringLiteral("--output"), &outPath, &missing);
    if (missing) {
        ctx.err << "usage: " << usage << '\n';
        return Usage;
    }
    if (rejectExtraArguments(ctx, usage))
        return Usage;
    int code = Ok;
    const auto store = openStore(ctx, &code);
    if (!store)
        return code;
    const QByteArray bytes = CatalogueCsv::write(store->allProducts(), store->vendors());
    if (outPath.isEmpty() || outPath == u"-")
        return writeToStdout(ctx, bytes);
    QSaveFile out(outPath); // a failed export never leaves half a file behind
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        ctx.err << outPath << ": cannot write: " << out.errorString() << '\n';
        return IoError;
    }
    return Ok;
}

} // namespace sa::cli
