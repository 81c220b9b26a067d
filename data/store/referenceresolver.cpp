#include "referenceresolver.h"

#include "catalogueschema.h"
#include "domain/slug.h"

namespace sa {

namespace {

// What SQLite's NOCASE collation compares: the text with A-Z folded, nothing else.
QString nocaseKey(const QString &text)
{
    QString key = text;
    for (QChar &c : key) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}

// Keeps the first id given for a key (the lowest, when given in id order).
void keepFirst(QHash<QString, qint64> &map, const QString &key, qint64 id)
{
    if (!map.contains(key))
        map.insert(key, id);
}

const char categoryById[] = "SELECT id FROM category WHERE id = ?1";
const char categoryBySlug[] = "SELECT id FROM category WHERE slug = ?1";
const char capabilityById[] = "SELECT id FROM capability WHERE id = ?1";
const char capabilityBySlug[] = "SELECT id FROM capability WHERE slug = ?1";
const char capabilityByName[]
    = "SELECT id FROM capability WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1";
const char productById[] = "SELECT id FROM product WHERE id = ?1";
const char productBySlug[] = "SELECT id FROM product WHERE slug = ?1";
const char vendorBySlug[] = "SELECT id FROM vendor WHERE slug = ?1";
const char vendorByName[]
    = "SELECT id FROM vendor WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1";

} // namespace

ReferenceResolver::ReferenceResolver(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status ReferenceResolver::preload()
{
    struct Table
    {
        Keys *keys;
        const char *sql; // id, slug, name; names in id order so that the lowest id wins
    };
    const Table tables[] = {
        {&m_categories, "SELECT id, slug, '' FROM category"},
        {&m_capabilities, "SELECT id, slug, name FROM capability ORDER BY id"},
        {&m_products, "SELECT id, slug, '' FROM product"},
        {&m_vendors, "SELECT id, slug, name FROM vendor ORDER BY id"},
    };
    for (const Table &t : tables) {
        SqliteStatement q(m_db, t.sql);
        Keys keys;
        while (q.next()) {
            const qint64 id = q.int64(0);
            keys.ids.insert(id);
            keys.bySlug.insert(q.text(1), id);
            const QString name = q.text(2);
            keepFirst(keys.byName, nocaseKey(name), id);
            if (t.keys == &m_vendors)
                m_vendorNameById.insert(id, name);
        }
        if (Status s = q.status(QStringLiteral("cannot read the catalogue's references")); !s)
            return s;
        *t.keys = std::move(keys);
    }
    m_preloaded = true;
    return success();
}

namespace {

// The id the one-column query gives for key (0 when none), the statement prepared once.
template<typename Key>
Expected<qint64>
lookupId(const QSqlDatabase &db, SqliteStatement &statement, const char *sql, const Key &key)
{
    if (!statement.isPrepared())
        statement = SqliteStatement(db, sql);
    statement.bind("?1", key);
    const qint64 id = statement.next() ? statement.int64(0) : 0;
    const Status s = statement.status(QStringLiteral("cannot look up a catalogue reference"));
    statement.reset();
    if (!s)
        return s.error();
    return id;
}

} // namespace

Expected<qint64>
ReferenceResolver::lookup(SqliteStatement &statement, const char *sql, const QString &key)
{
    return lookupId(m_db, statement, sql, key);
}

Expected<qint64> ReferenceResolver::lookup(SqliteStatement &statement, const char *sql, qint64 key)
{
    return lookupId(m_db, statement, sql, key);
}

Expected<qint64>
ReferenceResolver::byId(Keys &keys, SqliteStatement &statement, const char *sql, qint64 id)
{
    if (m_preloaded)
        return keys.ids.contains(id) ? id : 0;
    return lookup(statement, sql, id);
}

// Found slugs are remembered; a miss asks again next time (the row may be made since).
Expected<qint64> ReferenceResolver::bySlug(Keys &keys,
                                           SqliteStatement &statement,
                                           const char *sql,
                                           const QString &slug)
{
    if (const auto it = keys.bySlug.constFind(slug); it != keys.bySlug.constEnd())
        return *it;
    if (m_preloaded)
        return 0;
    Expected<qint64> found = lookup(statement, sql, slug);
    if (found && *found)
        keys.bySlug.insert(slug, *found);
    return found;
}

// Two names with the same NOCASE key find the same row, so the key is what is cached.
Expected<qint64> ReferenceResolver::byName(Keys &keys,
                                           SqliteStatement &statement,
                                           const char *sql,
                                           const QString &name)
{
    const QString key = nocaseKey(name);
    if (const auto it = keys.byName.constFind(key); it != keys.byName.constEnd())
        return *it;
    if (m_preloaded)
        return 0;
    Expected<qint64> found = lookup(statement, sql, name);
    if (found && *found)
        keys.byName.insert(key, *found);
    return found;
}

Expected<CategoryId> ReferenceResolver::category(CategoryId id, const QString &slug)
{
    if (id > 0)
        return byId(m_categories, m_categoryById, categoryById, id);
    if (slug.isEmpty())
        return CategoryId(0);
    return bySlug(m_categories, m_categoryBySlug, categoryBySlug, slug);
}

Expected<CapabilityId>
ReferenceResolver::capability(CapabilityId id, const QString &slug, const QString &name)
{
    if (id > 0)
        return byId(m_capabilities, m_capabilityById, capabilityById, id);
    if (!slug.isEmpty())
        return bySlug(m_capabilities, m_capabilityBySlug, capabilityBySlug, slug);
    if (name.isEmpty())
        return CapabilityId(0);
    return byName(m_capabilities, m_capabilityByName, capabilityByName, name);
}

Expected<ProductId> ReferenceResolver::product(ProductId id, const QString &slug)
{
    if (id > 0)
        return byId(m_products, m_productById, productById, id);
    if (slug.isEmpty())
        return ProductId(0);
    if (const auto it = m_products.bySlug.constFind(slug); it != m_products.bySlug.constEnd())
        return *it;
    if (m_preloaded)
        return ProductId(0);
    Expected<qint64> found = lookup(m_productBySlug, productBySlug, slug);
    if (found)
        m_products.bySlug.insert(slug, *found); // a miss too: the writers keep it right
    return found;
}

Expected<QString> ReferenceResolver::vendorName(VendorId id)
{
    if (id <= 0)
        return QString();
    if (const auto it = m_vendorNameById.constFind(id); it != m_vendorNameById.constEnd())
        return *it;
    if (!m_vendorNameOf.isPrepared())
        m_vendorNameOf = SqliteStatement(m_db, "SELECT name FROM vendor WHERE id = :id");
    m_vendorNameOf.bind(":id", id);
    const QString name = m_vendorNameOf.next() ? m_vendorNameOf.text(0) : QString();
    const Status s = m_vendorNameOf.status(QStringLiteral("cannot read a vendor"));
    m_vendorNameOf.reset();
    if (!s)
        return s.error();
    m_vendorNameById.insert(id, name);
    return name;
}

void ReferenceResolver::setProduct(const QString &slug, ProductId id)
{
    if (m_preloaded) {
        if (id > 0)
            m_products.ids.insert(id);
        else if (const qint64 old = m_products.bySlug.value(slug); old > 0)
            m_products.ids.remove(old);
    }
    m_products.bySlug.insert(slug, id);
}

Expected<VendorId> ReferenceResolver::vendor(const Product &product, bool create)
{
    const QString &slug = product.vendorSlug;
    const QString name = product.vendorName.trimmed();
    if (!slug.isEmpty()) {
        const Expected<qint64> found = bySlug(m_vendors, m_vendorBySlug, vendorBySlug, slug);
        if (!found || *found)
            return found;
    }
    if (!name.isEmpty()) {
        const QString key = name.toCaseFolded();
        if (const auto it = m_vendorNames.constFind(key); it != m_vendorNames.constEnd())
            return *it;
        const Expected<qint64> found = byName(m_vendors, m_vendorByName, vendorByName, name);
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
        const Expected<qint64> taken = bySlug(m_vendors, m_vendorBySlug, vendorBySlug, slug);
        if (!taken)
            return taken;
        if (!*taken)
            break;
        slug = wantedSlug + u'-' + QString::number(n);
    }
    if (!m_insertVendor.isPrepared())
        m_insertVendor = SqliteStatement(
            m_db, "INSERT INTO vendor (slug, name, origin) VALUES (:slug, :name, :origin)");
    m_insertVendor.bind(":slug", slug);
    m_insertVendor.bind(":name", name);
    m_insertVendor.bind(":origin", CatalogueSchema::originText(Origin::User));
    if (Status s = m_insertVendor.run(u"cannot add the vendor '" + name + u"'"); !s)
        return s.error();
    const VendorId id = m_insertVendor.lastInsertId();
    m_vendors.bySlug.insert(slug, id);
    m_vendors.ids.insert(id);
    keepFirst(m_vendors.byName, nocaseKey(name), id);
    m_vendorNames.insert(name.toCaseFolded(), id);
    m_vendorNameById.insert(id, name);
    return id;
}

} // namespace sa
