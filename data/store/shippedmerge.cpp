#include "shippedmerge.h"

#include "capabilitywriter.h"
#include "catalogueschema.h"
#include "productwriter.h"
#include "referenceresolver.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "tombstones.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

namespace sa {

namespace {

// A row that may be merged over: its id, where it came from and whether it was edited.
struct Existing
{
    qint64 id = 0;
    Origin origin = Origin::User;
    bool edited = false;

    bool refreshable() const { return origin == Origin::Shipped && !edited; }
};

// slug -> row, from a query selecting id, slug, origin, edited.
Expected<QHash<QString, Existing>> existingRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = preparedQuery(db, sql);
    if (Status s = execute(q, QStringLiteral("cannot read the catalogue")); !s)
        return s.error();
    QHash<QString, Existing> rows;
    while (q.next())
        rows.insert(q.value(1).toString(),
                    Existing{q.value(0).toLongLong(),
                             CatalogueSchema::originFromText(q.value(2).toString()),
                             q.value(3).toInt() != 0});
    return rows;
}

} // namespace

ShippedMerge::ShippedMerge(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QString> ShippedMerge::storedFingerprint(const QSqlDatabase &db)
{
    QSqlQuery stored
        = preparedQuery(db, QStringLiteral("SELECT value FROM catalogue_meta WHERE key = :key"));
    stored.bindValue(QStringLiteral(":key"), CatalogueSchema::shippedFingerprintKey());
    if (Status s = execute(stored, QStringLiteral("cannot read the catalogue")); !s)
        return s.error();
    return stored.next() ? stored.value(0).toString() : QString();
}

Status ShippedMerge::storeFingerprint(const QSqlDatabase &db, const QString &fingerprint)
{
    QSqlQuery q
        = preparedQuery(db,
                        QStringLiteral("INSERT INTO catalogue_meta (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(CatalogueSchema::shippedFingerprintKey());
    q.addBindValue(textValue(fingerprint));
    return execute(q, QStringLiteral("cannot record the shipped catalogue version"));
}

Expected<std::optional<MergeSummary>> ShippedMerge::run(const CatalogueContent &content)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const Expected<QString> stored = storedFingerprint(m_db);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty() && *stored == content.fingerprint)
        return std::optional<MergeSummary>();

    if (Status s = mergeCategories(content); !s)
        return s.error();
    if (Status s = mergeVendors(content); !s)
        return s.error();

    ReferenceResolver refs(m_db);
    SearchIndex index(m_db);
    CapabilityWriter capabilities(m_db, refs, index);
    const auto caps
        = existingRows(m_db, QStringLiteral("SELECT id, slug, origin, edited FROM capability"));
    const auto deadCaps = Tombstones::slugs(m_db, Tombstones::Kind::Capability);
    if (!caps || !deadCaps)
        return caps ? deadCaps.error() : caps.error();
    QSet<QString> shippedCaps;
    for (const Capability &c : content.capabilities) {
        shippedCaps.insert(c.slug);
        const auto it = caps->constFind(c.slug);
        if (it != caps->constEnd() && it->refreshable()) {
            if (Status s = capabilities.update(it->id, c, false); !s)
                return s.error();
        } else if (it == caps->constEnd() && !deadCaps->contains(c.slug)) {
            if (const Expected<CapabilityId> id = capabilities.insert(c, Origin::Shipped, false);
                !id)
                return id.error();
        }
    }
    for (auto it = caps->cbegin(); it != caps->cend(); ++it) {
        if (it->refreshable() && !shippedCaps.contains(it.key())) {
            if (Status s = capabilities.remove(it->id); !s)
                return s.error();
        }
    }

    MergeSummary summary;
    ProductWriter products(m_db, refs, index, ProductWriter::Unknown::Skip);
    const auto rows
        = existingRows(m_db, QStringLiteral("SELECT id, slug, origin, edited FROM product"));
    const auto deadProducts = Tombstones::slugs(m_db, Tombstones::Kind::Product);
    if (!rows || !deadProducts)
        return rows ? deadProducts.error() : rows.error();
    QSet<QString> shippedProducts;
    for (const Product &p : content.products) {
        shippedProducts.insert(p.slug);
        const auto it = rows->constFind(p.slug);
        if (it != rows->constEnd()) {
            if (!it->refreshable()) {
                ++summary.kept;
                continue;
            }
            if (Status s = products.update(it->id, p, false); !s)
                return s.error();
            ++summary.updated;
        } else if (deadProducts->contains(p.slug)) {
            ++summary.skippedDeleted;
        } else {
            Product fresh = p;
            fresh.id = 0;
            if (const Expected<ProductId> id = products.insert(fresh, Origin::Shipped, false); !id)
                return id.error();
            ++summary.added;
        }
    }
    QSqlQuery remove = preparedQuery(m_db, QStringLiteral("DELETE FROM product WHERE id = :id"));
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        if (it->origin != Origin::Shipped || shippedProducts.contains(it.key()))
            continue;
        if (it->edited) {
            ++summary.kept;
            continue;
        }
        remove.bindValue(QStringLiteral(":id"), it->id);
        if (Status s = execute(remove, QStringLiteral("cannot remove a withdrawn shipped product"));
            !s)
            return s.error();
        refs.setProduct(it.key(), 0);
        ++summary.removed;
    }

    if (Status s = mergeIntegrations(content); !s)
        return s.error();
    if (Status s = removeUnusedVendors(content); !s)
        return s.error();
    if (Status s = index.flush(); !s)
        return s.error();
    if (Status s = storeFingerprint(m_db, content.fingerprint); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::optional<MergeSummary>(summary);
}

// Categories are not edited by users: they follow the shipped taxonomy, except that one
// still in use by a user's row is not deleted.
Status ShippedMerge::mergeCategories(const CatalogueContent &content)
{
    QHash<QString, CategoryId> ids;
    QSqlQuery all = preparedQuery(m_db, QStringLiteral("SELECT id, slug FROM category"));
    if (Status s = execute(all, QStringLiteral("cannot read the categories")); !s)
        return s;
    while (all.next())
        ids.insert(all.value(1).toString(), all.value(0).toLongLong());
    QSqlQuery update = preparedQuery(
        m_db,
        QStringLiteral("UPDATE category SET name = :name, parent_id = :parent WHERE id = :id"));
    QSqlQuery insert = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO category (slug, name, parent_id) VALUES (:slug, :name, :parent)"));
    QSet<QString> shipped;
    for (const Category &c : content.categories) { // parents come first
        shipped.insert(c.slug);
        const auto it = ids.constFind(c.slug);
        QSqlQuery &q = it == ids.constEnd() ? insert : update;
        q.bindValue(QStringLiteral(":name"), c.name);
        q.bindValue(QStringLiteral(":parent"), nullableId(ids.value(c.parentSlug, 0)));
        if (it == ids.constEnd())
            q.bindValue(QStringLiteral(":slug"), c.slug);
        else
            q.bindValue(QStringLiteral(":id"), *it);
        if (Status s = execute(q, u"cannot write the category '" + c.slug + u"'"); !s)
            return s;
        if (it == ids.constEnd())
            ids.insert(c.slug, q.lastInsertId().toLongLong());
    }
    QSqlQuery remove = preparedQuery(
        m_db,
        QStringLiteral("DELETE FROM category WHERE id = :id"
                       " AND NOT EXISTS (SELECT 1 FROM category child WHERE child.parent_id = :id)"
                       " AND NOT EXISTS (SELECT 1 FROM capability WHERE category_id = :id)"
                       " AND NOT EXISTS (SELECT 1 FROM product WHERE primary_category_id = :id)"));
    // Twice: a category empties once its withdrawn subcategories are gone.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            if (shipped.contains(it.key()))
                continue;
            remove.bindValue(QStringLiteral(":id"), *it);
            if (Status s = execute(remove, QStringLiteral("cannot remove a withdrawn category"));
                !s)
                return s;
        }
    }
    return success();
}

