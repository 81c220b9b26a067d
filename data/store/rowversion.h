#pragma once

#include "catalogue/cataloguestore.h"

#include <QSqlDatabase>

#include <optional>

namespace sa {

// Optimistic locking on product rows (catalogue schema 5), in SQL both SQLite and
// PostgreSQL read the same way. The caller owns the write transaction.
struct RowVersion
{
    // Gives the row version + 1: always when basedOn is 0 (UPDATE ... WHERE id = ?),
    // otherwise only when it still has version basedOn (UPDATE ... WHERE id = ? AND
    // version = ?). When refused, the result holds the row's current version (0: gone).
    static Expected<VersionedUpdate> bump(const QSqlDatabase &db, ProductId id, qint64 basedOn);
    // The product and its version in one read-only transaction (repeatable read on
    // PostgreSQL), so that the version is the one of the fields read.
    static std::optional<VersionedProduct> read(const QSqlDatabase &db, ProductId id);
};

} // namespace sa
