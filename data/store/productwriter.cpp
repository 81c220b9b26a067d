#include "productwriter.h"

#include "catalogueschema.h"
#include "domain/slug.h"
#include "io/recordfile.h"
#include "referenceresolver.h"
#include "searchindex.h"

namespace sa {

namespace {

QString described(const Product &p)
{
    return u"product '" + (p.name.isEmpty() ? p.slug : p.name) + u"'";
}

} // namespace

ProductWriter::ProductWriter(QSqlDatabase db,
                             ReferenceResolver &refs,
                             SearchIndex &index,
                             Unknown unknown)
    : m_db(std::move(db))
    , m_refs(refs)
    , m_index(index)
    , m_unknown(unknown)
{
}

QString ProductWriter::slugFor(const Product &product)
{
    return product.slug.isEmpty() ? slugify(product.name) : product.slug;
}

SqliteStatement &ProductWriter::statement(SqliteStatement &statement, const char *sql)
{
    if (!statement.isPrepared())
        statement = SqliteStatement(m_db, sql);
    return statement;
}

Expected<VendorId> ProductWriter::bindRow(SqliteStatement &q, const Product &p, bool edited)
{
    if (p.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a product needs a name"));
    const QString slug = slugFor(p);
    if (!isValidSlug(slug))
        return Error::badInput(
            described(p) + u": '" + slug
            + u"' is not a valid slug (lower-case letters, digits and single dashes)");
    const Expected<VendorId> vendor = m_refs.vendor(p, true);
    if (!vendor)
        return vendor.error();
    const Expected<CategoryId> category = m_refs.category(p.categoryId, p.categorySlug);
    if (!category)
        return category.error();
    if (*category == 0 && (p.categoryId > 0 || !p.categorySlug.isEmpty()))
        return Error::badInput(
            described(p) + u": unknown category '"
            + (p.categorySlug.isEmpty() ? QString::number(p.categoryId) : p.categorySlug) + u"'");
    q.bind(":slug", slug);
    q.bindId(":vendor", *vendor);
    q.bind(":name", p.name.trimmed());
    q.bindId(":category", *category);
    q.bind(":description", p.description);
    q.bind(":segments", p.segments.join(u','));
    q.bind(":deployment", p.deployment);
    q.bind(":pricing", p.pricingModel);
    q.bindAmount(":low", p.price.low);
    q.bindAmount(":high", p.price.high);
    q.bind(":currency", p.price.currency.isEmpty() ? QStringLiteral("USD") : p.price.currency);
    q.bind(":basis", p.price.basis);
    if (p.price.asOf.isValid())
        q.bind(":asof", p.price.asOf.toString(Qt::ISODate));
    else
        q.bindNull(":asof");
    q.bind(":edited", edited ? 1 : 0);
    return *vendor;
}

Expected<ProductId> ProductWriter::insert(const Product &p, Origin origin, bool edited)
{
    const QString slug = slugFor(p);
    const Expected<ProductId> existing = m_refs.product(0, slug);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::badInput(u"a product with the slug '" + slug + u"' already exists");
    if (p.id > 0) {
        const Expected<ProductId> sameId = m_refs.product(p.id, QString());
        if (!sameId)
            return sameId.error();
        if (*sameId)
            return Error::badInput(u"a product with the id " + QString::number(p.id)
                                   + u" already exists");
    }
    SqliteStatement &q = statement(
        m_insert,
        "INSERT INTO product (id, slug, vendor_id, name, primary_category_id, description,"
        " segments, deployment, pricing_model, price_low, price_high, price_currency,"
        " price_basis, price_as_of, origin, edited)"
        " VALUES (:id, :slug, :vendor, :name, :category, :description, :segments,"
        " :deployment, :pricing, :low, :high, :currency, :basis, :asof, :origin, :edited)");
    const Expected<VendorId> vendor = bindRow(q, p, edited);
    if (!vendor)
        return vendor.error();
    q.bindId(":id", p.id);
    q.bind(":origin", CatalogueSchema::originText(origin));
    if (!q.exec())
        return q.error(u"cannot add " + described(p));
    const ProductId id = q.lastInsertId();
    m_refs.setProduct(slug, id);
    std::vector<CapabilityId> capabilities;
    if (Status s = writeDetails(id, p, false, &capabilities); !s)
        return s.error();
    if (!m_index.isBulk()) {
        m_index.touchNew(id);
        return id;
    }
    const Expected<QString> vendorName = m_refs.vendorName(*vendor);
    if (!vendorName)
        return vendorName.error();
    QStringList aliases;
    for (const QString &a : p.aliases)
        aliases << a.trimmed();
    aliases.removeAll(QString());
    if (Status s
        = m_index.added(id, p.name.trimmed(), p.description, *vendorName, aliases, capabilities);
        !s)
        return s.error();
    return id;
}

Status ProductWriter::update(ProductId id, const Product &p, bool edited)
{
    SqliteStatement &q = statement(
        m_update,
        "UPDATE product SET slug = :slug, vendor_id = :vendor, name = :name,"
        " primary_category_id = :category, description = :description, segments = :segments,"
        " deployment = :deployment, pricing_model = :pricing, price_low = :low,"
        " price_high = :high, price_currency = :currency, price_basis = :basis,"
        " price_as_of = :asof, edited = :edited WHERE id = :id");
    if (const Expected<VendorId> vendor = bindRow(q, p, edited); !vendor)
        return vendor.error();
    q.bind(":id", id);
    if (!q.exec())
        return q.error(u"cannot change " + described(p));
    if (q.changes() != 1)
        return Error::badInput(u"there is no product with the id " + QString::number(id));
    m_refs.setProduct(slugFor(p), id);
    return writeDetails(id, p, true);
}

Status ProductWriter::writeDetails(ProductId id,
                                   const Product &p,
                                   bool replace,
                                   std::vector<CapabilityId> *capabilities)
{
    if (replace) {
        m_index.touch(id);
        SqliteStatement &aliases
            = statement(m_deleteAliases, "DELETE FROM product_alias WHERE product_id = :id");
        aliases.bind(":id", id);
        if (Status s = aliases.run(QStringLiteral("cannot change aliases")); !s)
            return s;
        SqliteStatement &caps = statement(m_deleteCapabilities,
                                          "DELETE FROM product_capability WHERE product_id = :id");
        caps.bind(":id", id);
        if (Status s = caps.run(QStringLiteral("cannot change capabilities")); !s)
            return s;
    }
    for (const QString &a : p.aliases) {
        const QString alias = a.trimmed();
        if (alias.isEmpty())
            continue;
        SqliteStatement &q = statement(
            m_insertAlias,
            "INSERT OR IGNORE INTO product_alias (product_id, alias) VALUES (:id, :alias)");
        q.bind(":id", id);
        q.bind(":alias", alias);
        if (!q.exec())
            return q.error(u"cannot add the aliases of " + described(p));
    }
    std::vector<std::pair<qint64, int>> rows; // capability id, strength
    rows.reserve(p.capabilities.size());
    for (const ProductCapability &pc : p.capabilities) {
        const Expected<CapabilityId> capability
            = m_refs.capability(pc.capabilityId, pc.capabilitySlug, pc.capabilityName);
        if (!capability)
            return capability.error();
        if (*capability == 0) {
            if (m_unknown == Unknown::Skip)
                continue;
            return Error::badInput(
                described(p) + u": unknown capability '"
                + (pc.capabilitySlug.isEmpty() ? pc.capabilityName : pc.capabilitySlug) + u"'");
        }
        if (pc.strength < 1 || pc.strength > 3)
            return Error::badInput(described(p) + u": strength of '" + pc.capabilitySlug
                                   + u"' must be 1, 2 or 3, not " + QString::number(pc.strength));
        rows.emplace_back(*capability, pc.strength);
        if (capabilities)
            capabilities->push_back(*capability);
    }
    return insertCapabilities(id, rows, p);
}

// In batches of up to kCapabilityBatch rows; a capability listed twice keeps its first
// place and its last strength, as the upsert applies row by row.
Status ProductWriter::insertCapabilities(ProductId id,
                                         const std::vector<std::pair<qint64, int>> &rows,
                                         const Product &p)
{
    for (size_t done = 0; done < rows.size();) {
        const int n = int(std::min(rows.size() - done, size_t(kCapabilityBatch)));
        SqliteStatement &q = m_insertCapabilities[n - 1];
        if (!q.isPrepared()) {
            QByteArray sql = "INSERT INTO product_capability (product_id, capability_id, strength)"
                             " VALUES ";
            for (int i = 0; i < n; ++i)
                sql += (i ? ", (?" : "(?") + QByteArray::number(3 * i + 1) + ", ?"
                       + QByteArray::number(3 * i + 2) + ", ?" + QByteArray::number(3 * i + 3)
                       + ')';
            sql += " ON CONFLICT (product_id, capability_id) DO UPDATE SET strength = "
                   "excluded.strength";
            q = SqliteStatement(m_db, sql.constData());
        }
        for (int i = 0; i < n; ++i) {
            q.bindAt(3 * i + 1, id);
            q.bindAt(3 * i + 2, rows[done + size_t(i)].first);
            q.bindAt(3 * i + 3, rows[done + size_t(i)].second);
        }
        if (!q.exec())
            return q.error(u"cannot add the capabilities of " + described(p));
        done += size_t(n);
    }
    return success();
}

Status ProductWriter::setIntegrations(ProductId id,
                                      const std::vector<ProductIntegration> &integrations)
{
    SqliteStatement &clear = statement(m_deleteIntegrations,
                                       "DELETE FROM product_integration WHERE a = :id OR b = :id");
    clear.bind(":id", id);
    if (Status s = clear.run(QStringLiteral("cannot change integrations")); !s)
        return s;
    for (const ProductIntegration &i : integrations) {
        const Expected<ProductId> other = m_refs.product(i.otherId, i.otherSlug);
        if (!other)
            return other.error();
        if (*other == 0 || *other == id) {
            if (m_unknown == Unknown::Skip)
                continue;
            return Error::badInput(
                *other == id
                    ? QStringLiteral("a product cannot integrate with itself")
                    : u"unknown integrated product '"
                          + (i.otherSlug.isEmpty() ? QString::number(i.otherId) : i.otherSlug)
                          + u"'");
        }
        if (Status s = addIntegration(id, *other, i.kind); !s)
            return s;
    }
    return success();
}

Status ProductWriter::addIntegration(ProductId a, ProductId b, IntegrationKind kind)
{
    SqliteStatement &q
        = statement(m_insertIntegration,
                    "INSERT INTO product_integration (a, b, kind) VALUES (:a, :b, :kind)"
                    " ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind");
    q.bind(":a", std::min(a, b));
    q.bind(":b", std::max(a, b));
    q.bind(":kind", integrationKindName(kind));
    return q.run(QStringLiteral("cannot add an integration"));
}

} // namespace sa
