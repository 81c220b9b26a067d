#include "workspaceshortlists.h"

#include "sqlsupport.h"
#include "workspaceschema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

Error noSuchShortlist(ShortlistId id)
{
    return Error::badInput(u"there is no shortlist " + QString::number(id) + u" in the workspace");
}

void bindRow(QSqlQuery &q, const Shortlist &s)
{
    q.bindValue(u":name"_s, s.name.trimmed());
    q.bindValue(u":notes"_s, textValue(s.notes));
    q.bindValue(u":coverage"_s, s.weights[Criterion::Coverage]);
    q.bindValue(u":integration"_s, s.weights[Criterion::Integration]);
    q.bindValue(u":cost"_s, s.weights[Criterion::Cost]);
    q.bindValue(u":overlap"_s, s.weights[Criterion::Overlap]);
}

} // namespace

WorkspaceShortlists::WorkspaceShortlists(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<std::vector<Shortlist>> WorkspaceShortlists::all() const
{
    QSqlQuery q = preparedQuery(m_db,
                                u"SELECT id, name, notes, weight_coverage, weight_integration,"
                                u" weight_cost, weight_overlap, created FROM shortlist"
                                u" ORDER BY name, id"_s);
    if (Status s = execute(q, u"cannot read the shortlists"_s); !s)
        return s.error();
    std::vector<Shortlist> out;
    QHash<ShortlistId, size_t> index;
    while (q.next()) {
        Shortlist s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.notes = q.value(2).toString();
        for (int i = 0; i < kCriterionCount; ++i)
            s.weights.values[size_t(i)] = q.value(3 + i).toDouble();
        s.created = WorkspaceSchema::instantFrom(q.value(7).toString());
        index.insert(s.id, out.size());
        out.push_back(std::move(s));
    }
    QSqlQuery p = preparedQuery(m_db,
                                u"SELECT shortlist_id, product_slug FROM shortlist_product"
                                u" ORDER BY shortlist_id, position"_s);
    if (Status s = execute(p, u"cannot read the shortlists"_s); !s)
        return s.error();
    while (p.next())
        out[index.value(p.value(0).toLongLong())].productSlugs << p.value(1).toString();
    return out;
}

Status WorkspaceShortlists::check(const Shortlist &s) const
{
    if (Status st = checkShortlist(s); !st)
        return st;
    QSqlQuery same = preparedQuery(
        m_db, u"SELECT 1 FROM shortlist WHERE name = :name COLLATE NOCASE AND id <> :id"_s);
    same.bindValue(u":name"_s, s.name.trimmed());
    same.bindValue(u":id"_s, s.id);
    if (Status st = execute(same, u"cannot read the shortlists"_s); !st)
        return st;
    if (same.next())
        return Error::badInput(u"there is already a shortlist called “" + s.name.trimmed() + u"”");
    QSqlQuery snapshot = preparedQuery(m_db, u"SELECT 1 FROM product WHERE slug = :slug"_s);
    for (const QString &slug : s.productSlugs) {
        snapshot.bindValue(u":slug"_s, slug);
        if (Status st = execute(snapshot, u"cannot read the products"_s); !st)
            return st;
        if (!snapshot.next())
            return Error::badInput(u"the workspace has no copy of the product “" + slug + u"”");
        snapshot.finish();
    }
    return success();
}

Status WorkspaceShortlists::writeProducts(const Shortlist &s)
{
    QSqlQuery clear
        = preparedQuery(m_db, u"DELETE FROM shortlist_product WHERE shortlist_id = :id"_s);
    clear.bindValue(u":id"_s, s.id);
    if (Status st = execute(clear, u"cannot change the shortlist"_s); !st)
        return st;
    QSqlQuery add = preparedQuery(m_db,
                                  u"INSERT INTO shortlist_product (shortlist_id, position,"
                                  u" product_slug) VALUES (:id, :position, :slug)"_s);
    for (qsizetype i = 0; i < s.productSlugs.size(); ++i) {
        add.bindValue(u":id"_s, s.id);
        add.bindValue(u":position"_s, qint64(i));
        add.bindValue(u":slug"_s, s.productSlugs[i]);
        if (Status st = execute(add, u"cannot change the shortlist"_s); !st)
            return st;
    }
    return success();
}

Expected<ShortlistId> WorkspaceShortlists::insert(const Shortlist &shortlist)
{
    if (Status st = check(shortlist); !st)
        return st.error();
    QSqlQuery q = preparedQuery(
        m_db,
        u"INSERT INTO shortlist (id, name, notes, weight_coverage, weight_integration,"
        u" weight_cost, weight_overlap, created) VALUES (:id, :name, :notes, :coverage,"
        u" :integration, :cost, :overlap, :created)"_s);
    q.bindValue(u":id"_s, nullableId(shortlist.id));
    bindRow(q, shortlist);
    q.bindValue(u":created"_s,
                WorkspaceSchema::instantText(shortlist.created.isValid()
                                                 ? shortlist.created
                                                 : QDateTime::currentDateTimeUtc()));
    if (Status st = execute(q, u"cannot add the shortlist"_s); !st)
        return st.error();
    Shortlist added = shortlist;
    added.id = q.lastInsertId().toLongLong();
    if (Status st = writeProducts(added); !st)
        return st.error();
    return added.id;
}

Status WorkspaceShortlists::update(const Shortlist &shortlist)
{
    if (Status st = check(shortlist); !st)
        return st;
    QSqlQuery q = preparedQuery(m_db,
                                u"UPDATE shortlist SET name = :name, notes = :notes,"
                                u" weight_coverage = :coverage, weight_integration ="
                                u" :integration, weight_cost = :cost, weight_overlap = :overlap"
                                u" WHERE id = :id"_s);
    bindRow(q, shortlist);
    q.bindValue(u":id"_s, shortlist.id);
    if (Status st = execute(q, u"cannot change the shortlist"_s); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return noSuchShortlist(shortlist.id);
    return writeProducts(shortlist);
}

Status WorkspaceShortlists::remove(ShortlistId id)
{
    QSqlQuery q = preparedQuery(m_db, u"DELETE FROM shortlist WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status st = execute(q, u"cannot remove the shortlist"_s); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return noSuchShortlist(id);
    return success();
}

} // namespace sa
