#include "sqlitecataloguestore.h"

#include "capabilitywriter.h"
#include "cataloguequeries.h"
#include "catalogueschema.h"
#include "exchangedeletions.h"
#include "productimport.h"
#include "productreader.h"
#include "productsearch.h"
#include "productwriter.h"
#include "referenceresolver.h"
#include "rowversion.h"
#include "searchindex.h"
#include "sqliteconnection.h"
#include "sqlsupport.h"
#include "tombstones.h"
#include "transaction.h"

#include <functional>

namespace sa {

namespace {

// The slug and origin of a row, read before changing it.
struct RowOrigin
{
    QString slug;
    Origin origin = Origin::User;
};

Expected<std::optional<RowOrigin>> rowOrigin(QSqlQuery &q, qint64 id)
{
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot read the catalogue")); !s)
        return s.error();
    if (!q.next())
        return std::optional<RowOrigin>();
    return std::optional<RowOrigin>(
        RowOrigin{q.value(0).toString(), CatalogueSchema::originFromText(q.value(1).toString())});
}

Expected<std::optional<RowOrigin>> productOrigin(const QSqlDatabase &db, ProductId id)
{
    QSqlQuery q
        = preparedQuery(db, QStringLiteral("SELECT slug, origin FROM product WHERE id = :id"));
    return rowOrigin(q, id);
}

Expected<std::optional<RowOrigin>> capabilityOrigin(const QSqlDatabase &db, CapabilityId id)
{
    QSqlQuery q
        = preparedQuery(db, QStringLiteral("SELECT slug, origin FROM capability WHERE id = :id"));
    return rowOrigin(q, id);
}

Error noSuch(const char16_t *what, qint64 id)
{
    return Error::badInput(u"there is no " + QString::fromUtf16(what) + u" with the id "
                           + QString::number(id));
}

// What tells a product's optimistic update from a capability's.
struct VersionedRow
{
    const char16_t *noun; // "product", for messages
    RowVersion::Kind kind;
    qint64 id;
    QString slug; // the slug the edit gives it
    std::function<Expected<std::optional<RowOrigin>>(const QSqlDatabase &)> origin;
    std::function<Expected<qint64>(ReferenceResolver &)> holderOfSlug; // 0 when free
    std::function<Status(const QSqlDatabase &, ReferenceResolver &, SearchIndex &, bool shipped)>
        write;
};

// In one transaction: checks and bumps the row version, refuses a slug change of a
// shipped row or to a slug taken, then writes the row and its search text.
Expected<VersionedUpdate>
updateIfVersion(const QSqlDatabase &db, const VersionedRow &row, qint64 basedOn)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QString noun = QString::fromUtf16(row.noun);
    const Expected<std::optional<RowOrigin>> old = row.origin(db);
    if (!old)
        return old.error();
    if (!*old)
        return basedOn ? Expected<VersionedUpdate>(VersionedUpdate{false, 0})
                       : Expected<VersionedUpdate>(noSuch(row.noun, row.id));
    const Expected<VersionedUpdate> version = RowVersion::bump(db, row.kind, row.id, basedOn);
    if (!version || !version->written)
        return version;
    ReferenceResolver refs(db);
    if (row.slug != (*old)->slug) {
        if ((*old)->origin == Origin::Shipped)
            return Error::badInput(u"the slug of the shipped " + noun + u" '" + (*old)->slug
                                   + u"' cannot change");
        const Expected<qint64> taken = row.holderOfSlug(refs);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::badInput(u"a " + noun + u" with the slug '" + row.slug
                                   + u"' already exists");
    }
    SearchIndex index(db);
    if (Status s = row.write(db, refs, index, (*old)->origin == Origin::Shipped); !s)
        return s.error();
    if (Status s = index.flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

// Adds the categories and vendors of content that db lacks (by slug), parents first.
Status addMissingRows(const QSqlDatabase &db, const CatalogueContent &content, int *categories)
{
    for (const Category &c : content.categories) {
        QSqlQuery q = preparedQuery(
            db,
            QStringLiteral("INSERT INTO category (parent_id, slug, name) SELECT"
                           " (SELECT id FROM category WHERE slug = :parent), :slug, :name"
                           " WHERE NOT EXISTS (SELECT 1 FROM category WHERE slug = :slug)"));
        q.bindValue(QStringLiteral(":parent"), c.parentSlug);
        q.bindValue(QStringLiteral(":slug"), c.slug);
        q.bindValue(QStringLiteral(":name"), c.name);
        if (Status s = execute(q, u"cannot add the category '" + c.slug + u"'"); !s)
            return s;
        *categories += q.numRowsAffected() > 0 ? 1 : 0;
    }
    for (const Vendor &v : content.vendors) {
        QSqlQuery q = preparedQuery(
            db,
            QStringLiteral("INSERT INTO vendor (slug, name, website, hq_country, founded, origin)"
                           " VALUES (:slug, :name, :website, :country, :founded, :origin)"
                           " ON CONFLICT (slug) DO NOTHING"));
        q.bindValue(QStringLiteral(":slug"), v.slug);
        q.bindValue(QStringLiteral(":name"), v.name);
        q.bindValue(QStringLiteral(":website"), textValue(v.website));
        q.bindValue(QStringLiteral(":country"), textValue(v.hqCountry));
        q.bindValue(QStringLiteral(":founded"), nullableId(v.founded));
        q.bindValue(QStringLiteral(":origin"), CatalogueSchema::originText(v.origin));
        if (Status s = execute(q, u"cannot add the vendor '" + v.slug + u"'"); !s)
            return s;
    }
    return success();
}

} // namespace

SqliteCatalogueStore::SqliteCatalogueStore(QString path)
    : m_path(std::move(path))
{
}

SqliteCatalogueStore::~SqliteCatalogueStore()
{
    SqliteConnection::close(m_path);
}

QSqlDatabase SqliteCatalogueStore::database() const
{
    return SqliteConnection::database(m_path);
}

Expected<QSqlDatabase> SqliteCatalogueStore::writableDatabase() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return databaseError(db.lastError(), u"cannot open the catalogue " + m_path);
    return db;
}

QSqlDatabase SqliteCatalogueStore::readConnection() const
{
    return database();
}

SearchResult SqliteCatalogueStore::search(const SearchQuery &query) const
{
    return ProductSearch(database()).run(query);
}

Expected<ProductId> SqliteCatalogueStore::addProduct(const Product &product)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return tx.error();
    ReferenceResolver refs(*db);
    SearchIndex index(*db);
    ProductWriter writer(*db, refs, index);
    const bool shipped = product.origin == Origin::Shipped;
    const Expected<ProductId> id
        = writer.insert(product, product.origin, shipped && product.edited);
    if (!id)
        return id;
    if (Status s = writer.setIntegrations(*id, product.integrations); !s)
        return s.error();
    if (Status s
        = Tombstones::remove(*db, Tombstones::Kind::Product, ProductWriter::slugFor(product));
        !s)
        return s.error();
    if (Status s = RowVersion::stamp(*db, RowVersion::Kind::Product, *id); !s)
        return s.error();
    if (Status s = index.flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Expected<VersionedUpdate> SqliteCatalogueStore::updateProductIfVersion(const Product &product,
                                                                       qint64 basedOn)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    const QString slug = ProductWriter::slugFor(product);
    const VersionedRow row{
        u"product",
        RowVersion::Kind::Product,
        product.id,
        slug,
        [&product](const QSqlDatabase &d) { return productOrigin(d, product.id); },
        [&slug](ReferenceResolver &refs) { return refs.product(0, slug); },
        [&product](const QSqlDatabase &d, ReferenceResolver &refs, SearchIndex &index, bool shipped)
            -> Status {
            ProductWriter writer(d, refs, index);
            if (Status s = writer.update(product.id, product, shipped); !s)
                return s;
            return writer.setIntegrations(product.id, product.integrations);
        }};
    return updateIfVersion(*db, row, basedOn);
}

Status SqliteCatalogueStore::removeProduct(ProductId id)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return tx.error();
    const Expected<std::optional<RowOrigin>> old = productOrigin(*db, id);
    if (!old)
        return old.error();
    if (!*old)
        return noSuch(u"product", id);
    QSqlQuery q = preparedQuery(*db, QStringLiteral("DELETE FROM product WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot remove the product")); !s)
        return s;
    if (Status s = Tombstones::add(*db, Tombstones::Kind::Product, (*old)->slug); !s)
        return s;
    return tx.commit();
}

