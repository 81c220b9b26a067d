// catalogue push and pull: one catalogue's content and deletions into another, in one
// transaction on the receiving side, matched by slug (CatalogueStore::receive).
#include "catalogue/cataloguestore.h"
#include "cli.h"

namespace sa::cli {

namespace {

int exchange(Context &ctx, const char *option, bool push)
{
    const QString usage
        = push ? QStringLiteral("stackatlas-cli [--catalogue PATH] catalogue push --to URL")
               : QStringLiteral("stackatlas-cli [--catalogue PATH] catalogue pull --from URL");
    QString other;
    bool missing = false;
    if (!takeOption(ctx.args, QString::fromLatin1(option), &other, &missing) || missing
        || other.isEmpty()) {
        ctx.err << "stackatlas-cli: " << option
                << " needs a catalogue URL or path\nusage: " << usage << '\n';
        return Usage;
    }
    if (rejectExtraArguments(ctx, usage))
        return Usage;
    int code = Ok;
    const auto here = openStore(ctx, &code);
    if (!here)
        return code;
    const auto there = openStoreAt(ctx, other, &code);
    if (!there)
        return code;
    CatalogueStore &from = push ? *here : *there;
    CatalogueStore &to = push ? *there : *here;
    const CatalogueContent content = contentOf(from);
    const Expected<ExchangeSummary> done = to.receive(content);
    if (!done) {
        ctx.err << "stackatlas-cli: " << (push ? "push" : "pull")
                << " failed, nothing was changed: " << done.error().message << '\n';
        return done.error().kind == Error::Kind::Io ? IoError : BadInput;
    }
    ctx.out << (push ? "pushed " : "pulled ")
            << counted(qint64(content.products.size()), "product", "products") << ": "
            << done->productsAdded << " added, " << done->productsUpdated << " updated; "
            << counted(done->capabilitiesAdded, "capability", "capabilities") << " added, "
            << done->capabilitiesUpdated << " updated; "
            << counted(done->categoriesAdded, "category", "categories") << " added; "
            << done->productsRemoved + done->capabilitiesRemoved << " removed";
    // Deletions refused because the row was written here after the sender deleted it.
    if (done->keptEdited)
        ctx.out << ", " << done->keptEdited
                << " kept (changed in the receiving catalogue after the deletion)";
    ctx.out << '\n';
    return Ok;
}

} // namespace

int cataloguePush(Context &ctx)
{
    return exchange(ctx, "--to", true);
}

int cataloguePull(Context &ctx)
{
    return exchange(ctx, "--from", false);
}

} // namespace sa::cli