// Shipped vendors follow the content; a vendor the user created with the same slug is
// left alone.
Status ShippedMerge::mergeVendors(const CatalogueContent &content)
{
    const auto rows = existingRows(m_db, QStringLiteral("SELECT id, slug, origin, 0 FROM vendor"));
    if (!rows)
        return rows.error();
    QSqlQuery update = preparedQuery(
        m_db,
        QStringLiteral("UPDATE vendor SET name = :name, website = :website, hq_country = :country,"
                       " founded = :founded WHERE id = :id"));
    QSqlQuery insert = preparedQuery(
        m_db,
        QStringLiteral("INSERT INTO vendor (slug, name, website, hq_country, founded, origin)"
                       " VALUES (:slug, :name, :website, :country, :founded, 'shipped')"));
    for (const Vendor &v : content.vendors) {
        const auto it = rows->constFind(v.slug);
        if (it != rows->constEnd() && it->origin != Origin::Shipped)
            continue;
        QSqlQuery &q = it == rows->constEnd() ? insert : update;
        q.bindValue(QStringLiteral(":name"), v.name);
        q.bindValue(QStringLiteral(":website"), textValue(v.website));
        q.bindValue(QStringLiteral(":country"), textValue(v.hqCountry));
        q.bindValue(QStringLiteral(":founded"),
                    v.founded > 0 ? QVariant(v.founded) : QVariant(QMetaType::fromType<int>()));
        if (it == rows->constEnd())
            q.bindValue(QStringLiteral(":slug"), v.slug);
        else
            q.bindValue(QStringLiteral(":id"), it->id);
        if (Status s = execute(q, u"cannot write the vendor '" + v.slug + u"'"); !s)
            return s;
    }
    return success();
}

