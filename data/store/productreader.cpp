#include "productreader.h"

#include "catalogueschema.h"
#include "sqlsupport.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace sa {

namespace {

Q_LOGGING_CATEGORY(lcReader, "stackatlas.store")

// The product columns, in the order of ProductColumn; both product queries share them.
#define SA_PRODUCT_SELECT                                                                          \
    "SELECT p.id, p.slug, p.vendor_id, v.slug, v.name, p.name, p.primary_category_id, c.slug,"     \
    " p.description, p.segments, p.deployment, p.pricing_model, p.price_low, p.price_high,"        \
    " p.price_currency, p.price_basis, p.price_as_of, p.origin, p.edited"                          \
    " FROM product p LEFT JOIN vendor v ON v.id = p.vendor_id"                                     \
    " LEFT JOIN category c ON c.id = p.primary_category_id"

enum ProductColumn {
    ColId,
    ColSlug,
    ColVendorId,
    ColVendorSlug,
    ColVendorName,
    ColName,
    ColCategoryId,
    ColCategorySlug,
    ColDescription,
    ColSegments,
    ColDeployment,
    ColPricingModel,
    ColPriceLow,
    ColPriceHigh,
    ColPriceCurrency,
    ColPriceBasis,
    ColPriceAsOf,
    ColOrigin,
    ColEdited
};

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(ColId).toLongLong();
    p.slug = q.value(ColSlug).toString();
    p.vendorId = q.value(ColVendorId).toLongLong();
    p.vendorSlug = q.value(ColVendorSlug).toString();
    p.vendorName = q.value(ColVendorName).toString();
    p.name = q.value(ColName).toString();
    p.categoryId = q.value(ColCategoryId).toLongLong();
    p.categorySlug = q.value(ColCategorySlug).toString();
    p.description = q.value(ColDescription).toString();
    p.segments = q.value(ColSegments).toString().split(u',', Qt::SkipEmptyParts);
    p.deployment = q.value(ColDeployment).toString();
    p.pricingModel = q.value(ColPricingModel).toString();
    p.price.low = q.value(ColPriceLow).isNull() ? -1 : q.value(ColPriceLow).toLongLong();
    p.price.high = q.value(ColPriceHigh).isNull() ? -1 : q.value(ColPriceHigh).toLongLong();
    p.price.currency = q.value(ColPriceCurrency).toString();
    p.price.basis = q.value(ColPriceBasis).toString();
    p.price.asOf = QDate::fromString(q.value(ColPriceAsOf).toString(), Qt::ISODate);
    p.origin = CatalogueSchema::originFromText(q.value(ColOrigin).toString());
    p.edited = q.value(ColEdited).toInt() != 0;
    return p;
}

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    noteFailure(q.lastError()); // the server store reconnects after a dropped connection
    qCWarning(lcReader) << "catalogue read failed:" << q.lastError().text();
    return false;
}

void sortIntegrations(Product &p)
{
    std::sort(p.integrations.begin(),
              p.integrations.end(),
              [](const ProductIntegration &x, const ProductIntegration &y) {
                  const int byName = x.otherName.compare(y.otherName, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : x.otherSlug < y.otherSlug;
              });
}

IntegrationKind kindFrom(const QString &text)
{
    IntegrationKind kind = IntegrationKind::Api;
    parseIntegrationKind(text, &kind);
    return kind;
}

} // namespace

