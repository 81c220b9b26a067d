#include "referenceresolver.h"

#include "catalogueschema.h"
#include "domain/slug.h"
#include "sqlsupport.h"

namespace sa {

ReferenceResolver::ReferenceResolver(QSqlDatabase db)
    : m_db(std::move(db))
{
}

// Runs a one-column, at-most-one-row lookup, preparing it on first use.
Expected<qint64>
ReferenceResolver::lookup(QSqlQuery &query, const QString &sql, const QVariant &key)
{
    if (query.lastQuery().isEmpty())
        query = preparedQuery(m_db, sql);
    query.bindValue(0, key);
    if (!query.exec())
        return databaseError(query, QStringLiteral("cannot look up a catalogue reference"));
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Expected<CategoryId> ReferenceResolver::category(CategoryId id, const QString &slug)
{
    if (id > 0)
        return lookup(m_categoryById, QStringLiteral("SELECT id FROM category WHERE id = ?"), id);
    if (slug.isEmpty())
        return CategoryId(0);
    if (const auto it = m_categories.constFind(slug); it != m_categories.constEnd())
        return *it;
    Expected<qint64> found
        = lookup(m_categoryBySlug, QStringLiteral("SELECT id FROM category WHERE slug = ?"), slug);
    if (found && *found)
        m_categories.insert(slug, *found);
    return found;
}

Expected<CapabilityId>
ReferenceResolver::capability(CapabilityId id, const QString &slug, const QString &name)
{
    if (id > 0)
        return lookup(
            m_capabilityById, QStringLiteral("SELECT id FROM capability WHERE id = ?"), id);
    if (!slug.isEmpty()) {
        if (const auto it = m_capabilities.constFind(slug); it != m_capabilities.constEnd())
            return *it;
        Expected<qint64> found = lookup(
            m_capabilityBySlug, QStringLiteral("SELECT id FROM capability WHERE slug = ?"), slug);
        if (found && *found)
            m_capabilities.insert(slug, *found);
        return found;
    }
    if (name.isEmpty())
        return CapabilityId(0);
    if (const auto it = m_capabilityNames.constFind(name); it != m_capabilityNames.constEnd())
        return *it;
    Expected<qint64> found
        = lookup(m_capabilityByName,
                 QStringLiteral("SELECT id FROM capability WHERE name = ? COLLATE NOCASE"
                                " ORDER BY id LIMIT 1"),
                 name);
    if (found && *found)
        m_capabilityNames.insert(name, *found);
    return found;
}

Expected<ProductId> ReferenceResolver::product(ProductId id, const QString &slug)
{
    if (id > 0)
        return lookup(m_productById, QStringLiteral("SELECT id FROM product WHERE id = ?"), id);
    if (slug.isEmpty())
        return ProductId(0);
    if (const auto it = m_products.constFind(slug); it != m_products.constEnd())
        return *it;
    Expected<qint64> found
        = lookup(m_productBySlug, QStringLiteral("SELECT id FROM product WHERE slug = ?"), slug);
    if (found)
        m_products.insert(slug, *found);
    return found;
}

Expected<VendorId> ReferenceResolver::vendor(const Product &product, bool create)
{
    const QString &slug = product.vendorSlug;
    const QString name = product.vendorName.trimmed();
    if (!slug.isEmpty()) {
        if (const auto it = m_vendorSlugs.constFind(slug); it != m_vendorSlugs.constEnd())
            return *it;
        Expected<qint64> found
            = lookup(m_vendorBySlug, QStringLiteral("SELECT id FROM vendor WHERE slug = ?"), slug);
        if (!found || *found) {
            if (found)
                m_vendorSlugs.insert(slug, *found);
            return found;
        }
    }
    if (!name.isEmpty()) {
        const QString key = name.toCaseFolded();
        if (const auto it = m_vendorNames.constFind(key); it != m_vendorNames.constEnd())
            return *it;
        Expected<qint64> found
            = lookup(m_vendorByName,
                     QStringLiteral("SELECT id FROM vendor WHERE name = ? COLLATE NOCASE"
                                    " ORDER BY id LIMIT 1"),
                     name);
        if (!found || *found) {
            if (found)
                m_vendorNames.insert(key, *found);
            return found;
        }
    }
    if (!create || (slug.isEmpty() && name.isEmpty()))
        return VendorId(0);
    return createVendor(slug.isEmpty() ? slugify(name) : slug, name.isEmpty() ? slug : name);
}

Expected<VendorId> ReferenceResolver::createVendor(const QString &wantedSlug, const QString &name)
{
    // A free slug: the wanted one, or it with -2, -3, ... when another vendor has it.
    QString slug = wantedSlug.isEmpty() ? QStringLiteral("vendor") : wantedSlug;
    for (int n = 2;; ++n) {
        Expected<qint64> taken
            = lookup(m_vendorBySlug, QStringLiteral("SELECT id FROM vendor WHERE slug = ?"), slug);
        if (!taken)
            return taken;
        if (!*taken)
            break;
        slug = wantedSlug + u'-' + QString::number(n);
    }
    if (m_insertVendor.lastQuery().isEmpty())
        m_insertVendor = preparedQuery(
            m_db,
            QStringLiteral(
                "INSERT INTO vendor (slug, name, origin) VALUES (:slug, :name, :origin)"));
    m_insertVendor.bindValue(QStringLiteral(":slug"), slug);
    m_insertVendor.bindValue(QStringLiteral(":name"), name);
    m_insertVendor.bindValue(QStringLiteral(":origin"), CatalogueSchema::originText(Origin::User));
    if (Status s = execute(m_insertVendor, QStringLiteral("cannot add the vendor '") + name + u"'");
        !s)
        return s.error();
    const VendorId id = m_insertVendor.lastInsertId().toLongLong();
    m_vendorSlugs.insert(slug, id);
    m_vendorNames.insert(name.toCaseFolded(), id);
    return id;
}

} // namespace sa
