#pragma once

#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace sa {

// Shipped rows the user deleted, by kind and slug, so that merging a newer shipped
// catalogue does not bring them back. Restoring the row (undo) lifts its tombstone.
class Tombstones
{
public:
    enum class Kind { Product, Capability };

    static Status add(const QSqlDatabase &db, Kind kind, const QString &slug);
    static Status remove(const QSqlDatabase &db, Kind kind, const QString &slug);
    static Expected<QSet<QString>> slugs(const QSqlDatabase &db, Kind kind);

private:
    static QString kindText(Kind kind);
};

} // namespace sa
