#include "cli.h"
#include "store/cataloguefile.h"
#include "store/postgrescataloguestore.h"

#include <QFile>

namespace sa::cli {

std::unique_ptr<CatalogueStore> openStore(Context &ctx, int *exitCode)
{
    return openStoreAt(
        ctx, ctx.cataloguePath.isEmpty() ? defaultCataloguePath() : ctx.cataloguePath, exitCode);
}

std::unique_ptr<CatalogueStore> openStoreAt(Context &ctx, const QString &path, int *exitCode)
{
    if (PostgresUrl::isPostgresUrl(path)) {
        const Expected<PostgresUrl> url = PostgresUrl::parse(path);
        if (!url) {
            ctx.err << "stackatlas-cli: " << url.error().message << '\n';
            *exitCode = Usage;
            return nullptr;
        }
        Expected<std::unique_ptr<PostgresCatalogueStore>> opened
            = PostgresCatalogueStore::open(*url);
        if (!opened) {
            ctx.err << "stackatlas-cli: " << opened.error().message << '\n';
            *exitCode = IoError;
            return nullptr;
        }
        return std::move(*opened);
    }
    OpenedCatalogue opened = openCatalogue(path);
    for (const QString &w : std::as_const(opened.warnings))
        ctx.err << "stackatlas-cli: warning: " << w << '\n';
    if (!opened.ok()) {
        ctx.err << "stackatlas-cli: " << opened.message << '\n';
        if (opened.canRebuild())
            ctx.err << "stackatlas-cli: to set it aside and rebuild it from the shipped data, run: "
                       "stackatlas-cli --catalogue '"
                    << path << "' catalogue rebuild\n";
        *exitCode = IoError;
        return nullptr;
    }
    return std::move(opened.store);
}

bool rejectExtraArguments(Context &ctx, const QString &usage)
{
    if (ctx.args.isEmpty())
        return false;
    ctx.err << "stackatlas-cli: unexpected argument '" << ctx.args.first() << "'\nusage: " << usage
            << '\n';
    return true;
}

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int writeToStdout(Context &ctx, const QByteArray &bytes)
{
    ctx.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        ctx.err << "stackatlas-cli: cannot write to standard output\n";
        return IoError;
    }
    return Ok;
}

int catalogueRebuild(Context &ctx)
{
    if (rejectExtraArguments(ctx,
                             QStringLiteral("stackatlas-cli [--catalogue PATH] catalogue rebuild")))
        return Usage;
    const QString path = ctx.cataloguePath.isEmpty() ? defaultCataloguePath() : ctx.cataloguePath;
    if (PostgresUrl::isPostgresUrl(path)) {
        ctx.err << "stackatlas-cli: catalogue rebuild works on a catalogue file, not on a team "
                   "catalogue on a server\n";
        return Usage;
    }
    const OpenedCatalogue rebuilt = rebuildCatalogue(path);
    if (!rebuilt.ok()) {
        ctx.err << "stackatlas-cli: " << rebuilt.message << '\n';
        return IoError;
    }
    if (!rebuilt.setAside.isEmpty())
        ctx.out << "set the old file aside as " << rebuilt.setAside << '\n';
    ctx.out << "rebuilt " << path << " from the shipped catalogue\n";
    return Ok;
}

} // namespace sa::cli