ProductReader::ProductReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ProductId ProductReader::idBySlug(const QString &slug) const
{
    QSqlQuery q = preparedQuery(m_db, QStringLiteral("SELECT id FROM product WHERE slug = :slug"));
    q.bindValue(QStringLiteral(":slug"), slug);
    return run(q) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Product> ProductReader::byId(ProductId id) const
{
    QSqlQuery q = preparedQuery(m_db, QStringLiteral(SA_PRODUCT_SELECT " WHERE p.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!run(q) || !q.next())
        return std::nullopt;
    Product p = productFrom(q);

    QSqlQuery aliases = preparedQuery(
        m_db,
        QStringLiteral("SELECT alias FROM product_alias WHERE product_id = :id ORDER BY rowid"));
    aliases.bindValue(QStringLiteral(":id"), id);
    if (run(aliases)) {
        while (aliases.next())
            p.aliases << aliases.value(0).toString();
    }
    QSqlQuery caps = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT pc.capability_id, c.slug, c.name, pc.strength FROM product_capability pc"
            " JOIN capability c ON c.id = pc.capability_id WHERE pc.product_id = :id ORDER BY "
            "pc.rowid"));
    caps.bindValue(QStringLiteral(":id"), id);
    if (run(caps)) {
        while (caps.next())
            p.capabilities.push_back(ProductCapability{caps.value(0).toLongLong(),
                                                       caps.value(1).toString(),
                                                       caps.value(2).toString(),
                                                       caps.value(3).toInt()});
    }
    QSqlQuery links = preparedQuery(
        m_db,
        QStringLiteral("SELECT o.id, o.slug, o.name, i.kind FROM product_integration i"
                       " JOIN product o ON o.id = i.b WHERE i.a = :id"
                       " UNION ALL SELECT o.id, o.slug, o.name, i.kind FROM product_integration i"
                       " JOIN product o ON o.id = i.a WHERE i.b = :id"));
    links.bindValue(QStringLiteral(":id"), id);
    if (run(links)) {
        while (links.next())
            p.integrations.push_back(ProductIntegration{links.value(0).toLongLong(),
                                                        links.value(1).toString(),
                                                        links.value(2).toString(),
                                                        kindFrom(links.value(3).toString())});
    }
    sortIntegrations(p);
    return p;
}

std::vector<Product> ProductReader::all() const
{
    std::vector<Product> products;
    QHash<ProductId, qsizetype> index;
    QSqlQuery q = preparedQuery(m_db, QStringLiteral(SA_PRODUCT_SELECT " ORDER BY p.slug"));
    if (!run(q))
        return products;
    while (q.next()) {
        products.push_back(productFrom(q));
        index.insert(products.back().id, qsizetype(products.size()) - 1);
    }
    auto productOf = [&](const QVariant &id) -> Product * {
        const auto it = index.constFind(id.toLongLong());
        return it == index.constEnd() ? nullptr : &products[size_t(*it)];
    };

    QSqlQuery aliases = preparedQuery(
        m_db,
        QStringLiteral("SELECT product_id, alias FROM product_alias ORDER BY product_id, rowid"));
    if (run(aliases)) {
        while (aliases.next()) {
            if (Product *p = productOf(aliases.value(0)))
                p->aliases << aliases.value(1).toString();
        }
    }
    QSqlQuery caps = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT pc.product_id, pc.capability_id, c.slug, c.name, pc.strength FROM "
            "product_capability pc"
            " JOIN capability c ON c.id = pc.capability_id ORDER BY pc.product_id, pc.rowid"));
    if (run(caps)) {
        while (caps.next()) {
            if (Product *p = productOf(caps.value(0)))
                p->capabilities.push_back(ProductCapability{caps.value(1).toLongLong(),
                                                            caps.value(2).toString(),
                                                            caps.value(3).toString(),
                                                            caps.value(4).toInt()});
        }
    }
    QSqlQuery links
        = preparedQuery(m_db, QStringLiteral("SELECT a, b, kind FROM product_integration"));
    if (run(links)) {
        while (links.next()) {
            Product *a = productOf(links.value(0));
            Product *b = productOf(links.value(1));
            if (!a || !b)
                continue;
            const IntegrationKind kind = kindFrom(links.value(2).toString());
            a->integrations.push_back(ProductIntegration{b->id, b->slug, b->name, kind});
            b->integrations.push_back(ProductIntegration{a->id, a->slug, a->name, kind});
        }
    }
    for (Product &p : products)
        sortIntegrations(p);
    return products;
}

} // namespace sa
