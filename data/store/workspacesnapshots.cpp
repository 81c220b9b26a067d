#include "workspacesnapshots.h"

#include "catalogueschema.h"
#include "io/recordfile.h"
#include "sqlsupport.h"
#include "workspaceschema.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace sa {

namespace {

// Column positions of the product SELECT below.
enum ProductColumn {
    Slug,
    Name,
    VendorSlug,
    VendorName,
    CategorySlug,
    Description,
    Segments,
    Deployment,
    PricingModel,
    PriceLow,
    PriceHigh,
    PriceCurrency,
    PriceBasis,
    PriceAsOf,
    OriginText,
    Edited,
};

Product productFromRow(const QSqlQuery &q)
{
    Product p;
    p.slug = q.value(Slug).toString();
    p.name = q.value(Name).toString();
    p.vendorSlug = q.value(VendorSlug).toString();
    p.vendorName = q.value(VendorName).toString();
    p.categorySlug = q.value(CategorySlug).toString();
    p.description = q.value(Description).toString();
    const QString segments = q.value(Segments).toString();
    if (!segments.isEmpty())
        p.segments = segments.split(u',');
    p.deployment = q.value(Deployment).toString();
    p.pricingModel = q.value(PricingModel).toString();
    p.price.low = q.value(PriceLow).isNull() ? -1 : q.value(PriceLow).toLongLong();
    p.price.high = q.value(PriceHigh).isNull() ? -1 : q.value(PriceHigh).toLongLong();
    p.price.currency = q.value(PriceCurrency).toString();
    p.price.basis = q.value(PriceBasis).toString();
    p.price.asOf = WorkspaceSchema::dateFrom(q.value(PriceAsOf));
    p.origin = CatalogueSchema::originFromText(q.value(OriginText).toString());
    p.edited = q.value(Edited).toInt() != 0;
    return p;
}

// Binds the "one slug or all" filter of the list queries.
void bindFilter(QSqlQuery &q, const QString &onlySlug)
{
    q.bindValue(QStringLiteral(":all"), onlySlug.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":slug"), textValue(onlySlug));
}

Status checkSlug(const QString &slug, const QString &what)
{
    if (!isValidSlug(slug))
        return Error::badInput(what + u": '" + slug
                               + u"' is not a valid slug (lower-case letters, digits and single "
                                 u"dashes)");
    return success();
}

} // namespace

WorkspaceSnapshots::WorkspaceSnapshots(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<std::vector<Product>> WorkspaceSnapshots::products(const QString &onlySlug) const
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT slug, name, vendor_slug, vendor_name, category_slug, description, segments,"
            " deployment, pricing_model, price_low, price_high, price_currency, price_basis,"
            " price_as_of, origin, edited FROM product WHERE :all = 1 OR slug = :slug"
            " ORDER BY slug"));
    bindFilter(q, onlySlug);
    if (Status s = execute(q, QStringLiteral("cannot read the product snapshots")); !s)
        return s.error();
    std::vector<Product> products;
    std::map<QString, size_t> index;
    while (q.next()) {
        products.push_back(productFromRow(q));
        index[products.back().slug] = products.size() - 1;
    }
    auto each = [&](QSqlQuery &list, const auto &add) -> Status {
        bindFilter(list, onlySlug);
        if (Status s = execute(list, QStringLiteral("cannot read the product snapshots")); !s)
            return s;
        while (list.next()) {
            const auto it = index.find(list.value(0).toString());
            if (it != index.end())
                add(products[it->second], list);
        }
        return success();
    };
    QSqlQuery aliases = preparedQuery(
        m_db,
        QStringLiteral("SELECT product_slug, alias FROM product_alias"
                       " WHERE :all = 1 OR product_slug = :slug ORDER BY product_slug, position"));
    if (Status s
        = each(aliases, [](Product &p, const QSqlQuery &r) { p.aliases << r.value(1).toString(); });
        !s)
        return s.error();
    QSqlQuery capabilities = preparedQuery(
        m_db,
        QStringLiteral("SELECT product_slug, capability_slug, capability_name, strength"
                       " FROM product_capability WHERE :all = 1 OR product_slug = :slug"
                       " ORDER BY product_slug, position"));
    if (Status s
        = each(capabilities,
               [](Product &p, const QSqlQuery &r) {
                   p.capabilities.push_back(ProductCapability{
                       0, r.value(1).toString(), r.value(2).toString(), r.value(3).toInt()});
               });
        !s)
        return s.error();
    QSqlQuery integrations = preparedQuery(
        m_db,
        QStringLiteral("SELECT product_slug, other_slug, other_name, kind"
                       " FROM product_integration WHERE :all = 1 OR product_slug = :slug"
                       " ORDER BY product_slug, position"));
    if (Status s = each(integrations,
                        [](Product &p, const QSqlQuery &r) {
                            ProductIntegration i{0, r.value(1).toString(), r.value(2).toString()};
                            parseIntegrationKind(r.value(3).toString(), &i.kind);
                            p.integrations.push_back(i);
                        });
        !s)
        return s.error();
    return products;
}

