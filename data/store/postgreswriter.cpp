#include "postgreswriter.h"

#include "capabilitywriter.h"
#include "catalogueschema.h"
#include "domain/slug.h"
#include "io/recordfile.h"
#include "productwriter.h"
#include "sqlsupport.h"

#include <QSqlDriver>

namespace sa {

namespace {

QString described(const Product &p)
{
    return u"product '" + (p.name.isEmpty() ? p.slug : p.name) + u"'";
}

QVariant nullableText(const QString &text, bool null)
{
    return null ? QVariant(QMetaType(QMetaType::QString)) : textValue(text);
}

QString idArray(const std::vector<ProductId> &ids)
{
    QStringList parts;
    for (ProductId id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

PostgresWriter::PostgresWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QSqlQuery>
PostgresWriter::run(const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlQuery q = preparedQuery(m_db, sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = execute(q, doing); !s)
        return s.error();
    return q;
}

Expected<qint64> PostgresWriter::lookup(const QString &sql, const QVariantList &values)
{
    Expected<QSqlQuery> q
        = run(sql, values, QStringLiteral("cannot look up a catalogue reference"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

QString PostgresWriter::tableName(const char *table) const
{
    return m_db.driver()->escapeIdentifier(QString::fromLatin1(table), QSqlDriver::TableName);
}

Expected<qint64> PostgresWriter::nextId(const char *table)
{
    return lookup(u"SELECT coalesce(max(id), 0) + 1 FROM " + tableName(table), {});
}

Expected<std::optional<PostgresWriter::Row>> PostgresWriter::row(const char *table, qint64 id)
{
    Expected<QSqlQuery> q = run(u"SELECT slug, origin FROM " + tableName(table) + u" WHERE id = ?",
                                {id},
                                QStringLiteral("cannot read the catalogue"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Row>();
    return std::optional<Row>(
        Row{q->value(0).toString(), CatalogueSchema::originFromText(q->value(1).toString())});
}

Status PostgresWriter::checkSlugChange(const char *table, const Row &old, const QString &slug)
{
    if (slug == old.slug)
        return success();
    const QString what = QString::fromLatin1(table);
    if (old.origin == Origin::Shipped)
        return Error::badInput(u"the slug of the shipped " + what + u" '" + old.slug
                               + u"' cannot change");
    const Expected<qint64> taken = byIdOrSlug(table, 0, slug);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::badInput(u"a " + what + u" with the slug '" + slug + u"' already exists");
    return success();
}

Expected<ProductId> PostgresWriter::productBySlug(const QString &slug)
{
    return lookup(QStringLiteral("SELECT id FROM product WHERE slug = ?"), {slug});
}

Expected<CapabilityId> PostgresWriter::capabilityBySlug(const QString &slug)
{
    return lookup(QStringLiteral("SELECT id FROM capability WHERE slug = ?"), {slug});
}

Expected<qint64> PostgresWriter::byIdOrSlug(const char *table, qint64 id, const QString &slug)
{
    const QString from = u"SELECT id FROM " + tableName(table);
    if (id > 0) {
        const Expected<qint64> found = lookup(from + u" WHERE id = ?", {id});
        if (!found || *found)
            return found;
    }
    if (slug.isEmpty())
        return qint64(0);
    return lookup(from + u" WHERE slug = ?", {slug});
}

Expected<CategoryId> PostgresWriter::categoryFor(CategoryId id, const QString &slug)
{
    return byIdOrSlug("category", id, slug);
}

Expected<CapabilityId> PostgresWriter::capabilityFor(const ProductCapability &pc)
{
    if (const Expected<qint64> found = byIdOrSlug("capability", pc.capabilityId, pc.capabilitySlug);
        !found || *found)
        return found;
    if (pc.capabilityName.trimmed().isEmpty())
        return CapabilityId(0);
    return lookup(QStringLiteral(
                      "SELECT id FROM capability WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"),
                  {pc.capabilityName.trimmed()});
}

Expected<VendorId> PostgresWriter::vendorFor(const Product &p)
{
    if (const Expected<qint64> found = byIdOrSlug("vendor", p.vendorId, p.vendorSlug);
        !found || *found)
        return found;
    const QString name = p.vendorName.trimmed();
    if (!name.isEmpty()) {
        const Expected<qint64> found
            = lookup(QStringLiteral(
                         "SELECT id FROM vendor WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"),
                     {name});
        if (!found || *found)
            return found;
    }
    if (p.vendorSlug.isEmpty() && name.isEmpty())
        return VendorId(0);
    // A free slug: the wanted one, or it with -2, -3, ... as ReferenceResolver does.
    const QString wanted = p.vendorSlug.isEmpty() ? slugify(name) : p.vendorSlug;
    QString slug = wanted;
    for (int n = 2;; ++n) {
        const Expected<qint64> taken
            = lookup(QStringLiteral("SELECT id FROM vendor WHERE slug = ?"), {slug});
        if (!taken)
            return taken;
        if (!*taken)
            break;
        slug = wanted + u'-' + QString::number(n);
    }
    const Expected<qint64> id = nextId("vendor");
    if (!id)
        return id;
    if (Expected<QSqlQuery> q
        = run(QStringLiteral("INSERT INTO vendor (id, slug, name, origin) VALUES (?, ?, ?, ?)"),
              {*id, slug, name.isEmpty() ? slug : name, CatalogueSchema::originText(Origin::User)},
              u"cannot add the vendor '" + name + u"'");
        !q)
        return q.error();
    return id;
}

// The product columns after id, in the order of the INSERT and UPDATE below.
Expected<QVariantList> PostgresWriter::productValues(const Product &p, bool edited)
{
    if (p.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a product needs a name"));
    const QString slug = ProductWriter::slugFor(p);
    if (!isValidSlug(slug))
        return Error::badInput(
            described(p) + u": '" + slug
            + u"' is not a valid slug (lower-case letters, digits and single dashes)");
    const Expected<VendorId> vendor = vendorFor(p);
    if (!vendor)
        return vendor.error();
    const Expected<CategoryId> category = categoryFor(p.categoryId, p.categorySlug);
    if (!category)
        return category.error();
    if (*category == 0 && (p.categoryId > 0 || !p.categorySlug.isEmpty()))
        return Error::badInput(
            described(p) + u": unknown category '"
            + (p.categorySlug.isEmpty() ? QString::number(p.categoryId) : p.categorySlug) + u"'");
    return QVariantList{slug,
                        nullableId(*vendor),
                        p.name.trimmed(),
                        nullableId(*category),
                        textValue(p.description),
                        textValue(p.segments.join(u',')),
                        textValue(p.deployment),
                        textValue(p.pricingModel),
                        nullableAmount(p.price.low),
                        nullableAmount(p.price.high),
                        p.price.currency.isEmpty() ? QStringLiteral("USD") : p.price.currency,
                        textValue(p.price.basis),
                        nullableText(p.price.asOf.toString(Qt::ISODate), !p.price.asOf.isValid()),
                        edited ? 1 : 0};
}

Expected<ProductId> PostgresWriter::insertProduct(const Product &p, Origin origin, bool edited)
{
    const QString slug = ProductWriter::slugFor(p);
    const Expected<ProductId> taken = productBySlug(slug);
    if (!taken)
        return taken;
    if (*taken)
        return Error::badInput(u"a product with the slug '" + slug + u"' already exists");
    Expected<qint64> id = p.id > 0 ? Expected<qint64>(p.id) : nextId("product");
    if (!id)
        return id;
    Expected<QVariantList> values = productValues(p, edited);
    if (!values)
        return values.error();
    QVariantList all{*id};
    all << *values << CatalogueSchema::originText(origin);
    if (Expected<QSqlQuery> q = run(
            QStringLiteral(
                "INSERT INTO product (id, slug, vendor_id, name, primary_category_id, description,"
                " segments, deployment, pricing_model, price_low, price_high, price_currency,"
                " price_basis, price_as_of, edited, origin)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            all,
            u"cannot add " + described(p));
        !q)
        return q.error();
    if (Status s = writeProductDetails(*id, p); !s)
        return s.error();
    return id;
}

Status PostgresWriter::updateProduct(ProductId id, const Product &p, bool edited)
{
    Expected<QVariantList> values = productValues(p, edited);
    if (!values)
        return values.error();
    QVariantList all = *values;
    all << id;
    Expected<QSqlQuery> q = run(
        QStringLiteral(
            "UPDATE product SET slug = ?, vendor_id = ?, name = ?, primary_category_id = ?,"
            " description = ?, segments = ?, deployment = ?, pricing_model = ?, price_low = ?,"
            " price_high = ?, price_currency = ?, price_basis = ?, price_as_of = ?, edited = ?"
            " WHERE id = ?"),
        all,
        u"cannot change " + described(p));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::badInput(u"there is no product with the id " + QString::number(id));
    return writeProductDetails(id, p);
}

Status PostgresWriter::writeProductDetails(ProductId id, const Product &p)
{
    for (const char16_t *sql : {u"DELETE FROM product_alias WHERE product_id = ?",
                                u"DELETE FROM product_capability WHERE product_id = ?"}) {
        if (Expected<QSqlQuery> q
            = run(QString::fromUtf16(sql), {id}, u"cannot change " + described(p));
            !q)
            return q.error();
    }
    for (const QString &a : p.aliases) {
        const QString alias = a.trimmed();
        if (alias.isEmpty())
            continue;
        if (Expected<QSqlQuery> q
            = run(QStringLiteral("INSERT INTO product_alias (product_id, alias)"
                                 " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                  {id, alias},
                  u"cannot add the aliases of " + described(p));
            !q)
            return q.error();
    }
    for (const ProductCapability &pc : p.capabilities) {
        const Expected<CapabilityId> capability = capabilityFor(pc);
        if (!capability)
            return capability.error();
        if (*capability == 0)
            return Error::badInput(
                described(p) + u": unknown capability '"
                + (pc.capabilitySlug.isEmpty() ? pc.capabilityName : pc.capabilitySlug) + u"'");
        if (pc.strength < 1 || pc.strength > 3)
            return Error::badInput(described(p) + u": strength of '" + pc.capabilitySlug
                                   + u"' must be 1, 2 or 3, not " + QString::number(pc.strength));
        if (Expected<QSqlQuery> q
            = run(QStringLiteral(
                      "INSERT INTO product_capability (product_id, capability_id, strength)"
                      " VALUES (?, ?, ?) ON CONFLICT (product_id, capability_id)"
                      " DO UPDATE SET strength = excluded.strength"),
                  {id, *capability, pc.strength},
                  u"cannot add the capabilities of " + described(p));
            !q)
            return q.error();
    }
    if (m_deferSearch) {
        m_pending.push_back(id);
        return success();
    }
    return refreshSearch({id});
}

Status PostgresWriter::flushSearch()
{
    const Status status = refreshSearch(m_pending);
    m_pending.clear();
    return status;
}

Status PostgresWriter::setIntegrations(ProductId id,
                                       const std::vector<ProductIntegration> &integrations)
{
    if (Expected<QSqlQuery> q
        = run(QStringLiteral("DELETE FROM product_integration WHERE a = ? OR b = ?"),
              {id, id},
              QStringLiteral("cannot change integrations"));
        !q)
        return q.error();
    for (const ProductIntegration &i : integrations) {
        const Expected<qint64> other = byIdOrSlug("product", i.otherId, i.otherSlug);
        if (!other)
            return other.error();
        if (*other == 0)
            return Error::badInput(u"unknown integrated product '" + i.otherSlug + u"'");
        if (*other == id)
            return Error::badInput(QStringLiteral("a product cannot integrate with itself"));
        if (Expected<QSqlQuery> q
            = run(QStringLiteral("INSERT INTO product_integration (a, b, kind) VALUES (?, ?, ?)"
                                 " ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind"),
                  {std::min(id, *other), std::max(id, *other), integrationKindName(i.kind)},
                  QStringLiteral("cannot add an integration"));
            !q)
            return q.error();
    }
    return success();
}

Status PostgresWriter::removeProduct(ProductId id)
{
    Expected<QSqlQuery> q = run(QStringLiteral("DELETE FROM product WHERE id = ?"),
                                {id},
                                QStringLiteral("cannot remove the product"));
    return q ? success() : Status(q.error());
}

Expected<CapabilityId> PostgresWriter::insertCapability(const Capability &c, Origin origin)
{
    if (c.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a capability needs a name"));
    const QString slug = CapabilityWriter::slugFor(c);
    if (!isValidSlug(slug))
        return Error::badInput(u"capability '" + c.name + u"': '" + slug
                               + u"' is not a valid slug");
    const Expected<CapabilityId> taken = capabilityBySlug(slug);
    if (!taken)
        return taken;
    if (*taken)
        return Error::badInput(u"a capability with the slug '" + slug + u"' already exists");
    const Expected<CategoryId> category = categoryFor(c.categoryId, c.categorySlug);
    if (!category)
        return category.error();
    if (*category == 0)
        return Error::badInput(u"capability '" + c.name + u"' needs a known subcategory, not '"
                               + c.categorySlug + u"'");
    Expected<qint64> id = c.id > 0 ? Expected<qint64>(c.id) : nextId("capability");
    if (!id)
        return id;
    if (Expected<QSqlQuery> q
        = run(QStringLiteral("INSERT INTO capability (id, slug, name, category_id, description,"
                             " origin, edited) VALUES (?, ?, ?, ?, ?, ?, 0)"),
              {*id,
               slug,
               c.name.trimmed(),
               *category,
               textValue(c.description),
               CatalogueSchema::originText(origin)},
              u"cannot add the capability '" + c.name + u"'");
        !q)
        return q.error();
    if (Status s = writeCapabilityAliases(*id, c); !s)
        return s.error();
    return id;
}

Status PostgresWriter::updateCapability(CapabilityId id, const Capability &c, bool edited)
{
    if (c.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a capability needs a name"));
    const Expected<CategoryId> category = categoryFor(c.categoryId, c.categorySlug);
    if (!category)
        return category.error();
    if (*category == 0)
        return Error::badInput(u"capability '" + c.name + u"' needs a known subcategory, not '"
                               + c.categorySlug + u"'");
    if (Expected<QSqlQuery> q
        = run(QStringLiteral("UPDATE capability SET slug = ?, name = ?, category_id = ?,"
                             " description = ?, edited = ? WHERE id = ?"),
              {CapabilityWriter::slugFor(c),
               c.name.trimmed(),
               *category,
               textValue(c.description),
               edited ? 1 : 0,
               id},
              u"cannot change the capability '" + c.name + u"'");
        !q)
        return q.error();
    if (Status s = writeCapabilityAliases(id, c); !s)
        return s;
    return refreshCapabilityUsers(id);
}

Status PostgresWriter::writeCapabilityAliases(CapabilityId id, const Capability &c)
{
    if (Expected<QSqlQuery> q
        = run(QStringLiteral("DELETE FROM capability_alias WHERE capability_id = ?"),
              {id},
              QStringLiteral("cannot change capability aliases"));
        !q)
        return q.error();
    for (const QString &a : c.aliases) {
        if (a.trimmed().isEmpty())
            continue;
        if (Expected<QSqlQuery> q
            = run(QStringLiteral("INSERT INTO capability_alias (capability_id, alias) VALUES (?, ?)"
                                 " ON CONFLICT DO NOTHING"),
                  {id, a.trimmed()},
                  QStringLiteral("cannot add a capability alias"));
            !q)
            return q.error();
    }
    return success();
}

Status PostgresWriter::addUses(CapabilityId id, const std::vector<CapabilityUse> &uses)
{
    for (const CapabilityUse &use : uses) {
        if (Expected<QSqlQuery> q
            = run(QStringLiteral(
                      "INSERT INTO product_capability (product_id, capability_id, strength)"
                      " VALUES (?, ?, ?) ON CONFLICT (product_id, capability_id)"
                      " DO UPDATE SET strength = excluded.strength"),
                  {use.productId, id, use.strength},
                  QStringLiteral("cannot link a product to the capability"));
            !q)
            return q.error();
    }
    return refreshCapabilityUsers(id);
}

Status PostgresWriter::removeCapability(CapabilityId id)
{
    std::vector<ProductId> users;
    {
        Expected<QSqlQuery> q = run(
            QStringLiteral("SELECT product_id FROM product_capability WHERE capability_id = ?"),
            {id},
            QStringLiteral("cannot read the products of a capability"));
        if (!q)
            return q.error();
        while (q->next())
            users.push_back(q->value(0).toLongLong());
    }
    if (Expected<QSqlQuery> q = run(QStringLiteral("DELETE FROM capability WHERE id = ?"),
                                    {id},
                                    QStringLiteral("cannot remove the capability"));
        !q)
        return q.error();
    return refreshSearch(users);
}

Expected<CategoryId> PostgresWriter::ensureCategory(const Category &c, bool *added)
{
    *added = false;
    const Expected<qint64> found
        = lookup(QStringLiteral("SELECT id FROM category WHERE slug = ?"), {c.slug});
    if (!found || *found)
        return found;
    CategoryId parent = 0;
    if (!c.parentSlug.isEmpty()) {
        const Expected<qint64> p
            = lookup(QStringLiteral("SELECT id FROM category WHERE slug = ?"), {c.parentSlug});
        if (!p)
            return p;
        if (*p == 0)
            return Error::badInput(u"category '" + c.slug + u"': unknown parent '" + c.parentSlug
                                   + u"'");
        parent = *p;
    }
    const Expected<qint64> id = nextId("category");
    if (!id)
        return id;
    if (Expected<QSqlQuery> q = run(
            QStringLiteral("INSERT INTO category (id, parent_id, slug, name) VALUES (?, ?, ?, ?)"),
            {*id, nullableId(parent), c.slug, c.name},
            u"cannot add the category '" + c.slug + u"'");
        !q)
        return q.error();
    *added = true;
    return id;
}

Status PostgresWriter::ensureVendor(const Vendor &v)
{
    const Expected<qint64> found
        = lookup(QStringLiteral("SELECT id FROM vendor WHERE slug = ?"), {v.slug});
    if (!found || *found)
        return found ? success() : Status(found.error());
    const Expected<qint64> id = nextId("vendor");
    if (!id)
        return id.error();
    Expected<QSqlQuery> q = run(
        QStringLiteral("INSERT INTO vendor (id, slug, name, website, hq_country, founded, origin)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {*id,
         v.slug,
         v.name,
         textValue(v.website),
         textValue(v.hqCountry),
         v.founded > 0 ? QVariant(v.founded) : QVariant(QMetaType(QMetaType::Int)),
         CatalogueSchema::originText(v.origin)},
        u"cannot add the vendor '" + v.name + u"'");
    return q ? success() : Status(q.error());
}

Status PostgresWriter::refreshSearch(const std::vector<ProductId> &ids)
{
    if (ids.empty())
        return success();
    const QString array = idArray(ids);
    Expected<QSqlQuery> q
        = run(QStringLiteral("INSERT INTO product_search (id, document)"
                             " SELECT id, document FROM product_search_document"
                             " WHERE id = ANY (CAST(? AS BIGINT[]))"
                             " ON CONFLICT (id) DO UPDATE SET document = excluded.document"),
              {array},
              QStringLiteral("cannot update the search index"));
    return q ? success() : Status(q.error());
}

Status PostgresWriter::refreshCapabilityUsers(CapabilityId id)
{
    Expected<QSqlQuery> q = run(
        QStringLiteral("UPDATE product_search s SET document = d.document"
                       " FROM product_search_document d WHERE d.id = s.id AND s.id IN"
                       " (SELECT product_id FROM product_capability WHERE capability_id = ?)"),
        {id},
        QStringLiteral("cannot update the search index"));
    return q ? success() : Status(q.error());
}

} // namespace sa