Expected<CapabilityId> SqliteCatalogueStore::addCapability(const Capability &capability,
                                                           const std::vector<CapabilityUse> &uses)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return tx.error();
    ReferenceResolver refs(*db);
    SearchIndex index(*db);
    CapabilityWriter writer(*db, refs, index);
    const Expected<CapabilityId> id = writer.insert(capability, capability.origin, false);
    if (!id)
        return id;
    if (Status s = writer.addUses(*id, uses); !s)
        return s.error();
    if (Status s = Tombstones::remove(
            *db, Tombstones::Kind::Capability, CapabilityWriter::slugFor(capability));
        !s)
        return s.error();
    if (Status s = RowVersion::stamp(*db, RowVersion::Kind::Capability, *id); !s)
        return s.error();
    if (Status s = index.flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Expected<VersionedUpdate>
SqliteCatalogueStore::updateCapabilityIfVersion(const Capability &capability, qint64 basedOn)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    const QString slug = CapabilityWriter::slugFor(capability);
    const VersionedRow row{
        u"capability",
        RowVersion::Kind::Capability,
        capability.id,
        slug,
        [&capability](const QSqlDatabase &d) { return capabilityOrigin(d, capability.id); },
        [&slug](ReferenceResolver &refs) { return refs.capability(0, slug, QString()); },
        [&capability](
            const QSqlDatabase &d, ReferenceResolver &refs, SearchIndex &index, bool shipped) {
            return CapabilityWriter(d, refs, index).update(capability.id, capability, shipped);
        }};
    return updateIfVersion(*db, row, basedOn);
}

