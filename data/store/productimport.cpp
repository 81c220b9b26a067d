#include "productimport.h"

#include "productreader.h"
#include "productwriter.h"
#include "referenceresolver.h"
#include "searchindex.h"
#include "transaction.h"

#include <QHash>

namespace sa {

ProductImport::ProductImport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Product ProductImport::overlay(const Product &stored, const Product &imported)
{
    Product p = stored;
    if (!imported.name.trimmed().isEmpty())
        p.name = imported.name;
    if (!imported.vendorSlug.isEmpty() || !imported.vendorName.trimmed().isEmpty()) {
        p.vendorId = 0;
        p.vendorSlug = imported.vendorSlug;
        p.vendorName = imported.vendorName;
    }
    if (imported.categoryId > 0 || !imported.categorySlug.isEmpty()) {
        p.categoryId = imported.categoryId;
        p.categorySlug = imported.categorySlug;
    }
    if (!imported.description.isEmpty())
        p.description = imported.description;
    if (!imported.segments.isEmpty())
        p.segments = imported.segments;
    if (!imported.deployment.isEmpty())
        p.deployment = imported.deployment;
    if (!imported.pricingModel.isEmpty())
        p.pricingModel = imported.pricingModel;
    if (imported.price.low >= 0 || imported.price.high >= 0 || !imported.price.basis.isEmpty()
        || imported.price.asOf.isValid())
        p.price = imported.price;
    if (!imported.aliases.isEmpty())
        p.aliases = imported.aliases;
    if (!imported.capabilities.empty())
        p.capabilities = imported.capabilities;
    if (!imported.integrations.empty())
        p.integrations = imported.integrations;
    return p;
}

Expected<ImportSummary> ProductImport::run(const std::vector<Product> &products,
                                           const ProgressFn &progress)
{
    ImportSummary summary;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    ReferenceResolver refs(m_db);
    if (Status s = refs.preload(); !s)
        return s.error();
    SearchIndex index(m_db);
    if (Status s = index.prepareBulkWrite(); !s)
        return s.error();
    ProductWriter writer(m_db, refs, index);
    const ProductReader reader(m_db);

    const int total = int(products.size());
    const int step = std::max(1, total / 100);
    const Error cancelled
        = Error::badInput(QStringLiteral("import cancelled; the catalogue is unchanged"));
    QHash<QString, qsizetype> seen; // slug -> position in products
    std::vector<ProductId> ids(products.size(), 0);
    for (qsizetype i = 0; i < qsizetype(products.size()); ++i) {
        const Product &imported = products[size_t(i)];
        const auto where = [i]() -> QString {
            return u"import row " + QString::number(i + 1) + u": ";
        };
        const QString slug = ProductWriter::slugFor(imported);
        const auto previous = seen.find(slug);
        const bool repeated = previous != seen.end();
        if (repeated) {
            summary.warnings << where() + u"warning: same slug '" + slug + u"' as row "
                                    + QString::number(*previous + 1) + u"; the later row wins";
            *previous = i;
        } else {
            seen.insert(slug, i);
        }
        const Expected<ProductId> existing = refs.product(0, slug);
        if (!existing)
            return existing.error();
        ProductId id = *existing;
        if (id) {
            const std::optional<Product> stored = reader.byId(id);
            if (!stored)
                return Error::io(where() + u"cannot read the stored product");
            Product merged = overlay(*stored, imported);
            merged.slug = slug;
            // An import changes a shipped product like any edit: it is no longer refreshed.
            if (Status s = writer.update(id, merged, stored->origin == Origin::Shipped); !s)
                return Error{s.error().kind, where() + s.error().message};
            summary.updated += repeated ? 0 : 1;
        } else {
            Product fresh = imported;
            fresh.id = 0;
            fresh.slug = slug;
            const Expected<ProductId> added = writer.insert(fresh, Origin::User, false);
            if (!added)
                return Error{added.error().kind, where() + added.error().message};
            id = *added;
            ++summary.added;
        }
        ids[size_t(i)] = imported.integrations.empty() ? 0 : id;
        if (progress && ((i + 1) % step == 0) && !progress(int(i + 1), total + 1))
            return cancelled;
    }
    // Integrations last, so that they may name products added by this same import.
    for (size_t i = 0; i < products.size(); ++i) {
        if (!ids[i])
            continue;
        if (Status s = writer.setIntegrations(ids[i], products[i].integrations); !s)
            return Error{s.error().kind,
                         u"import row " + QString::number(i + 1) + u": " + s.error().message};
    }
    if (Status s = index.flush(); !s)
        return s.error();
    if (progress && !progress(total + 1, total + 1))
        return cancelled;
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace sa
