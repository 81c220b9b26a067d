#include "capabilitywriter.h"

#include "catalogueschema.h"
#include "domain/slug.h"
#include "io/recordfile.h"
#include "referenceresolver.h"
#include "searchindex.h"
#include "sqlsupport.h"

namespace sa {

CapabilityWriter::CapabilityWriter(QSqlDatabase db, ReferenceResolver &refs, SearchIndex &index)
    : m_db(std::move(db))
    , m_refs(refs)
    , m_index(index)
{
}

QString CapabilityWriter::slugFor(const Capability &capability)
{
    return capability.slug.isEmpty() ? slugify(capability.name) : capability.slug;
}

Status CapabilityWriter::bindRow(QSqlQuery &q, const Capability &c, bool edited)
{
    if (c.name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a capability needs a name"));
    const QString slug = slugFor(c);
    if (!isValidSlug(slug))
        return Error::badInput(u"capability '" + c.name + u"': '" + slug
                               + u"' is not a valid slug");
    const Expected<CategoryId> category = m_refs.category(c.categoryId, c.categorySlug);
    if (!category)
        return category.error();
    if (*category == 0)
        return Error::badInput(
            u"capability '" + c.name + u"' needs a known subcategory, not '"
            + (c.categorySlug.isEmpty() ? QString::number(c.categoryId) : c.categorySlug) + u"'");
    q.bindValue(QStringLiteral(":slug"), slug);
    q.bindValue(QStringLiteral(":name"), c.name.trimmed());
    q.bindValue(QStringLiteral(":category"), *category);
    q.bindValue(QStringLiteral(":description"), textValue(c.description));
    q.bindValue(QStringLiteral(":edited"), edited ? 1 : 0);
    return success();
}

Expected<CapabilityId> CapabilityWriter::insert(const Capability &c, Origin origin, bool edited)
{
    const Expected<CapabilityId> existing = m_refs.capability(0, slugFor(c), QString());
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::badInput(u"a capability with the slug '" + slugFor(c) + u"' already exists");
    if (c.id > 0) {
        const Expected<CapabilityId> sameId = m_refs.capability(c.id, QString(), QString());
        if (!sameId)
            return sameId.error();
        if (*sameId)
            return Error::badInput(u"a capability with the id " + QString::number(c.id)
                                   + u" already exists");
    }
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO capability (id, slug, name, category_id, description, origin, edited)"
            " VALUES (:id, :slug, :name, :category, :description, :origin, :edited)"));
    if (Status s = bindRow(q, c, edited); !s)
        return s.error();
    q.bindValue(QStringLiteral(":id"), nullableId(c.id));
    q.bindValue(QStringLiteral(":origin"), CatalogueSchema::originText(origin));
    if (Status s = execute(q, u"cannot add the capability '" + c.name + u"'"); !s)
        return s.error();
    const CapabilityId id = q.lastInsertId().toLongLong();
    if (Status s = writeAliases(id, c.aliases); !s)
        return s.error();
    return id;
}

Status CapabilityWriter::update(CapabilityId id, const Capability &c, bool edited)
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral("UPDATE capability SET slug = :slug, name = :name, category_id = :category,"
                       " description = :description, edited = :edited WHERE id = :id"));
    if (Status s = bindRow(q, c, edited); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, u"cannot change the capability '" + c.name + u"'"); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no capability with the id " + QString::number(id));
    QSqlQuery clear = preparedQuery(
        m_db, QStringLiteral("DELETE FROM capability_alias WHERE capability_id = :id"));
    clear.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(clear, QStringLiteral("cannot change capability aliases")); !s)
        return s;
    if (Status s = writeAliases(id, c.aliases); !s)
        return s;
    return m_index.touchUsersOf(id);
}

Status CapabilityWriter::writeAliases(CapabilityId id, const QStringList &aliases)
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT OR IGNORE INTO capability_alias (capability_id, alias) VALUES (:id, :alias)"));
    for (const QString &alias : aliases) {
        if (alias.trimmed().isEmpty())
            continue;
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":alias"), alias.trimmed());
        if (Status s = execute(q, QStringLiteral("cannot add a capability alias")); !s)
            return s;
    }
    return success();
}

Status CapabilityWriter::addUses(CapabilityId id, const std::vector<CapabilityUse> &uses)
{
    QSqlQuery q = preparedQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO product_capability (product_id, capability_id, strength)"
            " VALUES (:product, :capability, :strength)"
            " ON CONFLICT (product_id, capability_id) DO UPDATE SET strength = excluded.strength"));
    for (const CapabilityUse &use : uses) {
        const Expected<ProductId> product = m_refs.product(use.productId, QString());
        if (!product)
            return product.error();
        if (*product == 0)
            return Error::badInput(u"there is no product with the id "
                                   + QString::number(use.productId));
        if (use.strength < 1 || use.strength > 3)
            return Error::badInput(u"strength must be 1, 2 or 3, not "
                                   + QString::number(use.strength));
        q.bindValue(QStringLiteral(":product"), use.productId);
        q.bindValue(QStringLiteral(":capability"), id);
        q.bindValue(QStringLiteral(":strength"), use.strength);
        if (Status s = execute(q, QStringLiteral("cannot link a product to the capability")); !s)
            return s;
        m_index.touch(use.productId);
    }
    return success();
}

Status CapabilityWriter::remove(CapabilityId id)
{
    if (Status s = m_index.touchUsersOf(id); !s)
        return s;
    QSqlQuery q = preparedQuery(m_db, QStringLiteral("DELETE FROM capability WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = execute(q, QStringLiteral("cannot remove the capability")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::badInput(u"there is no capability with the id " + QString::number(id));
    return success();
}

} // namespace sa