Status WorkspaceSnapshots::saveProduct(const Product &p)
{
    const QString what = u"the product '" + (p.name.isEmpty() ? p.slug : p.name) + u"'";
    if (Status s = checkSlug(p.slug, what); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Error::badInput(what + u": a product needs a name");
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO product (slug, name, vendor_slug, vendor_name, category_slug,"
            " description, segments, deployment, pricing_model, price_low, price_high,"
            " price_currency, price_basis, price_as_of, origin, edited, snapshot_at)"
            " VALUES (:slug, :name, :vendorSlug, :vendorName, :category, :description,"
            " :segments, :deployment, :pricing, :low, :high, :currency, :basis, :asof, :origin,"
            " :edited, :at)"
            " ON CONFLICT (slug) DO UPDATE SET name = excluded.name,"
            " vendor_slug = excluded.vendor_slug, vendor_name = excluded.vendor_name,"
            " category_slug = excluded.category_slug, description = excluded.description,"
            " segments = excluded.segments, deployment = excluded.deployment,"
            " pricing_model = excluded.pricing_model, price_low = excluded.price_low,"
            " price_high = excluded.price_high, price_currency = excluded.price_currency,"
            " price_basis = excluded.price_basis, price_as_of = excluded.price_as_of,"
            " origin = excluded.origin, edited = excluded.edited,"
            " snapshot_at = excluded.snapshot_at"));
    q.bindValue(QStringLiteral(":slug"), p.slug);
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":vendorSlug"), textValue(p.vendorSlug));
    q.bindValue(QStringLiteral(":vendorName"), textValue(p.vendorName));
    q.bindValue(QStringLiteral(":category"), textValue(p.categorySlug));
    q.bindValue(QStringLiteral(":description"), textValue(p.description));
    q.bindValue(QStringLiteral(":segments"), textValue(p.segments.join(u',')));
    q.bindValue(QStringLiteral(":deployment"), textValue(p.deployment));
    q.bindValue(QStringLiteral(":pricing"), textValue(p.pricingModel));
    q.bindValue(QStringLiteral(":low"), nullableAmount(p.price.low));
    q.bindValue(QStringLiteral(":high"), nullableAmount(p.price.high));
    q.bindValue(QStringLiteral(":currency"),
                p.price.currency.isEmpty() ? QStringLiteral("USD") : p.price.currency);
    q.bindValue(QStringLiteral(":basis"), textValue(p.price.basis));
    q.bindValue(QStringLiteral(":asof"), WorkspaceSchema::dateValue(p.price.asOf));
    q.bindValue(QStringLiteral(":origin"), CatalogueSchema::originText(p.origin));
    q.bindValue(QStringLiteral(":edited"), p.edited ? 1 : 0);
    q.bindValue(QStringLiteral(":at"),
                WorkspaceSchema::instantText(QDateTime::currentDateTimeUtc()));
    if (Status s = execute(q, u"cannot save a snapshot of " + what); !s)
        return s;
    return writeProductLists(p);
}

