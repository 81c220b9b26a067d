// compare: scores 2 to 6 products against a workspace with the named criteria, or ranks
// the catalogue's products that fill one capability (--fill), as a report or as JSON.
#include "catalogue/cataloguestore.h"
#include "cli.h"
#include "compare/comparisonjson.h"
#include "compare/productcomparison.h"
#include "compare/productresolver.h"
#include "comparetext.h"
#include "store/sqlitecataloguestore.h"
#include "store/workspacefile.h"

using namespace Qt::StringLiterals;

namespace sa::cli {

namespace {

const char usage[]
    = "usage: stackatlas-cli compare FILE PRODUCT... [--weights coverage=W,integration=W,"
      "cost=W,overlap=W]\n"
      "           [--segment smb|mid-market|enterprise] [--json]\n"
      "       stackatlas-cli compare FILE --fill CAPABILITY [--limit N] [--weights ...] "
      "[--json]\n";

struct Options
{
    bool json = false;
    QString fill;
    int limit = 10;
    CriterionWeights weights;
    std::optional<QString> segment;
};

// Takes the options out of ctx.args; false (with a message) on a usage error.
bool takeOptions(Context &ctx, Options *o)
{
    o->json = takeFlag(ctx.args, u"--json"_s);
    bool missing = false;
    QString text;
    if (takeOption(ctx.args, u"--weights"_s, &text, &missing) && !missing) {
        Expected<CriterionWeights> w = CriterionWeights::parse(text);
        if (w)
            w = w->normalised();
        if (!w) {
            ctx.err << "stackatlas-cli: --weights: " << w.error().message << '\n' << usage;
            return false;
        }
        o->weights = *w;
    }
    const bool hasFill = !missing && takeOption(ctx.args, u"--fill"_s, &o->fill, &missing);
    if (!missing && takeOption(ctx.args, u"--limit"_s, &text, &missing) && !missing) {
        bool ok = false;
        o->limit = text.toInt(&ok);
        if (!ok || o->limit < 1) {
            ctx.err << "stackatlas-cli: --limit must be a whole number of 1 or more, not '" << text
                    << "'\n";
            return false;
        }
    }
    if (!missing && takeOption(ctx.args, u"--segment"_s, &text, &missing) && !missing) {
        if (!knownSegments().contains(text)) {
            ctx.err << "stackatlas-cli: --segment must be smb, mid-market or enterprise, not '"
                    << text << "'\n";
            return false;
        }
        o->segment = text;
    }
    if (missing) {
        ctx.err << "stackatlas-cli: an option needs a value\n" << usage;
        return false;
    }
    const qsizetype products = ctx.args.size() - 1;
    const bool shaped
        = !ctx.args.isEmpty() && !ctx.args.first().startsWith(u"--")
          && (hasFill ? products == 0
                      : products >= kMinComparedProducts && products <= kMaxComparedProducts);
    if (!shaped) {
        if (!hasFill && products > kMaxComparedProducts)
            ctx.err << "stackatlas-cli: compare takes at most " << kMaxComparedProducts
                    << " products\n";
        ctx.err << usage;
        return false;
    }
    return true;
}

// The capability --fill names: a slug or a name, of the workspace or the catalogue.
std::optional<Capability> findCapability(const QString &name,
                                         const std::vector<Capability> &workspace,
                                         const std::vector<Capability> &catalogue)
{
    for (const std::vector<Capability> *list : {&workspace, &catalogue}) {
        for (const Capability &c : *list) {
            if (c.slug.compare(name, Qt::CaseInsensitive) == 0
                || c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return std::nullopt;
}

} // namespace

int compare(Context &ctx)
{
    Options options;
    if (!takeOptions(ctx, &options))
        return Usage;
    int exitCode = Ok;
    // Reading only: the workspace may be open in a window at the same time.
    const auto workspace = openWorkspaceFile(ctx, ctx.args.takeFirst(), false, &exitCode);
    if (!workspace)
        return exitCode;
    const auto catalogue = openStore(ctx, &exitCode);
    if (!catalogue)
        return exitCode;
    ComparisonInput input = comparisonInput(*workspace);
    input.weights = options.weights;
    if (options.segment)
        input.segment = *options.segment;
    Expected<ComparisonResult> result = Error::badInput(QString());
    QString filled, fillSlug;
    if (options.fill.isEmpty()) {
        const ProductResolver resolver(catalogue->allProducts(), workspace->products());
        Expected<std::vector<Product>> products = resolver.resolveAll(ctx.args);
        if (!products) {
            ctx.err << "stackatlas-cli: " << products.error().message << '\n';
            return BadInput;
        }
        input.products = std::move(*products);
        result = compareProducts(input);
    } else {
        const std::optional<Capability> capability
            = findCapability(options.fill, workspace->capabilities(), catalogue->capabilities());
        if (!capability) {
            ctx.err << "stackatlas-cli: unknown capability '" << options.fill
                    << "': no slug or name in the workspace or the catalogue\n";
            return BadInput;
        }
        filled = capability->name;
        fillSlug = capability->slug;
        input.products = catalogue->allProducts();
        result = rankGapFillers(input, capability->slug);
        if (result && result->products.size() > size_t(options.limit))
            result->products.resize(size_t(options.limit));
    }
    if (!result) {
        ctx.err << "stackatlas-cli: " << result.error().message << '\n';
        return BadInput;
    }
    const WorkspaceInfo info = workspace->info();
    if (options.json) {
        QJsonObject json = comparisonJson(*result, info.currency);
        if (!options.fill.isEmpty())
            json.insert(u"fill"_s, fillSlug);
        printJson(ctx, QJsonDocument(json));
    } else
        printComparisonText(ctx.out, *result, info, filled);
    return Ok;
}

} // namespace sa::cli
