#include "tombstones.h"

#include "sqlsupport.h"

namespace sa {

QString Tombstones::kindText(Kind kind)
{
    return kind == Kind::Product ? QStringLiteral("product") : QStringLiteral("capability");
}

Status Tombstones::add(const QSqlDatabase &db, Kind kind, const QString &slug)
{
    QSqlQuery q = preparedQuery(
        db, QStringLiteral("INSERT OR IGNORE INTO tombstone (kind, slug) VALUES (:kind, :slug)"));
    q.bindValue(QStringLiteral(":kind"), kindText(kind));
    q.bindValue(QStringLiteral(":slug"), slug);
    return execute(q, QStringLiteral("cannot record a deleted shipped row"));
}

Status Tombstones::remove(const QSqlDatabase &db, Kind kind, const QString &slug)
{
    QSqlQuery q = preparedQuery(
        db, QStringLiteral("DELETE FROM tombstone WHERE kind = :kind AND slug = :slug"));
    q.bindValue(QStringLiteral(":kind"), kindText(kind));
    q.bindValue(QStringLiteral(":slug"), slug);
    return execute(q, QStringLiteral("cannot restore a deleted shipped row"));
}

Expected<QSet<QString>> Tombstones::slugs(const QSqlDatabase &db, Kind kind)
{
    QSqlQuery q
        = preparedQuery(db, QStringLiteral("SELECT slug FROM tombstone WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), kindText(kind));
    if (Status s = execute(q, QStringLiteral("cannot read deleted shipped rows")); !s)
        return s.error();
    QSet<QString> result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

} // namespace sa