Status WorkspaceSnapshots::writeProductLists(const Product &p)
{
    for (const QString &sql :
         {QStringLiteral("DELETE FROM product_alias WHERE product_slug = :slug"),
          QStringLiteral("DELETE FROM product_capability WHERE product_slug = :slug"),
          QStringLiteral("DELETE FROM product_integration WHERE product_slug = :slug")}) {
        QSqlQuery clear = preparedQuery(m_db, sql);
        clear.bindValue(QStringLiteral(":slug"), p.slug);
        if (Status s = execute(clear, QStringLiteral("cannot replace a product snapshot")); !s)
            return s;
    }
    const QString doing = u"cannot save a snapshot of the product '" + p.slug + u"'";
    QSqlQuery alias
        = preparedQuery(m_db,
                        QStringLiteral("INSERT INTO product_alias (product_slug, position, alias)"
                                       " VALUES (:slug, :position, :alias)"));
    for (qsizetype i = 0; i < p.aliases.size(); ++i) {
        alias.bindValue(QStringLiteral(":slug"), p.slug);
        alias.bindValue(QStringLiteral(":position"), qint64(i));
        alias.bindValue(QStringLiteral(":alias"), p.aliases[i]);
        if (Status s = execute(alias, doing); !s)
            return s;
    }
    QSqlQuery capability = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO product_capability (product_slug, position, capability_slug,"
                       " capability_name, strength) VALUES (:slug, :position, :capability, :name,"
                       " :strength)"));
    for (size_t i = 0; i < p.capabilities.size(); ++i) {
        const ProductCapability &c = p.capabilities[i];
        capability.bindValue(QStringLiteral(":slug"), p.slug);
        capability.bindValue(QStringLiteral(":position"), qint64(i));
        capability.bindValue(QStringLiteral(":capability"), c.capabilitySlug);
        capability.bindValue(QStringLiteral(":name"), textValue(c.capabilityName));
        capability.bindValue(QStringLiteral(":strength"), c.strength);
        if (Status s = execute(capability, doing); !s)
            return s;
    }
    QSqlQuery integration = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO product_integration (product_slug, position, other_slug,"
                       " other_name, kind) VALUES (:slug, :position, :other, :name, :kind)"));
    for (size_t i = 0; i < p.integrations.size(); ++i) {
        const ProductIntegration &pi = p.integrations[i];
        integration.bindValue(QStringLiteral(":slug"), p.slug);
        integration.bindValue(QStringLiteral(":position"), qint64(i));
        integration.bindValue(QStringLiteral(":other"), pi.otherSlug);
        integration.bindValue(QStringLiteral(":name"), textValue(pi.otherName));
        integration.bindValue(QStringLiteral(":kind"), integrationKindName(pi.kind));
        if (Status s = execute(integration, doing); !s)
            return s;
    }
    return success();
}

Expected<std::vector<Capability>> WorkspaceSnapshots::capabilities() const
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT id, slug, name, category_slug, description, source FROM capability"));
    if (Status s = execute(q, QStringLiteral("cannot read the capabilities")); !s)
        return s.error();
    std::vector<Capability> capabilities;
    std::map<qint64, size_t> index;
    while (q.next()) {
        Capability c;
        c.slug = q.value(1).toString();
        c.name = q.value(2).toString();
        c.categorySlug = q.value(3).toString();
        c.description = q.value(4).toString();
        c.origin = WorkspaceSchema::originFromSource(q.value(5).toString());
        index[q.value(0).toLongLong()] = capabilities.size();
        capabilities.push_back(std::move(c));
    }
    QSqlQuery aliases = preparedQuery(
        m_db,
        QStringLiteral(
            "SELECT capability_id, alias FROM capability_alias ORDER BY capability_id, position"));
    if (Status s = execute(aliases, QStringLiteral("cannot read the capabilities")); !s)
        return s.error();
    while (aliases.next()) {
        const auto it = index.find(aliases.value(0).toLongLong());
        if (it != index.end())
            capabilities[it->second].aliases << aliases.value(1).toString();
    }
    std::sort(
        capabilities.begin(), capabilities.end(), [](const Capability &a, const Capability &b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.slug < b.slug;
        });
    return capabilities;
}

Status WorkspaceSnapshots::saveCapability(const Capability &c)
{
    const QString what = u"the capability '" + (c.name.isEmpty() ? c.slug : c.name) + u"'";
    if (Status s = checkSlug(c.slug, what); !s)
        return s;
    if (c.name.trimmed().isEmpty())
        return Error::badInput(what + u": a capability needs a name");
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO capability (slug, name, category_slug, description, source)"
                       " VALUES (:slug, :name, :category, :description, :source)"
                       " ON CONFLICT (slug) DO UPDATE SET name = excluded.name,"
                       " category_slug = excluded.category_slug,"
                       " description = excluded.description, source = excluded.source"
                       " RETURNING id"));
    q.bindValue(QStringLiteral(":slug"), c.slug);
    q.bindValue(QStringLiteral(":name"), c.name.trimmed());
    q.bindValue(QStringLiteral(":category"), textValue(c.categorySlug));
    q.bindValue(QStringLiteral(":description"), textValue(c.description));
    q.bindValue(QStringLiteral(":source"), WorkspaceSchema::sourceText(c.origin));
    const QString doing = u"cannot save " + what;
    if (Status s = execute(q, doing); !s)
        return s;
    if (!q.next())
        return Error::io(doing);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery clear = preparedQuery(
        m_db, QStringLiteral("DELETE FROM capability_alias WHERE capability_id = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(clear, doing); !s)
        return s;
    QSqlQuery alias = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO capability_alias (capability_id, position, alias)"
                       " VALUES (:id, :position, :alias)"));
    for (qsizetype i = 0; i < c.aliases.size(); ++i) {
        alias.bindValue(QStringLiteral(":id"), id);
        alias.bindValue(QStringLiteral(":position"), qint64(i));
        alias.bindValue(QStringLiteral(":alias"), c.aliases[i]);
        if (Status s = execute(alias, doing); !s)
            return s;
    }
    return success();
}

} // namespace sa
