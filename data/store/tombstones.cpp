#include "tombstones.h"

#include "sqlsupport.h"

#include <QDateTime>

namespace sa {

QString Tombstones::kindText(Kind kind)
{
    return kind == Kind::Product ? QStringLiteral("product") : QStringLiteral("capability");
}

QString Tombstones::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status Tombstones::add(const QSqlDatabase &db, Kind kind, const QString &slug, const QString &when)
{
    QSqlQuery q = preparedQuery(
        db,
        QStringLiteral("INSERT INTO tombstone (kind, slug, removed_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (kind, slug) DO UPDATE SET removed_at = excluded.removed_at"
                       " WHERE excluded.removed_at > tombstone.removed_at"));
    q.addBindValue(kindText(kind));
    q.addBindValue(slug);
    q.addBindValue(when.isEmpty() ? now() : when);
    return execute(q, QStringLiteral("cannot record a deleted row"));
}

Status Tombstones::remove(const QSqlDatabase &db, Kind kind, const QString &slug)
{
    QSqlQuery q
        = preparedQuery(db, QStringLiteral("DELETE FROM tombstone WHERE kind = ? AND slug = ?"));
    q.addBindValue(kindText(kind));
    q.addBindValue(slug);
    return execute(q, QStringLiteral("cannot restore a deleted row"));
}

Expected<QSet<QString>> Tombstones::slugs(const QSqlDatabase &db, Kind kind)
{
    QSqlQuery q = preparedQuery(db, QStringLiteral("SELECT slug FROM tombstone WHERE kind = ?"));
    q.addBindValue(kindText(kind));
    if (Status s = execute(q, QStringLiteral("cannot read deleted rows")); !s)
        return s.error();
    QSet<QString> result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

Expected<std::vector<Tombstone>> Tombstones::all(const QSqlDatabase &db)
{
    QSqlQuery q = preparedQuery(
        db,
        QStringLiteral("SELECT kind, slug, removed_at FROM tombstone ORDER BY kind DESC, slug"));
    if (Status s = execute(q, QStringLiteral("cannot read deleted rows")); !s)
        return s.error();
    std::vector<Tombstone> result;
    while (q.next())
        result.push_back(
            Tombstone{q.value(0).toString() == u"product" ? Kind::Product : Kind::Capability,
                      q.value(1).toString(),
                      q.value(2).toString()});
    return result;
}

} // namespace sa
