#pragma once

#include "catalogue/cataloguecontent.h"
#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace sa {

// Deleted products and capabilities, by kind and slug, with when: merging a newer
// shipped catalogue does not bring them back, and a push or pull deletes them on the
// other side. Adding a row with the slug again lifts its tombstone. The SQL is the same
// on SQLite and PostgreSQL; the caller owns the transaction.
class Tombstones
{
public:
    using Kind = Tombstone::Kind;

    // when: ISO 8601 UTC; empty for now. A later deletion of the slug replaces the time.
    static Status
    add(const QSqlDatabase &db, Kind kind, const QString &slug, const QString &when = QString());
    static Status remove(const QSqlDatabase &db, Kind kind, const QString &slug);
    static Expected<QSet<QString>> slugs(const QSqlDatabase &db, Kind kind);
    // Every tombstone, products first, by slug.
    static Expected<std::vector<Tombstone>> all(const QSqlDatabase &db);

    static QString kindText(Kind kind);
    // The current time as tombstones and changed_at columns hold it.
    static QString now();
};

} // namespace sa