Status SqliteCatalogueStore::removeCapability(CapabilityId id)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return tx.error();
    const Expected<std::optional<RowOrigin>> old = capabilityOrigin(*db, id);
    if (!old)
        return old.error();
    if (!*old)
        return noSuch(u"capability", id);
    ReferenceResolver refs(*db);
    SearchIndex index(*db);
    CapabilityWriter writer(*db, refs, index);
    if (Status s = writer.remove(id); !s)
        return s;
    if (Status s = Tombstones::add(*db, Tombstones::Kind::Capability, (*old)->slug); !s)
        return s;
    if (Status s = index.flush(); !s)
        return s;
    return tx.commit();
}

Expected<ImportSummary> SqliteCatalogueStore::importProducts(const std::vector<Product> &products,
                                                             const ProgressFn &progress)
{
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    return ProductImport(*db).run(products, progress);
}

Expected<ExchangeSummary> SqliteCatalogueStore::receive(const CatalogueContent &given)
{
    const CatalogueContent content = withoutIds(given);
    Expected<QSqlDatabase> db = writableDatabase();
    if (!db)
        return db.error();
    Transaction tx(*db);
    if (!tx.isActive())
        return tx.error();
    ExchangeSummary summary;
    if (Status s = addMissingRows(*db, content, &summary.categoriesAdded); !s)
        return s.error();
    ReferenceResolver refs(*db);
    SearchIndex index(*db);
    CapabilityWriter capabilities(*db, refs, index);
    ExchangeDeletions deletions(*db, [&](Tombstone::Kind kind, qint64 id) -> Status {
        if (kind == Tombstone::Kind::Capability)
            return capabilities.remove(id);
        QSqlQuery q = preparedQuery(*db, QStringLiteral("DELETE FROM product WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        return execute(q, QStringLiteral("cannot remove the product"));
    });
    if (Status s = deletions.apply(content, &summary); !s)
        return s.error();
    for (const Capability &c : content.capabilities) {
        const Expected<CapabilityId> id = refs.capability(0, c.slug, QString());
        if (!id)
            return id.error();
        if (*id) {
            if (Status s = capabilities.update(*id, c, false); !s)
                return s.error();
            if (const Expected<VersionedUpdate> v
                = RowVersion::bump(*db, RowVersion::Kind::Capability, *id, 0);
                !v)
                return v.error();
            ++summary.capabilitiesUpdated;
        } else {
            if (const Expected<CapabilityId> added = capabilities.insert(c, c.origin, false);
                !added)
                return added.error();
            if (Status s = deletions.added(Tombstone::Kind::Capability, c.slug); !s)
                return s.error();
            ++summary.capabilitiesAdded;
        }
    }
    ProductWriter products(*db, refs, index);
    std::vector<ProductId> ids;
    for (const Product &p : content.products) {
        const Expected<ProductId> id = refs.product(0, p.slug);
        if (!id)
            return id.error();
        if (*id) {
            if (Status s = products.update(*id, p, p.edited); !s)
                return s.error();
            if (const Expected<VersionedUpdate> v
                = RowVersion::bump(*db, RowVersion::Kind::Product, *id, 0);
                !v)
                return v.error();
            ++summary.productsUpdated;
            ids.push_back(*id);
        } else {
            const Expected<ProductId> added = products.insert(p, p.origin, p.edited);
            if (!added)
                return added.error();
            if (Status s = deletions.added(Tombstone::Kind::Product, p.slug); !s)
                return s.error();
            ++summary.productsAdded;
            ids.push_back(*added);
        }
    }
    for (size_t i = 0; i < content.products.size(); ++i) {
        if (Status s = products.setIntegrations(ids[i], content.products[i].integrations); !s)
            return s.error();
    }
    if (Status s = index.flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace sa
