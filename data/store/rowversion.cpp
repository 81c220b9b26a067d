#include "rowversion.h"

#include "cataloguequeries.h"
#include "productreader.h"
#include "sqlsupport.h"
#include "tombstones.h"

namespace sa {

QString RowVersion::table(Kind kind)
{
    return Tombstones::kindText(kind); // the kinds are named as their tables
}

Expected<qint64> RowVersion::currentVersion(const QSqlDatabase &db, Kind kind, qint64 id)
{
    QSqlQuery q = preparedQuery(db, u"SELECT version FROM " + table(kind) + u" WHERE id = ?");
    q.addBindValue(id);
    if (Status s = execute(q, u"cannot read the " + table(kind) + u"'s version"); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Expected<VersionedUpdate>
RowVersion::bump(const QSqlDatabase &db, Kind kind, qint64 id, qint64 basedOn)
{
    QSqlQuery q = preparedQuery(db,
                                u"UPDATE " + table(kind)
                                    + u" SET version = version + 1, changed_at = ? WHERE id = ?"
                                    + (basedOn ? u" AND version = ?" : u""));
    q.addBindValue(Tombstones::now());
    q.addBindValue(id);
    if (basedOn)
        q.addBindValue(basedOn);
    if (Status s = execute(q, u"cannot change the " + table(kind) + u"'s version"); !s)
        return s.error();
    const bool written = q.numRowsAffected() == 1;
    const Expected<qint64> now = currentVersion(db, kind, id);
    if (!now)
        return now.error();
    return VersionedUpdate{written, *now};
}

Status RowVersion::stamp(const QSqlDatabase &db, Kind kind, qint64 id)
{
    QSqlQuery q = preparedQuery(db, u"UPDATE " + table(kind) + u" SET changed_at = ? WHERE id = ?");
    q.addBindValue(Tombstones::now());
    q.addBindValue(id);
    return execute(q, u"cannot note when the " + table(kind) + u" was written");
}

Expected<RowVersion::Written>
RowVersion::written(const QSqlDatabase &db, Kind kind, const QString &slug)
{
    QSqlQuery q = preparedQuery(
        db, u"SELECT id, coalesce(changed_at, '') FROM " + table(kind) + u" WHERE slug = ?");
    q.addBindValue(slug);
    if (Status s = execute(q, u"cannot read the " + table(kind) + u" '" + slug + u"'"); !s)
        return s.error();
    if (!q.next())
        return Written();
    return Written{q.value(0).toLongLong(), q.value(1).toString()};
}

void RowVersion::readOnly(const QSqlDatabase &db, const std::function<void()> &body)
{
    QSqlQuery begin(db);
    const bool postgres = db.driverName() == u"QPSQL";
    const bool inTransaction
        = begin.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
    body();
    if (inTransaction) {
        QSqlQuery end(db);
        end.exec(QStringLiteral("COMMIT"));
    }
}

std::optional<VersionedProduct> RowVersion::read(const QSqlDatabase &db, ProductId id)
{
    std::optional<VersionedProduct> result;
    readOnly(db, [&] {
        if (std::optional<Product> product = ProductReader(db).byId(id)) {
            const Expected<qint64> version = currentVersion(db, Kind::Product, id);
            if (version && *version)
                result = VersionedProduct{std::move(*product), *version};
        }
    });
    return result;
}

std::optional<VersionedCapability> RowVersion::readCapability(const QSqlDatabase &db,
                                                              CapabilityId id)
{
    std::optional<VersionedCapability> result;
    readOnly(db, [&] {
        for (Capability &c : CatalogueQueries(db).capabilities()) {
            if (c.id != id)
                continue;
            const Expected<qint64> version = currentVersion(db, Kind::Capability, id);
            if (version && *version)
                result = VersionedCapability{std::move(c), *version};
        }
    });
    return result;
}

} // namespace sa
