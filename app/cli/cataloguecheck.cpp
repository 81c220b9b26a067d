#include "catalogue/cataloguecontent.h"
#include "cli.h"

namespace sa::cli {

// catalogue check DIR: every error and integrity problem of a catalogue folder, for
// people editing data/catalogue.
int catalogueCheck(Context &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << "usage: stackatlas-cli catalogue check DIR\n";
        return Usage;
    }
    const CatalogueReadResult read = readCatalogueFolder(ctx.args.first());
    for (const QString &e : read.errors)
        ctx.err << e << '\n';
    const QStringList problems = catalogueIntegrityProblems(read.content);
    for (const QString &p : problems)
        ctx.err << "integrity: " << p << '\n';
    const CatalogueContent &c = read.content;
    ctx.out << c.categories.size() << " categories, " << c.capabilities.size() << " capabilities, "
            << c.vendors.size() << " vendors, " << c.products.size() << " products; "
            << read.errors.size() << " errors, " << problems.size() << " integrity problems\n";
    return read.errors.isEmpty() && problems.isEmpty() ? Ok : BadInput;
}

} // namespace sa::cli