Status ShippedMerge::removeUnusedVendors(const CatalogueContent &content)
{
    QSet<QString> shipped;
    for (const Vendor &v : content.vendors)
        shipped.insert(v.slug);
    const auto rows = existingRows(m_db, QStringLiteral("SELECT id, slug, origin, 0 FROM vendor"));
    if (!rows)
        return rows.error();
    QSqlQuery remove
        = preparedQuery(m_db,
                        QStringLiteral("DELETE FROM vendor WHERE id = :id AND NOT EXISTS (SELECT 1 "
                                       "FROM product WHERE vendor_id = :id)"));
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        if (it->origin != Origin::Shipped || shipped.contains(it.key()))
            continue;
        remove.bindValue(QStringLiteral(":id"), it->id);
        if (Status s = execute(remove, QStringLiteral("cannot remove a withdrawn vendor")); !s)
            return s;
    }
    return success();
}

// Integrations between two unedited shipped products follow the content; any other
// pair involves a product the user owns, whose integrations are the user's.
Status ShippedMerge::mergeIntegrations(const CatalogueContent &content)
{
    const auto rows
        = existingRows(m_db, QStringLiteral("SELECT id, slug, origin, edited FROM product"));
    if (!rows)
        return rows.error();
    QSqlQuery clear = preparedQuery(
        m_db,
        QStringLiteral(
            "DELETE FROM product_integration"
            " WHERE a IN (SELECT id FROM product WHERE origin = 'shipped' AND edited = 0)"
            " AND b IN (SELECT id FROM product WHERE origin = 'shipped' AND edited = 0)"));
    if (Status s = execute(clear, QStringLiteral("cannot refresh integrations")); !s)
        return s;
    QSqlQuery insert = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT OR IGNORE INTO product_integration (a, b, kind) VALUES (:a, :b, :kind)"));
    for (const Product &p : content.products) {
        const Existing self = rows->value(p.slug);
        if (!self.id || !self.refreshable())
            continue;
        for (const ProductIntegration &i : p.integrations) {
            const Existing other = rows->value(i.otherSlug);
            if (!other.id || !other.refreshable() || other.id == self.id)
                continue;
            insert.bindValue(QStringLiteral(":a"), std::min(self.id, other.id));
            insert.bindValue(QStringLiteral(":b"), std::max(self.id, other.id));
            insert.bindValue(QStringLiteral(":kind"), integrationKindName(i.kind));
            if (Status s = execute(insert, QStringLiteral("cannot add an integration")); !s)
                return s;
        }
    }
    return success();
}

} // namespace sa
