#include "rowversion.h"

#include "productreader.h"
#include "sqlsupport.h"

namespace sa {

namespace {

Expected<qint64> currentVersion(const QSqlDatabase &db, ProductId id)
{
    QSqlQuery q = preparedQuery(db, QStringLiteral("SELECT version FROM product WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execute(q, QStringLiteral("cannot read the product's version")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace

Expected<VersionedUpdate> RowVersion::bump(const QSqlDatabase &db, ProductId id, qint64 basedOn)
{
    QSqlQuery q = preparedQuery(
        db,
        basedOn ? QStringLiteral(
            "UPDATE product SET version = version + 1 WHERE id = ? AND version = ?")
                : QStringLiteral("UPDATE product SET version = version + 1 WHERE id = ?"));
    q.addBindValue(id);
    if (basedOn)
        q.addBindValue(basedOn);
    if (Status s = execute(q, QStringLiteral("cannot change the product's version")); !s)
        return s.error();
    const bool written = q.numRowsAffected() == 1;
    const Expected<qint64> now = currentVersion(db, id);
    if (!now)
        return now.error();
    return VersionedUpdate{written, *now};
}

std::optional<VersionedProduct> RowVersion::read(const QSqlDatabase &db, ProductId id)
{
    QSqlQuery begin(db);
    const bool postgres = db.driverName() == u"QPSQL";
    const bool inTransaction
        = begin.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
    std::optional<VersionedProduct> result;
    if (std::optional<Product> product = ProductReader(db).byId(id)) {
        const Expected<qint64> version = currentVersion(db, id);
        if (version && *version)
            result = VersionedProduct{std::move(*product), *version};
    }
    if (inTransaction) {
        QSqlQuery end(db);
        end.exec(QStringLiteral("COMMIT"));
    }
    return result;
}

} // namespace sa
