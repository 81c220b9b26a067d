#include "productwriter.h"

#include "catalogueschema.h"
#include "domain/slug.h"
#include "io/recordfile.h"
#include "referenceresolver.h"
#include "searchindex.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QSqlQuery &ProductWriter::statement(QSqlQuery &query, const QString &sql)
{
    if (query.lastQuery().isEmpty())
        query = preparedQuery(m_db, sql);
    return query;
}

Status ProductWriter::bindRow(QSqlQuery &q, const Product &p, bool edited)
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
    q.bindValue(QStringLiteral(":slug"), slug);
    q.bindValue(QStringLiteral(":vendor"), nullableId(*vendor));
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":category"), nullableId(*category));
    q.bindValue(QStringLiteral(":description"), textValue(p.description));
    q.bindValue(QStringLiteral(":segments"), textValue(p.segments.join(u',')));
    q.bindValue(QStringLiteral(":deployment"), textValue(p.deployment));
    q.bindValue(QStringLiteral(":pricing"), textValue(p.pricingModel));
    q.bindValue(QStringLiteral(":low"), nullableAmount(p.price.low));
    q.bindValue(QStringLiteral(":high"), nullableAmount(p.price.high));
    q.bindValue(QStringLiteral(":currency"),
                p.price.currency.isEmpty() ? QStringLiteral("USD") : p.price.currency);
    q.bindValue(QStringLiteral(":basis"), textValue(p.price.basis));
    q.bindValue(QStringLiteral(":asof"),
                p.price.asOf.isValid() ? QVariant(p.price.asOf.toString(Qt::ISODate))
                                       : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":edited"), edited ? 1 : 0);
    return success();
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
    QSqlQuery &q = statement(
        m_insert,
        QStringLiteral(
            "INSERT INTO product (id, slug, vendor_id, name, primary_category_id, description,"
            " segments, deployment, pricing_model, price_low, price_high, price_currency,"
            " price_basis, price_as_of, origin, edited)"
            " VALUES (:id, :slug, :vendor, :name, :category, :description, :segments,"
            " :deployment, :pricing, :low, :high, :currency, :basis, :asof, :origin, :edited)"));
    if (Status s = bindRow(q, p, edited); !s)
        return s.error();
    q.bindValue(QStringLiteral(":id"), nullableId(p.id));
    q.bindValue(QStringLiteral(":origin"), CatalogueSchema::originText(origin));
    if (Status s = execute(q, u"cannot add " + described(p)); !s)
        return s.error();
    const ProductId id = q.lastInsertId().toLongLong();
    m_refs.setProduct(slug, id);
    m_index.touchNew(id);
    if (Status s = writeDetails(id, p, false); !s)
        return s.error();
    return id;
}

Status ProductWriter::update(ProductId id, const Product &p, bool edited)
{
    QSqlQuery &q = statement(
        m_update,
        QStringLiteral(
            "UPDATE product SET slug = :slug, vendor_id = :vendor, name = :name,"
            " primary_category_id = :category, description = :description, segments = :segments,"
            " deployment = :deployment, pricing_model = :pricing, price_low = :low,"
            " price_high = :high, price_currency = :currency, price_basis = :basis,"
            " price_as_of = :asof, edited = :edited WHERE id = :id"));
    if (Status s = bindRow(q, p, edited); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, u"cannot change " + described(p)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no product with the id " + QString::number(id));
    m_refs.setProduct(slugFor(p), id);
    return writeDetails(id, p, true);
}

Status ProductWriter::writeDetails(ProductId id, const Product &p, bool replace)
{
    if (replace) {
        m_index.touch(id);
        QSqlQuery &aliases = statement(
            m_deleteAliases, QStringLiteral("DELETE FROM product_alias WHERE product_id = :id"));
        aliases.bindValue(QStringLiteral(":id"), id);
        if (Status s = execute(aliases, QStringLiteral("cannot change aliases")); !s)
            return s;
        QSqlQuery &caps
            = statement(m_deleteCapabilities,
                        QStringLiteral("DELETE FROM product_capability WHERE product_id = :id"));
        caps.bindValue(QStringLiteral(":id"), id);
        if (Status s = execute(caps, QStringLiteral("cannot change capabilities")); !s)
            return s;
    }
    // Each list goes in as one JSON array through json_each(): one statement per product
    // instead of one per item, which is most of an import's time.
    QJsonArray aliases;
    for (const QString &a : p.aliases) {
        if (!a.trimmed().isEmpty())
            aliases.append(a.trimmed());
    }
    if (!aliases.isEmpty()) {
        QSqlQuery &q
            = statement(m_insertAlias,
                        QStringLiteral("INSERT OR IGNORE INTO product_alias (product_id, alias)"
                                       " SELECT :id, value FROM json_each(:aliases)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":aliases"),
                    QString::fromUtf8(QJsonDocument(aliases).toJson(QJsonDocument::Compact)));
        if (Status s = execute(q, u"cannot add the aliases of " + described(p)); !s)
            return s;
    }
    QString capabilities; // [[capability id, strength], ...]
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
        capabilities.append(capabilities.isEmpty() ? u'[' : u',')
            .append(u'[')
            .append(QString::number(*capability))
            .append(u',')
            .append(QString::number(pc.strength))
            .append(u']');
    }
    if (!capabilities.isEmpty()) {
        capabilities.append(u']');
        // "WHERE true" lets the upsert follow a SELECT; a capability listed twice keeps
        // its first place and its last strength.
        QSqlQuery &q = statement(
            m_insertCapability,
            QStringLiteral("INSERT INTO product_capability (product_id, capability_id, strength)"
                           " SELECT :id, json_extract(value, '$[0]'), json_extract(value, '$[1]')"
                           " FROM json_each(:capabilities) WHERE true"
                           " ON CONFLICT (product_id, capability_id) DO UPDATE SET strength = "
                           "excluded.strength"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":capabilities"), capabilities);
        if (Status s = execute(q, u"cannot add the capabilities of " + described(p)); !s)
            return s;
    }
    return success();
}

Status ProductWriter::setIntegrations(ProductId id,
                                      const std::vector<ProductIntegration> &integrations)
{
    QSqlQuery &clear
        = statement(m_deleteIntegrations,
                    QStringLiteral("DELETE FROM product_integration WHERE a = :id OR b = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(clear, QStringLiteral("cannot change integrations")); !s)
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
    QSqlQuery &q = statement(
        m_insertIntegration,
        QStringLiteral("INSERT INTO product_integration (a, b, kind) VALUES (:a, :b, :kind)"
                       " ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind"));
    q.bindValue(QStringLiteral(":a"), std::min(a, b));
    q.bindValue(QStringLiteral(":b"), std::max(a, b));
    q.bindValue(QStringLiteral(":kind"), integrationKindName(kind));
    return execute(q, QStringLiteral("cannot add an integration"));
}

} // namespace sa
